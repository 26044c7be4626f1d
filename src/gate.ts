/**
 * The exit policy, decided last, after every report is written: MUST failures, failing flow steps, broken
 * benchmark budgets and latency regressions fail the gate; warnings fail it only under `strict`.
 */
import type { RunResult, Summary } from './model.js';

export function summarize(result: Pick<RunResult, 'checks' | 'flows' | 'bench'>): Summary {
  const summary: Summary = { pass: 0, fail: 0, warn: 0, skip: 0 };
  for (const check of result.checks) summary[check.status]++;
  for (const flow of result.flows) {
    if (flow.error) summary.fail++;
    for (const step of flow.steps) summary[step.status]++;
  }
  for (const bench of result.bench) {
    for (const budget of bench.budgets ?? []) summary[budget.status]++;
    if (bench.comparison?.regression) summary.fail++;
  }
  return summary;
}

export function gatePassed(summary: Summary, strict: boolean): boolean {
  return summary.fail === 0 && (!strict || summary.warn === 0);
}

export interface HistoryGatePolicy {
  flaky: 'warn' | 'fail' | 'ignore';
  interfaceChanges: 'report' | 'fail-on-breaking';
}

/**
 * The counts the gate judges once the run is compared with its history: a flaky item failing in this run counts
 * as a warning (`flaky: warn`), not at all (`ignore`) or as the failure it is (`fail`); under `interface-changes:
 * fail-on-breaking` every breaking interface change is a failure.
 */
export function gateSummary(result: Pick<RunResult, 'summary' | 'comparison'>, policy: HistoryGatePolicy): Summary {
  const summary = { ...result.summary };
  const comparison = result.comparison;
  if (!comparison) return summary;
  const flakyFailures = comparison.flaky.filter((item) => item.failingNow).length;
  if (policy.flaky !== 'fail') {
    summary.fail -= flakyFailures;
    if (policy.flaky === 'warn') summary.warn += flakyFailures;
  }
  if (policy.interfaceChanges === 'fail-on-breaking')
    summary.fail += comparison.interfaceChanges.filter((change) => change.breaking).length;
  return summary;
}
