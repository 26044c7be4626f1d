/**
 * `mcp-ci history` and `mcp-ci trends`: what the local history holds, as text or JSON. Read only: the file is
 * never written by these commands.
 */
import path from 'node:path';
import { findConfigFile, parseConfigFile, readConfigFile } from '../config/file.js';
import { SETTINGS_DEFAULTS } from '../config/schema.js';
import { consoleText } from '../report/escape.js';
import { formatLatency } from '../report/format.js';
import { compareRuns, latencyBaseline, type FlakyItem, type LatencyTrend } from './compare.js';
import { targetKey, type HistoryEntry } from './entry.js';
import type { CheckRun, SqliteHistoryStore, StoredRun } from './sqlite-store.js';

const short = (commit: string | undefined) => (commit ? commit.slice(0, 7) : '-------');

function counts(entry: HistoryEntry): { pass: number; fail: number; warn: number; skip: number } {
  const tally = { pass: 0, fail: 0, warn: 0, skip: 0 };
  for (const check of entry.checks) tally[check.status]++;
  for (const flow of entry.flows) for (const step of flow.steps) tally[step.status]++;
  return tally;
}

/** `mcp-ci history`: one line per run, oldest first. */
export function historyListing(store: SqliteHistoryStore, json: boolean): string {
  const runs = store.runs();
  if (json) {
    return `${JSON.stringify(
      runs.map((run) => ({ id: run.id, ...summaryOf(run) })),
      null,
      2,
    )}\n`;
  }
  if (runs.length === 0) return `No runs in ${store.path} yet.\n`;
  const lines = runs.map((run) => {
    const { provenance, outcome } = run.entry;
    const tally = counts(run.entry);
    return [
      `#${run.id}`.padEnd(5),
      provenance.date.slice(0, 19).replace('T', ' '),
      short(provenance.commit),
      provenance.event.padEnd(12),
      (outcome ?? '').padEnd(7),
      `${tally.pass} passed, ${tally.fail} failed, ${tally.warn} warnings`.padEnd(36),
      consoleText(targetKey(run.entry.target), 80),
    ].join('  ');
  });
  return `${lines.join('\n')}\n`;
}

function summaryOf(run: StoredRun) {
  const { provenance, stamp, outcome, target, server } = run.entry;
  return { ...provenance, outcome, target, server, toolVersion: stamp.toolVersion, summary: counts(run.entry) };
}

/** `mcp-ci history <check-id>`: that check under each protocol version, run by run. */
export function checkListing(store: SqliteHistoryStore, checkId: string, json: boolean, limit: number): string {
  const runs: CheckRun[] = store.checkRuns(checkId, limit);
  if (json) return `${JSON.stringify(runs, null, 2)}\n`;
  if (runs.length === 0) return `No runs of ${consoleText(checkId, 100)} in ${store.path}.\n`;
  const lines = runs.map((run) =>
    [
      `#${run.runId}`.padEnd(5),
      run.date.slice(0, 19).replace('T', ' '),
      short(run.commit),
      run.protocolVersion,
      run.status,
    ].join('  '),
  );
  return `${lines.join('\n')}\n`;
}

interface TargetTrends {
  target: string;
  runs: number;
  trends: LatencyTrend[];
  flaky: FlakyItem[];
}

/** Per target: latency per operation across its runs, and what is flaky as of its newest run. */
export function trendsOf(store: SqliteHistoryStore, window: number): TargetTrends[] {
  const byTarget = new Map<string, HistoryEntry[]>();
  for (const run of store.runs()) {
    const key = `${targetKey(run.entry.target)} ${run.entry.provenance.leg ?? ''}`.trim();
    byTarget.set(key, [...(byTarget.get(key) ?? []), run.entry]);
  }
  return [...byTarget].map(([target, entries]) => {
    const recent = entries.slice(-window);
    const current = recent.at(-1)!;
    const comparison = compareRuns(current, recent.slice(0, -1), {
      policy: { thresholdPct: 20, minMs: 1 },
      shownRuns: recent.length,
    });
    // A single run has no comparison; its own figures are still a trend of one point.
    const trends =
      comparison.trends.length > 0
        ? comparison.trends
        : latencyBaseline({ transport: current.target.transport, toolVersion: current.stamp.toolVersion }, [
            current,
          ]).map((one) => ({
            name: one.name,
            concurrency: one.concurrency,
            points: [{ date: current.provenance.date, p50: one.stats.p50, p95: one.stats.p95 }],
          }));
    return { target, runs: recent.length, trends, flaky: comparison.flaky };
  });
}

export function trendsText(targets: TargetTrends[]): string {
  if (targets.length === 0) return 'No runs in the history yet.\n';
  const lines: string[] = [];
  for (const target of targets) {
    lines.push(`${consoleText(target.target, 120)} (${target.runs} runs)`);
    if (target.trends.length === 0) lines.push('  no benchmarks recorded (run with --bench)');
    for (const trend of target.trends) {
      const p50 = trend.points.map((point) => formatLatency(point.p50).replace(' ms', '')).join(' ');
      const p95 = trend.points.map((point) => formatLatency(point.p95).replace(' ms', '')).join(' ');
      lines.push(`  ${consoleText(trend.name, 60)} @${trend.concurrency}  p50 ms: ${p50}`);
      lines.push(`  ${' '.repeat(consoleText(trend.name, 60).length)} @${trend.concurrency}  p95 ms: ${p95}`);
    }
    if (target.flaky.length === 0) lines.push('  flaky: none');
    for (const item of target.flaky) {
      const where =
        item.kind === 'check'
          ? `${item.id} (${item.protocolVersion ?? ''})`
          : `${item.operation ?? item.flow ?? ''} ${item.id}`;
      lines.push(`  flaky: ${consoleText(where, 100)} [${item.history.map((point) => point.status).join(' ')}]`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The history file `mcp-ci history` and `trends` read: `--history`, else `history:` in mcp-ci.yml (relative to the
 * file), else the default beside the working directory. Undefined when history is off.
 */
export async function historyFileFor(options: {
  flag?: string;
  configPath?: string;
  cwd: string;
}): Promise<string | undefined> {
  const chosen = async (): Promise<{ value: string; dir: string }> => {
    if (options.flag !== undefined) return { value: options.flag, dir: options.cwd };
    const found = options.configPath ?? (await findConfigFile(options.cwd));
    if (found !== undefined) {
      const file = parseConfigFile(await readConfigFile(found), options.cwd);
      const value = file.settings['history'];
      if (typeof value === 'string' && value !== '') return { value, dir: file.dir };
    }
    return { value: SETTINGS_DEFAULTS.history, dir: options.cwd };
  };
  const { value, dir } = await chosen();
  return value === 'off' ? undefined : path.resolve(dir, value);
}
