import { describe, expect, it } from 'vitest';
import { compareWithBaseline, findBaselineEntry, type Measured } from '../../src/bench/compare.js';
import { summarize } from '../../src/bench/stats.js';
import type { BenchResult } from '../../src/model.js';
import { latencySamples, seededRandom } from './helpers.js';

const policy = { thresholdPct: 20, minMs: 1 };

function measured(samples: number[]): Measured {
  return { stats: summarize(samples, 0, 1000), samples };
}

describe('compareWithBaseline', () => {
  it('flags a slowdown that clears both thresholds and is significant', () => {
    const random = seededRandom(1);
    const baseline = measured(latencySamples(random, 100, 20, 2));
    const current = measured(latencySamples(random, 100, 45, 2));
    const { comparison } = compareWithBaseline(current, baseline, policy)!;
    expect(comparison.verdict).toBe('slower');
    expect(comparison.regression).toBe(true);
    expect(comparison.pValue).toBeLessThan(0.001);
    expect(comparison.p50ChangePct).toBeGreaterThan(100);
    expect(comparison.p95ChangePct).toBeGreaterThan(50);
    expect(comparison.baselineP50).toBe(baseline.stats.p50);
  });

  it('calls a significant speed-up faster, never a regression', () => {
    const random = seededRandom(2);
    const baseline = measured(latencySamples(random, 100, 45, 2));
    const current = measured(latencySamples(random, 100, 20, 2));
    const { comparison } = compareWithBaseline(current, baseline, policy)!;
    expect(comparison.verdict).toBe('faster');
    expect(comparison.regression).toBe(false);
    expect(comparison.p50ChangePct).toBeLessThan(-40);
  });

  it('raises no flag in 50 comparisons of samples drawn from one distribution', () => {
    const random = seededRandom(3);
    const flags = Array.from({ length: 50 }, () => {
      const baseline = measured(latencySamples(random, 50, 5, 1));
      const current = measured(latencySamples(random, 50, 5, 1));
      return compareWithBaseline(current, baseline, policy)!.comparison;
    }).filter((comparison) => comparison.verdict !== 'same' || comparison.regression);
    expect(flags).toEqual([]);
  });

  it('does not flag a significant shift under the relative threshold', () => {
    const random = seededRandom(4);
    const baseline = measured(latencySamples(random, 200, 50, 1));
    const current = measured(latencySamples(random, 200, 55, 1));
    const { comparison } = compareWithBaseline(current, baseline, policy)!;
    expect(comparison.pValue).toBeLessThan(0.001);
    expect(comparison.p50ChangePct).toBeLessThan(20);
    expect(comparison).toMatchObject({ verdict: 'same', regression: false });
  });

  it('does not flag a large relative change under the absolute minimum', () => {
    const random = seededRandom(5);
    const baseline = measured(latencySamples(random, 200, 0.1, 0.05));
    const current = measured(latencySamples(random, 200, 0.3, 0.05));
    const { comparison } = compareWithBaseline(current, baseline, policy)!;
    expect(comparison.p50ChangePct).toBeGreaterThan(100);
    expect(comparison.pValue).toBeLessThan(0.001);
    expect(comparison).toMatchObject({ verdict: 'same', regression: false });
    const strict = compareWithBaseline(current, baseline, { thresholdPct: 20, minMs: 0.1 })!.comparison;
    expect(strict).toMatchObject({ verdict: 'slower', regression: true });
  });

  it('does not flag a p50 jump that the samples do not support', () => {
    // Two runs with the same two modes; one more sample in the upper mode moves the median from 10 to 30 ms.
    const baseline = measured([10, 10, 10, 10, 10, 10, 30, 30, 30, 30, 30]);
    const current = measured([10, 10, 10, 10, 10, 30, 30, 30, 30, 30, 30]);
    const { comparison } = compareWithBaseline(current, baseline, policy)!;
    expect(comparison.p50ChangePct).toBeCloseTo(200, 5);
    expect(comparison.pValue).toBeGreaterThan(0.05);
    expect(comparison).toMatchObject({ verdict: 'same', regression: false });
  });

  it('shows the change but flags nothing when the baseline kept no samples', () => {
    const random = seededRandom(6);
    const current = measured(latencySamples(random, 50, 45, 2));
    const baseline = { stats: summarize(latencySamples(random, 50, 20, 2), 0, 1000), samples: [] };
    const compared = compareWithBaseline(current, baseline, policy)!;
    expect(compared.comparison).toMatchObject({ verdict: 'slower', regression: false });
    expect(compared.comparison.pValue).toBeUndefined();
    expect(compared.note).toMatch(/not tested for significance/);
  });

  it('compares nothing when either side has no successful sample', () => {
    const some = measured([1, 2, 3]);
    const none = { stats: summarize([], 3, 1000), samples: [] };
    expect(compareWithBaseline(none, some, policy)).toBeUndefined();
    expect(compareWithBaseline(some, none, policy)).toBeUndefined();
  });
});

describe('findBaselineEntry', () => {
  it('matches on operation name and concurrency', () => {
    const entry = (name: string, concurrency: number): BenchResult => ({
      name,
      concurrency,
      stats: summarize([1], 0, 1),
      samples: [1],
    });
    const baseline = [entry('ping', 1), entry('ping', 8), entry('tools/list', 1)];
    expect(findBaselineEntry(baseline, 'ping', 8)).toBe(baseline[1]);
    expect(findBaselineEntry(baseline, 'tools/list', 8)).toBeUndefined();
  });
});
