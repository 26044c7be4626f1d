import { describe, expect, it } from 'vitest';
import { compareRuns, type Comparison } from '../../src/history/compare.js';
import { benchRecord, entry, runs } from './entries.js';

const policy = { thresholdPct: 20, minMs: 1 };
const compareLast = (history: ReturnType<typeof runs>, baseLabel?: string): Comparison =>
  compareRuns(history.at(-1)!, history.slice(0, -1), { policy, ...(baseLabel ? { baseLabel } : {}) });
const ids = (changes: { id: string }[]) => changes.map((change) => change.id);

describe('compareRuns: checks against the base', () => {
  it('a first run is neutral: nothing compared, nothing flagged', () => {
    const comparison = compareRuns(entry({ checks: { a: 'fail' } }), [], { policy });
    expect(comparison.base.runs).toBe(0);
    expect(comparison.newFailures).toEqual([]);
    expect(comparison.newItems).toEqual([]);
    expect(comparison.stillFailing).toEqual([]);
  });

  it('names new failures, fixes, still failing, new warnings, new and removed checks', () => {
    const history = runs(
      { checks: { broke: 'pass', mended: 'fail', stuck: 'fail', warned: 'pass', gone: 'pass', same: 'pass' } },
      { checks: { broke: 'fail', mended: 'pass', stuck: 'fail', warned: 'warn', added: 'pass', same: 'pass' } },
    );
    const comparison = compareLast(history, 'main');
    expect(comparison.base).toMatchObject({ runs: 1, label: 'main', commit: 'c0' });
    expect(ids(comparison.newFailures)).toEqual(['broke']);
    expect(comparison.newFailures[0]).toMatchObject({
      status: 'fail',
      previousStatus: 'pass',
      protocolVersion: '2025-11-25',
    });
    expect(ids(comparison.fixed)).toEqual(['mended']);
    expect(ids(comparison.stillFailing)).toEqual(['stuck']);
    expect(ids(comparison.newWarnings)).toEqual(['warned']);
    expect(ids(comparison.newItems)).toEqual(['added']);
    expect(ids(comparison.removedItems)).toEqual(['gone']);
    expect(comparison.checkerChanged).toEqual([]);
    expect(comparison.flaky).toEqual([]);
  });

  it('a check that changes verdict under a new mcp-ci version is "checker changed", never a new failure', () => {
    const history = runs(
      { checks: { a: 'pass', b: 'fail' }, toolVersion: '1.0.0' },
      { checks: { a: 'fail', b: 'pass' }, toolVersion: '1.1.0' },
    );
    const comparison = compareLast(history);
    expect(ids(comparison.checkerChanged)).toEqual(['a', 'b']);
    expect(comparison.newFailures).toEqual([]);
    expect(comparison.fixed).toEqual([]);
  });

  it('a changed definition of one check changes only that check', () => {
    const history = runs(
      { checks: { a: 'pass', b: 'pass' } },
      { checks: { a: 'fail', b: 'fail' }, checkers: { a: 'redefined' } },
    );
    const comparison = compareLast(history);
    expect(ids(comparison.checkerChanged)).toEqual(['a']);
    expect(ids(comparison.newFailures)).toEqual(['b']);
  });

  it('flow steps are compared the same way', () => {
    const history = runs({ steps: { pay: 'pass', ship: 'fail' } }, { steps: { pay: 'fail', ship: 'pass' } });
    const comparison = compareLast(history);
    expect(comparison.newFailures).toMatchObject([{ kind: 'flow-step', id: 'pay', flow: 'checkout' }]);
    expect(comparison.fixed).toMatchObject([{ kind: 'flow-step', id: 'ship' }]);
  });
});

describe('compareRuns: flaky versus broken', () => {
  it('one failure followed by a pass is fixed, not flaky', () => {
    const comparison = compareLast(
      runs({ checks: { a: 'pass' } }, { checks: { a: 'fail' } }, { checks: { a: 'pass' } }),
    );
    expect(ids(comparison.fixed)).toEqual(['a']);
    expect(comparison.flaky).toEqual([]);
  });

  it('a check that fails again after it was fixed is flaky, with its history, and not a new failure', () => {
    const history = runs(
      { checks: { a: 'pass' } },
      { checks: { a: 'fail' } },
      { checks: { a: 'pass' } },
      { checks: { a: 'fail' } },
    );
    const comparison = compareLast(history);
    expect(comparison.newFailures).toEqual([]);
    expect(comparison.flaky).toMatchObject([{ id: 'a', reason: 'failed-again', failingNow: true }]);
    expect(comparison.flaky[0]!.history.map((point) => point.status)).toEqual(['pass', 'fail', 'pass', 'fail']);
  });

  it('a different outcome on the same commit is flaky', () => {
    const history = runs({ checks: { a: 'pass' }, commit: 'same' }, { checks: { a: 'fail' }, commit: 'same' });
    const comparison = compareLast(history);
    expect(comparison.flaky).toMatchObject([{ id: 'a', reason: 'same-commit' }]);
    expect(comparison.newFailures).toEqual([]);
  });

  it('a check that stays broken is still failing, not flaky', () => {
    const comparison = compareLast(
      runs({ checks: { a: 'pass' } }, { checks: { a: 'fail' } }, { checks: { a: 'fail' } }),
    );
    expect(ids(comparison.stillFailing)).toEqual(['a']);
    expect(comparison.flaky).toEqual([]);
  });

  it('flips across a change of server are not flakiness', () => {
    const history = runs(
      { checks: { a: 'fail' }, fingerprint: 'v1' },
      { checks: { a: 'pass' }, fingerprint: 'v1' },
      { checks: { a: 'fail' }, fingerprint: 'v2' },
    );
    const comparison = compareLast(history);
    expect(comparison.flaky).toEqual([]);
    expect(ids(comparison.newFailures)).toEqual(['a']);
  });

  it('ten identical runs flag nothing', () => {
    const history = runs(
      ...Array.from({ length: 10 }, () => ({
        checks: { a: 'pass' as const, b: 'warn' as const, c: 'skip' as const },
        steps: { pay: 'pass' as const },
        bench: [benchRecord('ping', 2)],
      })),
    );
    const comparison = compareLast(history);
    for (const list of [
      comparison.newFailures,
      comparison.fixed,
      comparison.stillFailing,
      comparison.newWarnings,
      comparison.newItems,
      comparison.removedItems,
      comparison.checkerChanged,
      comparison.flaky,
      comparison.interfaceChanges,
    ])
      expect(list).toEqual([]);
    expect(comparison.latency).toHaveLength(1);
    expect(comparison.latency[0]!.regression).toBe(false);
    // The warning is shown in the strip of the last runs (it is not green), the rest is not.
    expect(comparison.strips.map((strip) => strip.id)).toEqual(['b']);
    expect(comparison.strips[0]!.statuses).toHaveLength(10);
  });
});

describe('compareRuns: latency', () => {
  it('flags a +25 ms slowdown against the median of the last five runs', () => {
    const clean = Array.from({ length: 5 }, () => ({ bench: [benchRecord('tools/list', 3)] }));
    const comparison = compareLast(runs(...clean, { bench: [benchRecord('tools/list', 28)] }));
    expect(comparison.latency).toMatchObject([
      { name: 'tools/list', regression: true, verdict: 'slower', baselineRuns: 5 },
    ]);
    expect(comparison.trends[0]!.points.map((point) => Math.round(point.p50))).toEqual([3, 3, 3, 3, 3, 28]);
  });

  it('does not flag a change below the threshold', () => {
    const clean = Array.from({ length: 5 }, () => ({ bench: [benchRecord('tools/list', 30)] }));
    const comparison = compareLast(runs(...clean, { bench: [benchRecord('tools/list', 31)] }));
    expect(comparison.latency[0]!.regression).toBe(false);
  });

  it('compares only runs measured by the same mcp-ci over the same transport', () => {
    const older = { bench: [benchRecord('ping', 1)], toolVersion: '0.9.0' };
    const comparison = compareLast(runs(older, { bench: [benchRecord('ping', 30)] }));
    expect(comparison.latency).toEqual([]);
  });

  it('a budget that passes and fails by turns is flaky', () => {
    const budgeted = (status: 'pass' | 'fail') => ({
      bench: [{ ...benchRecord('ping', 2), budgets: [{ name: 'max-p95-ms', status }] }],
    });
    const comparison = compareLast(runs(budgeted('fail'), budgeted('pass'), budgeted('fail')));
    expect(comparison.flaky).toMatchObject([{ kind: 'budget', id: 'max-p95-ms', operation: 'ping @1' }]);
  });
});

describe('compareRuns: flaky warnings', () => {
  it('a warning that comes and goes is flaky, not a new warning each time', () => {
    const comparison = compareLast(
      runs({ checks: { a: 'warn' } }, { checks: { a: 'pass' } }, { checks: { a: 'warn' } }),
    );
    expect(comparison.newWarnings).toEqual([]);
    expect(comparison.flaky).toMatchObject([{ id: 'a', reason: 'failed-again', failingNow: false }]);
  });
});
