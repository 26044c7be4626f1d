import { describe, expect, it } from 'vitest';
import { keptSamples } from '../../src/bench/samples.js';

describe('keptSamples', () => {
  it('keeps measurement order and rounds to microseconds under the cap', () => {
    expect(keptSamples([0.12345, 2.0004, 1.9996], 5)).toEqual([0.123, 2, 2]);
  });

  it('keeps evenly spaced order statistics over the cap, including both extremes', () => {
    const samples = Array.from({ length: 101 }, (_, i) => 100 - i);
    const kept = keptSamples(samples, 11);
    expect(kept).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
  });
});
