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
export declare function evaluateBudgets(stats: LatencyStats, budget: Budget): BudgetOutcome[] | undefined;
