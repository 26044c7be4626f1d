/**
 * The raw samples kept in results.json so a later run can test its own samples against them. Rounded to whole
 * microseconds (below what a request over a pipe or socket can resolve) and capped, so a results.json stays
 * in the tens of kilobytes however many iterations were run.
 */
/** At most this many samples are kept per operation and concurrency level. */
export declare const MAX_KEPT_SAMPLES = 1000;
/**
 * Samples in measurement order when they fit under the cap; otherwise `cap` evenly spaced order statistics,
 * which keep the shape of the distribution (every quantile moves by at most one step) for the rank test.
 */
export declare function keptSamples(samples: readonly number[], cap?: number): number[];
