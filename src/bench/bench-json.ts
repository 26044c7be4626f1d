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

const micro = (ms: number) => Math.round(ms * 1000) / 1000;

/** p50 and p95 per operation and concurrency level; operations with no successful request are left out. */
export function benchmarkActionRecords(results: readonly BenchResult[]): BenchmarkActionRecord[] {
  return results
    .filter((result) => result.stats.count > 0)
    .flatMap((result) => {
      const { stats } = result;
      const series = `${result.name} (concurrency ${result.concurrency})`;
      const extra = [
        `count: ${stats.count}`,
        `errors: ${stats.errors}`,
        `p99: ${micro(stats.p99)} ms`,
        `throughput: ${Math.round(stats.throughput * 10) / 10} ops/s`,
        ...(result.note ? [`note: ${result.note}`] : []),
      ].join('\n');
      return [
        { name: `${series} p50`, unit: 'ms', value: micro(stats.p50), range: `± ${micro(stats.stddev)}`, extra },
        { name: `${series} p95`, unit: 'ms', value: micro(stats.p95), extra },
      ];
    });
}

/** The file's text. */
export function benchJson(results: readonly BenchResult[]): string {
  return `${JSON.stringify(benchmarkActionRecords(results), null, 2)}\n`;
}
