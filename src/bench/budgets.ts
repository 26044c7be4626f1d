/**
 * Absolute budgets of one operation (`max-p95-ms`, `max-p99-ms`, `min-throughput`). Each becomes a testcase in
 * JUnit and gates the run like a check, at every concurrency level measured.
 */
import type { BenchResult, LatencyStats } from '../model.js';

export interface Budget {
  'max-p95-ms'?: number;
  'max-p99-ms'?: number;
  'min-throughput'?: number;
}

export type BudgetOutcome = NonNullable<BenchResult['budgets']>[number];

/** Undefined when no budget is set. With no successful request every budget fails: nothing met it. */
export function evaluateBudgets(stats: LatencyStats, budget: Budget): BudgetOutcome[] | undefined {
  const outcomes: BudgetOutcome[] = [];
  const measured = stats.count > 0;
  const maxP95 = budget['max-p95-ms'];
  if (maxP95 !== undefined) {
    outcomes.push({
      name: 'max-p95-ms',
      limit: maxP95,
      actual: stats.p95,
      status: measured && stats.p95 <= maxP95 ? 'pass' : 'fail',
    });
  }
  const maxP99 = budget['max-p99-ms'];
  if (maxP99 !== undefined) {
    outcomes.push({
      name: 'max-p99-ms',
      limit: maxP99,
      actual: stats.p99,
      status: measured && stats.p99 <= maxP99 ? 'pass' : 'fail',
    });
  }
  const minThroughput = budget['min-throughput'];
  if (minThroughput !== undefined) {
    outcomes.push({
      name: 'min-throughput',
      limit: minThroughput,
      actual: stats.throughput,
      status: measured && stats.throughput >= minThroughput ? 'pass' : 'fail',
    });
  }
  return outcomes.length > 0 ? outcomes : undefined;
}
