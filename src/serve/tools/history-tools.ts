/**
 * `history`, `trends` and `compare_runs`: the local SQLite history (docs/history.md), read only. The comparison is
 * the one the PR comment shows, rendered the same way.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import type { Config } from '../../config/config.js';
import { ConfigError } from '../../config/errors.js';
import { benchSettingsSchema } from '../../config/schema.js';
import { trendsOf } from '../../history/commands.js';
import { compareRuns } from '../../history/compare.js';
import { targetKey, type HistoryEntry } from '../../history/entry.js';
import { HistoryStoreError, SqliteHistoryStore } from '../../history/sqlite-store.js';
import { renderHistorySection } from '../../report/history-section.js';
import { pickTarget, type ServeContext } from '../context.js';
import { asToolResult } from '../run-view.js';
import { loadTargetConfig } from '../targets.js';

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };
const STATUSES = ['pass', 'fail', 'warn', 'skip'] as const;
const targetInput = z
  .string()
  .min(1)
  .optional()
  .describe('Target name, whose history file is read (default: "default", or the only target)');

const tally = z.object({ pass: z.number(), fail: z.number(), warn: z.number(), skip: z.number() });
const item = z.looseObject({ kind: z.string(), id: z.string() });

/** Opens the history file of a target for one read; a ConfigError when history is off or the file is foreign. */
async function withHistory<T>(
  context: ServeContext,
  name: string | undefined,
  read: (store: SqliteHistoryStore, config: Config) => T,
): Promise<T> {
  const target = pickTarget(context, name);
  const config = await loadTargetConfig(context.root, target);
  if (config.historyPath === undefined) throw new ConfigError(`history is off for target "${target.name}"`, 'history');
  let store: SqliteHistoryStore;
  try {
    store = await SqliteHistoryStore.open(config.historyPath);
  } catch (error) {
    if (error instanceof HistoryStoreError) throw new ConfigError(`history: ${error.message}`, 'history');
    throw error;
  }
  try {
    return read(store, config);
  } finally {
    store.close();
  }
}

function counts(entry: HistoryEntry) {
  const result = { pass: 0, fail: 0, warn: 0, skip: 0 };
  for (const check of entry.checks) result[check.status]++;
  for (const flow of entry.flows) for (const step of flow.steps) result[step.status]++;
  return result;
}

export function registerHistoryTools(mcp: McpServer, context: ServeContext): void {
  mcp.registerTool(
    'history',
    {
      title: 'Run history',
      description:
        'The runs in the local history, newest first (every mcp-ci run and every run of this server adds one); ' +
        'with a check id, that check run by run.',
      inputSchema: {
        target: targetInput,
        checkId: z.string().min(1).optional().describe('Show this check across runs instead'),
        limit: z.number().int().min(1).max(1000).default(30).describe('At most this many rows'),
      },
      outputSchema: {
        runs: z
          .array(
            z.object({
              id: z.number(),
              date: z.string(),
              target: z.string(),
              leg: z.string().optional(),
              commit: z.string().optional(),
              ref: z.string().optional(),
              event: z.string(),
              outcome: z.string().optional(),
              summary: tally,
            }),
          )
          .optional(),
        checkRuns: z
          .array(
            z.object({
              runId: z.number(),
              date: z.string(),
              commit: z.string().optional(),
              protocolVersion: z.string(),
              status: z.enum(STATUSES),
            }),
          )
          .optional(),
      },
      annotations: READ_ONLY,
    },
    ({ target, checkId, limit }) =>
      withHistory(context, target, (store) => {
        if (checkId !== undefined) {
          const checkRuns = store.checkRuns(checkId, limit).map((run) => ({
            runId: run.runId,
            date: run.date,
            ...(run.commit !== undefined && { commit: run.commit }),
            protocolVersion: run.protocolVersion,
            status: run.status,
          }));
          return asToolResult({ checkRuns });
        }
        const runs = store
          .runs()
          .slice(-limit)
          .reverse()
          .map(({ id, entry }) => ({
            id,
            date: entry.provenance.date,
            target: targetKey(entry.target),
            ...(entry.provenance.leg !== undefined && { leg: entry.provenance.leg }),
            ...(entry.provenance.commit !== undefined && { commit: entry.provenance.commit }),
            ...(entry.provenance.ref !== undefined && { ref: entry.provenance.ref }),
            event: entry.provenance.event,
            ...(entry.outcome !== undefined && { outcome: entry.outcome }),
            summary: counts(entry),
          }));
        return asToolResult({ runs });
      }),
  );

  mcp.registerTool(
    'trends',
    {
      title: 'Latency trends and flaky items',
      description:
        'Per target in the history: latency per operation across its runs, and what is flaky as of its newest run.',
      inputSchema: { target: targetInput },
      outputSchema: {
        targets: z.array(
          z.object({
            target: z.string(),
            runs: z.number(),
            trends: z.array(
              z.object({
                name: z.string(),
                concurrency: z.number(),
                points: z.array(
                  z.object({ commit: z.string().optional(), date: z.string(), p50: z.number(), p95: z.number() }),
                ),
              }),
            ),
            flaky: z.array(item),
          }),
        ),
      },
      annotations: READ_ONLY,
    },
    ({ target }) =>
      withHistory(context, target, (store, config) => asToolResult({ targets: trendsOf(store, config.historyWindow) })),
  );

  mcp.registerTool(
    'compare_runs',
    {
      title: 'Compare two runs',
      description:
        'What changed between two runs of one target in the history (ids from the history tool): new failures, ' +
        'fixes, flaky items, latency regressions and interface changes, as the pull request comment shows them. ' +
        'The runs before the base count too, as in CI, so flakiness and latency baselines see the whole window.',
      inputSchema: {
        target: targetInput,
        base: z.number().int().min(1).describe('History id of the earlier run'),
        head: z.number().int().min(1).describe('History id of the later run'),
      },
      outputSchema: {
        base: z.number(),
        head: z.number(),
        comparedRuns: z.number(),
        newFailures: z.array(item),
        fixed: z.array(item),
        stillFailing: z.array(item),
        newWarnings: z.array(item),
        newItems: z.array(item),
        removedItems: z.array(item),
        checkerChanged: z.array(item),
        flaky: z.array(item),
        latency: z.array(z.looseObject({ name: z.string(), concurrency: z.number() })),
        interfaceChanges: z.array(z.looseObject({ name: z.string() })),
        markdown: z.string(),
      },
      annotations: READ_ONLY,
    },
    ({ target, base, head }) =>
      withHistory(context, target, (store, config) => {
        if (base >= head) throw new ConfigError(`base (${base}) must be an earlier run than head (${head})`, 'base');
        const runs = store.runs();
        const find = (id: number, what: string) => {
          const found = runs.find((run) => run.id === id);
          if (!found)
            throw new ConfigError(`${what}: no run #${id} in the history (the history tool lists them)`, what);
          return found.entry;
        };
        const headEntry = find(head, 'head');
        const baseEntry = find(base, 'base');
        const sameTarget = (entry: HistoryEntry) =>
          targetKey(entry.target) === targetKey(headEntry.target) && entry.provenance.leg === headEntry.provenance.leg;
        if (!sameTarget(baseEntry)) {
          throw new ConfigError(
            `runs #${base} and #${head} are of different targets; compare runs of one target`,
            'base',
          );
        }
        const previous = runs
          .filter((run) => run.id <= base && sameTarget(run.entry))
          .map((run) => run.entry)
          .slice(-config.historyWindow);
        const bench = config.bench ?? benchSettingsSchema.parse({});
        const comparison = compareRuns(headEntry, previous, {
          policy: { thresholdPct: bench['regression-threshold-pct'], minMs: bench['regression-min-ms'] },
          baseLabel: `run #${base}`,
        });
        return asToolResult({
          base,
          head,
          comparedRuns: comparison.base.runs,
          newFailures: comparison.newFailures,
          fixed: comparison.fixed,
          stillFailing: comparison.stillFailing,
          newWarnings: comparison.newWarnings,
          newItems: comparison.newItems,
          removedItems: comparison.removedItems,
          checkerChanged: comparison.checkerChanged,
          flaky: comparison.flaky,
          latency: comparison.latency,
          interfaceChanges: comparison.interfaceChanges,
          markdown: renderHistorySection(comparison, { compact: false }),
        });
      }),
  );
}
