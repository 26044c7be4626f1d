import { describe, expect, it } from 'vitest';
import { benchJson, benchmarkActionRecords } from '../../src/bench/bench-json.js';
import { summarize } from '../../src/bench/stats.js';
import type { BenchResult } from '../../src/model.js';

const result = (name: string, concurrency: number, samples: number[], errors = 0, note?: string): BenchResult => ({
  name,
  concurrency,
  stats: summarize(samples, errors, 1000),
  samples,
  ...(note ? { note } : {}),
});

describe('benchmarkActionRecords', () => {
  it('writes p50 and p95 per operation and level in customSmallerIsBetter records', () => {
    const records = benchmarkActionRecords([
      result('ping', 1, [0.1234, 0.2, 0.3]),
      result('search', 8, [10, 20, 30, 40], 1, 'time cap reached'),
    ]);
    expect(records.map((r) => [r.name, r.unit, r.value])).toEqual([
      ['ping (concurrency 1) p50', 'ms', 0.2],
      ['ping (concurrency 1) p95', 'ms', 0.29],
      ['search (concurrency 8) p50', 'ms', 25],
      ['search (concurrency 8) p95', 'ms', 38.5],
    ]);
    expect(records[0]!.range).toBe('± 0.089');
    expect(records[2]!.extra).toBe('count: 4\nerrors: 1\np99: 39.7 ms\nthroughput: 4 ops/s\nnote: time cap reached');
  });

  it('leaves out operations without a successful request, which would chart as instant', () => {
    expect(benchmarkActionRecords([result('broken', 1, [], 5)])).toEqual([]);
  });

  it('serialises to a JSON array that benchmark-action can read', () => {
    const text = benchJson([result('ping', 1, [1, 2, 3])]);
    const parsed = JSON.parse(text) as { name: string; unit: string; value: number }[];
    expect(parsed).toHaveLength(2);
    for (const record of parsed) {
      expect(typeof record.name).toBe('string');
      expect(record.unit).toBe('ms');
      expect(Number.isFinite(record.value)).toBe(true);
    }
  });
});
