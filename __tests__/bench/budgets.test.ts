import { describe, expect, it } from 'vitest';
import { evaluateBudgets } from '../../src/bench/budgets.js';
import { summarize } from '../../src/bench/stats.js';

describe('evaluateBudgets', () => {
  const stats = summarize(
    Array.from({ length: 100 }, (_, i) => i + 1),
    0,
    2000,
  );

  it('passes budgets the figures meet and fails those they break, with the actual value', () => {
    expect(evaluateBudgets(stats, { 'max-p95-ms': 96, 'max-p99-ms': 99, 'min-throughput': 60 })).toEqual([
      { name: 'max-p95-ms', limit: 96, actual: stats.p95, status: 'pass' },
      { name: 'max-p99-ms', limit: 99, actual: stats.p99, status: 'fail' },
      { name: 'min-throughput', limit: 60, actual: 50, status: 'fail' },
    ]);
  });

  it('evaluates only the budgets that are set', () => {
    expect(evaluateBudgets(stats, {})).toBeUndefined();
    expect(evaluateBudgets(stats, { 'min-throughput': 50 })).toEqual([
      { name: 'min-throughput', limit: 50, actual: 50, status: 'pass' },
    ]);
  });

  it('fails every budget when no request succeeded', () => {
    const none = summarize([], 5, 1000);
    const outcomes = evaluateBudgets(none, { 'max-p95-ms': 10, 'max-p99-ms': 10 })!;
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fail', 'fail']);
  });
});
