/**
 * Whether two latency samples differ in location, tested on the raw samples without assuming a distribution
 * (latencies are skewed and heavy-tailed, so a t-test would mislead).
 *
 * The Kruskal-Wallis test on two groups is the two-sided Mann-Whitney U test: with the large-sample normal
 * approximation and the tie correction, H = z² where z = (U - n₁n₂/2) / σ_U (Kruskal & Wallis 1952, §1.3;
 * Hollander, Wolfe & Chicken, Nonparametric Statistical Methods, 3rd ed., §4.1 and §6.2). The one-sided
 * p-value in the direction the rank sums point is half the two-sided one.
 */
import kruskalTest from '@stdlib/stats-kruskal-test';
import { wilcoxonRankSum } from 'simple-statistics';

export interface LocationShift {
  /** Whether `current` tends to be higher or lower than `baseline` (by the rank sums). */
  direction: 'higher' | 'lower' | 'none';
  /** One-sided p-value for a shift in that direction; 1 when there is none. */
  pValue: number;
}

export function locationShift(baseline: readonly number[], current: readonly number[]): LocationShift {
  if (baseline.length === 0 || current.length === 0) return { direction: 'none', pValue: 1 };
  const rankSum = wilcoxonRankSum([...current], [...baseline]);
  const expected = (current.length * (current.length + baseline.length + 1)) / 2;
  if (rankSum === expected) return { direction: 'none', pValue: 1 };
  const { pValue } = kruskalTest([...current], [...baseline]);
  // Every value tied: the statistic is 0/0, and there is no shift to speak of.
  if (Number.isNaN(pValue)) return { direction: 'none', pValue: 1 };
  return { direction: rankSum > expected ? 'higher' : 'lower', pValue: pValue / 2 };
}
