/**
 * Comparison of one measured operation with the same operation in a baseline run. Latency is smaller-is-better,
 * so "slower" means higher. A change is called only when it clears both thresholds (relative and absolute, so
 * that neither a 30 % change of 0.1 ms nor a 2 ms change of 900 ms raises an alarm) and the raw samples show
 * a significant shift in the same direction: a noisy runner moves single percentiles, not whole distributions.
 */
import type { BenchComparison, BenchResult, LatencyStats } from '../model.js';
import { locationShift } from './significance.js';

export interface RegressionPolicy {
  /** A change must exceed this percentage of the baseline p50 (`regression-threshold-pct`). */
  thresholdPct: number;
  /** ... and be at least this many ms (`regression-min-ms`). */
  minMs: number;
}

/** One-sided significance level of the rank-sum test. */
export const SIGNIFICANCE_LEVEL = 0.01;

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

export function findBaselineEntry(
  baseline: readonly BenchResult[],
  name: string,
  concurrency: number,
): BenchResult | undefined {
  return baseline.find((entry) => entry.name === name && entry.concurrency === concurrency);
}

const percentChange = (before: number, after: number) => (before > 0 ? ((after - before) / before) * 100 : 0);

/** Undefined when either side has no successful sample: there is nothing to compare. */
export function compareWithBaseline(
  current: Measured,
  baseline: Measured,
  policy: RegressionPolicy,
): Compared | undefined {
  if (current.stats.count === 0 || baseline.stats.count === 0) return undefined;
  const p50Delta = current.stats.p50 - baseline.stats.p50;
  const p50ChangePct = percentChange(baseline.stats.p50, current.stats.p50);
  const comparison: BenchComparison = {
    baselineP50: baseline.stats.p50,
    baselineP95: baseline.stats.p95,
    p50ChangePct,
    p95ChangePct: percentChange(baseline.stats.p95, current.stats.p95),
    verdict: 'same',
    regression: false,
  };
  const clearsThresholds = Math.abs(p50ChangePct) > policy.thresholdPct && Math.abs(p50Delta) >= policy.minMs;
  const direction = p50Delta > 0 ? 'slower' : 'faster';

  if (baseline.samples.length === 0 || current.samples.length === 0) {
    if (clearsThresholds) comparison.verdict = direction;
    return {
      comparison,
      note: 'the baseline has no raw samples, so the change was not tested for significance and is not flagged',
    };
  }

  const shift = locationShift(baseline.samples, current.samples);
  comparison.pValue = shift.pValue;
  const shiftAgrees = shift.direction === (direction === 'slower' ? 'higher' : 'lower');
  if (clearsThresholds && shiftAgrees && shift.pValue < SIGNIFICANCE_LEVEL) {
    comparison.verdict = direction;
    comparison.regression = direction === 'slower';
  }
  return { comparison };
}
