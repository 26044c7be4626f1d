/**
 * The raw samples kept in results.json so a later run can test its own samples against them. Rounded to whole
 * microseconds (below what a request over a pipe or socket can resolve) and capped, so a results.json stays
 * in the tens of kilobytes however many iterations were run.
 */

/** At most this many samples are kept per operation and concurrency level. */
export const MAX_KEPT_SAMPLES = 1000;

const roundToMicroseconds = (ms: number) => Math.round(ms * 1000) / 1000;

/**
 * Samples in measurement order when they fit under the cap; otherwise `cap` evenly spaced order statistics,
 * which keep the shape of the distribution (every quantile moves by at most one step) for the rank test.
 */
export function keptSamples(samples: readonly number[], cap = MAX_KEPT_SAMPLES): number[] {
  if (samples.length <= cap) return samples.map(roundToMicroseconds);
  const sorted = [...samples].sort((a, b) => a - b);
  const step = (sorted.length - 1) / (cap - 1);
  return Array.from({ length: cap }, (_, i) => roundToMicroseconds(sorted[Math.round(i * step)]!));
}
