import type { LatencyStats } from '../model.js';
/**
 * @param samples latencies in ms of the requests that succeeded
 * @param errors requests that failed (tool error, JSON-RPC error, no answer)
 * @param elapsedMs wall time of the measurement phase, for throughput
 */
export declare function summarize(samples: readonly number[], errors: number, elapsedMs: number): LatencyStats;
