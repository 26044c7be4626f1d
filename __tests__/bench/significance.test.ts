import { describe, expect, it } from 'vitest';
import { locationShift } from '../../src/bench/significance.js';

const before = [1.2, 1.5, 1.1, 1.9, 1.4, 1.3, 1.6, 1.5, 1.2, 1.8];
const after = [1.6, 1.9, 1.7, 2.2, 1.5, 1.8, 2.1, 2.0, 1.7, 1.6];

describe('locationShift', () => {
  it('gives the one-sided Mann-Whitney U p-value (normal approximation, tie-corrected)', () => {
    // scipy.stats.mannwhitneyu(after, before, alternative='greater', method='asymptotic', use_continuity=False)
    const shift = locationShift(before, after);
    expect(shift.direction).toBe('higher');
    expect(shift.pValue).toBeCloseTo(0.003932996266848845, 8);
  });

  it('points the other way when the current run is faster', () => {
    const shift = locationShift(after, before);
    expect(shift.direction).toBe('lower');
    expect(shift.pValue).toBeCloseTo(0.003932996266848845, 8);
  });

  it('finds no shift between identical samples, even when every value is tied', () => {
    expect(locationShift(before, [...before])).toEqual({ direction: 'none', pValue: 1 });
    expect(locationShift([2, 2, 2], [2, 2])).toEqual({ direction: 'none', pValue: 1 });
    expect(locationShift([], [1])).toEqual({ direction: 'none', pValue: 1 });
  });
});
