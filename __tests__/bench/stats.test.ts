import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/bench/stats.js';

describe('summarize', () => {
  it('matches numpy percentiles (linear interpolation) and the sample standard deviation', () => {
    const stats = summarize([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], 2, 2000);
    expect(stats.count).toBe(10);
    expect(stats.errors).toBe(2);
    expect(stats.min).toBe(1);
    expect(stats.max).toBe(10);
    expect(stats.p50).toBeCloseTo(5.5, 10);
    expect(stats.p90).toBeCloseTo(9.1, 10);
    expect(stats.p95).toBeCloseTo(9.55, 10);
    expect(stats.p99).toBeCloseTo(9.91, 10);
    expect(stats.mean).toBeCloseTo(5.5, 10);
    expect(stats.stddev).toBeCloseTo(3.0276503540974917, 10);
    expect(stats.throughput).toBeCloseTo(5, 10);
  });

  it('handles ties and an odd count', () => {
    const stats = summarize([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], 0, 1000);
    expect(stats.p50).toBe(4);
    expect(stats.p90).toBeCloseTo(6, 10);
    expect(stats.p95).toBeCloseTo(7.5, 10);
    expect(stats.p99).toBeCloseTo(8.7, 10);
    expect(stats.stddev).toBeCloseTo(2.3664319132398464, 10);
    expect(stats.throughput).toBe(11);
  });

  it('gives zeros rather than NaN when nothing succeeded, and no spread for one sample', () => {
    expect(summarize([], 4, 100)).toEqual({
      count: 0,
      errors: 4,
      min: 0,
      p50: 0,
      p90: 0,
      p95: 0,
      p99: 0,
      max: 0,
      mean: 0,
      stddev: 0,
      throughput: 0,
    });
    const one = summarize([2.5], 0, 0);
    expect([one.p50, one.p99, one.stddev, one.throughput]).toEqual([2.5, 2.5, 0, 0]);
  });

  it('does not reorder the caller’s samples', () => {
    const samples = [3, 1, 2];
    summarize(samples, 0, 1);
    expect(samples).toEqual([3, 1, 2]);
  });
});
