/**
 * Summary statistics of one measured operation. Percentiles use linear interpolation between order statistics
 * (numpy's default, Hyndman & Fan type 7) so figures match what users get from their own tooling.
 */
import { mean, quantileSorted, sampleStandardDeviation } from 'simple-statistics';
import type { LatencyStats } from '../model.js';

/**
 * @param samples latencies in ms of the requests that succeeded
 * @param errors requests that failed (tool error, JSON-RPC error, no answer)
 * @param elapsedMs wall time of the measurement phase, for throughput
 */
export function summarize(samples: readonly number[], errors: number, elapsedMs: number): LatencyStats {
  const count = samples.length;
  const throughput = elapsedMs > 0 ? (count * 1000) / elapsedMs : 0;
  if (count === 0) {
    return { count, errors, min: 0, p50: 0, p90: 0, p95: 0, p99: 0, max: 0, mean: 0, stddev: 0, throughput };
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => quantileSorted(sorted, p);
  return {
    count,
    errors,
    min: sorted[0]!,
    p50: at(0.5),
    p90: at(0.9),
    p95: at(0.95),
    p99: at(0.99),
    max: sorted[count - 1]!,
    mean: mean(sorted),
    stddev: count > 1 ? sampleStandardDeviation(sorted) : 0,
    throughput,
  };
}
