/**
 * Comparison of one measured operation with the same operation in a baseline run. Latency is smaller-is-better,
 * so "slower" means higher. A change is called only when it clears both thresholds (relative and absolute, so
 * that neither a 30 % change of 0.1 ms nor a 2 ms change of 900 ms raises an alarm) and the raw samples show
 * a significant shift in the same direction: a noisy runner moves single percentiles, not whole distributions.
 */
import type { BenchComparison, BenchResult, LatencyStats } from '../model.js';
export interface RegressionPolicy {
    /** A change must exceed this percentage of the baseline p50 (`regression-threshold-pct`). */
    thresholdPct: number;
    /** ... and be at least this many ms (`regression-min-ms`). */
    minMs: number;
}
/** One-sided significance level of the rank-sum test. */
export declare const SIGNIFICANCE_LEVEL = 0.01;
export interface Measured {
    /** Only the count and the percentiles compared are read, so a history record's figures fit too. */
    stats: Pick<LatencyStats, 'count' | 'p50' | 'p95'>;
    samples: readonly number[];
}
export interface Compared {
    comparison: BenchComparison;
    /** Why the change could not be tested for significance, when it could not. */
    note?: string;
}
export declare function findBaselineEntry(baseline: readonly BenchResult[], name: string, concurrency: number): BenchResult | undefined;
/** Undefined when either side has no successful sample: there is nothing to compare. */
export declare function compareWithBaseline(current: Measured, baseline: Measured, policy: RegressionPolicy): Compared | undefined;
