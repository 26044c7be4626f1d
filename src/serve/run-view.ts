/**
 * What `run` and `run_status` answer about a run, as structured content and its schema: the verdict, the counts,
 * each failure with its rule and link, what changed since the last run, and where the reports are.
 */
import { z } from 'zod';
import type { ItemRef } from '../history/compare.js';
import type { RunRecord } from './runs.js';
import { SUITES } from './targets.js';

/** Failures listed in full; a run that breaks more than this lists the first ones and counts the rest. */
const MAX_FAILURES = 50;

const failureSchema = z.object({
  kind: z.enum(['check', 'flow-step', 'budget']),
  id: z.string(),
  status: z.enum(['fail', 'warn']),
  message: z.string(),
  protocolVersion: z.string().optional(),
  level: z.string().optional(),
  flow: z.string().optional(),
  spec: z.string().optional(),
});

export const runViewShape = {
  runId: z.string(),
  target: z.string(),
  suite: z.enum(SUITES),
  status: z.enum([
    'running',
    'passed',
    'failed',
    'config-error',
    'boot-error',
    'internal-error',
    'cancelled',
    'timed-out',
  ]),
  startedAt: z.string(),
  endedAt: z.string().optional(),
  durationMs: z.number().optional(),
  progress: z.object({
    checks: z.number(),
    plannedChecks: z.number().optional().describe('How many check results the run gives, once its versions are known'),
    flowSteps: z.number(),
    benchOperations: z.number(),
    failures: z.number(),
    warnings: z.number(),
  }),
  server: z
    .object({ name: z.string().optional(), version: z.string().optional(), protocolVersion: z.string().optional() })
    .optional(),
  summary: z.object({ pass: z.number(), fail: z.number(), warn: z.number(), skip: z.number() }).optional(),
  failures: z.array(failureSchema),
  moreFailures: z.number().optional(),
  sinceLastRun: z
    .object({
      comparedRuns: z.number(),
      newFailures: z.array(z.string()),
      fixed: z.array(z.string()),
      flaky: z.array(z.string()),
      stillFailing: z.array(z.string()),
    })
    .optional(),
  error: z.string().optional(),
  reports: z.object({ report: z.string(), results: z.string() }).optional(),
};

export type RunView = z.infer<z.ZodObject<typeof runViewShape>>;
type Failure = z.infer<typeof failureSchema>;

export const reportUri = (runId: string) => `mcp-ci://runs/${runId}/report.md`;
export const resultsUri = (runId: string) => `mcp-ci://runs/${runId}/results.json`;

export function runView(record: RunRecord): RunView {
  const result = record.result;
  const failures = result ? failuresOf(result) : [];
  const comparison = result?.comparison;
  return {
    runId: record.id,
    target: record.target,
    suite: record.suite,
    status: record.status,
    startedAt: record.startedAt,
    ...(record.endedAt !== undefined && { endedAt: record.endedAt }),
    ...(result && { durationMs: result.durationMs }),
    progress: { ...record.progress },
    ...(result && {
      server: {
        ...(result.server.name !== undefined && { name: result.server.name }),
        ...(result.server.version !== undefined && { version: result.server.version }),
        ...(result.server.protocolVersion !== undefined && { protocolVersion: result.server.protocolVersion }),
      },
      summary: result.summary,
    }),
    failures: failures.slice(0, MAX_FAILURES),
    ...(failures.length > MAX_FAILURES && { moreFailures: failures.length - MAX_FAILURES }),
    ...(comparison && {
      sinceLastRun: {
        comparedRuns: comparison.base.runs,
        newFailures: comparison.newFailures.map(itemText),
        fixed: comparison.fixed.map(itemText),
        flaky: comparison.flaky.map(itemText),
        stillFailing: comparison.stillFailing.map(itemText),
      },
    }),
    ...((record.error ?? result?.error) !== undefined && { error: record.error ?? result?.error }),
    ...(result && { reports: { report: reportUri(record.id), results: resultsUri(record.id) } }),
  };
}

function failuresOf(result: NonNullable<RunRecord['result']>): Failure[] {
  const failures: Failure[] = [];
  for (const check of result.checks) {
    if (check.status !== 'fail' && check.status !== 'warn') continue;
    failures.push({
      kind: 'check',
      id: check.id,
      status: check.status,
      message: check.message,
      protocolVersion: check.protocolVersion,
      level: check.level,
      spec: check.spec.url,
    });
  }
  for (const flow of result.flows) {
    for (const step of flow.steps) {
      if (step.status !== 'fail' && step.status !== 'warn') continue;
      failures.push({ kind: 'flow-step', id: step.id, status: step.status, message: step.message, flow: flow.name });
    }
  }
  for (const bench of result.bench) {
    for (const budget of bench.budgets ?? []) {
      if (budget.status !== 'fail' && budget.status !== 'warn') continue;
      failures.push({
        kind: 'budget',
        id: `${bench.name} x${bench.concurrency} ${budget.name}`,
        status: budget.status,
        message: `${budget.actual} against a budget of ${budget.limit}`,
      });
    }
  }
  // Failures before warnings: a client reading the first few sees what breaks the gate.
  return failures.sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1));
}

/** The JSON text beside structured content, for clients that read only text. */
export function asToolResult<T extends Record<string, unknown>>(structured: T) {
  return { content: [{ type: 'text' as const, text: JSON.stringify(structured) }], structuredContent: structured };
}

/** An item of the comparison in plain text: `ping-empty-result @ 2025-11-25`, `flow orders > step 2`. */
export function itemText(item: ItemRef): string {
  switch (item.kind) {
    case 'check':
      return item.protocolVersion ? `${item.id} @ ${item.protocolVersion}` : item.id;
    case 'flow-step':
      return `flow ${item.flow ?? ''} > ${item.id}`;
    case 'budget':
      return `${item.operation ?? ''} ${item.id}`;
  }
}
