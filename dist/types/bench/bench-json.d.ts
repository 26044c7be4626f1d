/**
 * `<out>/bench.json`: the records github-action-benchmark reads with `tool: customSmallerIsBetter`, so users
 * chart mcp-ci's latencies with what they already use. Throughput is bigger-is-better, which that format
 * cannot say, so it rides along in `extra` (the chart's tooltip).
 */
import type { BenchResult } from '../model.js';
export interface BenchmarkActionRecord {
    name: string;
    unit: string;
    value: number;
    range?: string;
    extra?: string;
}
/** p50 and p95 per operation and concurrency level; operations with no successful request are left out. */
export declare function benchmarkActionRecords(results: readonly BenchResult[]): BenchmarkActionRecord[];
/** The file's text. */
export declare function benchJson(results: readonly BenchResult[]): string;
