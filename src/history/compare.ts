/**
 * This run against the runs before it: pure, entries in, classes out. Reporters render a Comparison and publishers
 * (comment, check run, nightly issue) act on it; none of them judges history again.
 *
 * Every check (per protocol version), flow step and benchmark budget is an item with a status per run. Against the
 * base (the newest earlier run) an item is a new failure, fixed, still failing, a new warning, new or removed. When
 * mcp-ci itself changed for that item (another mcp-ci version, another definition of the check) a changed status is
 * "checker changed", never a new failure: a changed checker is not a changed server.
 *
 * Flaky: while the server fingerprint stays the same, an item whose outcome (green, or not: warn or fail) differs
 * between runs on the same commit, or that fails again after it was fixed (fail, pass, fail) within the window. A flaky item is listed with its
 * history and never as a new failure or a fix. A single failure followed by a pass is a fix.
 */
import type { BenchComparison, Level, LatencyStats, Status, TransportKind } from '../model.js';
import { compareWithBaseline, type RegressionPolicy } from '../bench/compare.js';
import { median } from 'simple-statistics';
import type { BenchRecord, HistoryEntry } from './entry.js';
import { diffInterface, type InterfaceChange } from './interface-diff.js';
import { budgetKey, checkKey, stepKey } from './item-keys.js';

export type { InterfaceChange } from './interface-diff.js';

export type ItemKind = 'check' | 'flow-step' | 'budget';
/** `absent`: the item did not exist in that run. */
export type RunStatus = Status | 'absent';

export interface ItemRef {
  kind: ItemKind;
  /** Unique within a run: `check:<id>@<protocolVersion>`, `step:<flow>/<step>`, `budget:<operation>@<c>/<budget>`. */
  key: string;
  /** Check id, step id or budget name. */
  id: string;
  /** Checks: the protocol version. */
  protocolVersion?: string;
  /** Flow steps: the flow's name. */
  flow?: string;
  /** Budgets: the operation and concurrency (`tools/list @1`). */
  operation?: string;
  level?: Level;
}

export interface ItemChange extends ItemRef {
  status: RunStatus;
  previousStatus: RunStatus;
}

export interface StatusPoint {
  status: RunStatus;
  commit?: string;
  date: string;
}

export interface FlakyItem extends ItemRef {
  /** Outcome differed between runs of the same commit, or the item failed again after it was fixed. */
  reason: 'same-commit' | 'failed-again';
  /** Whether it fails in this run (what the `flaky` policy acts on). */
  failingNow: boolean;
  /** Its statuses over the window, oldest first, this run last. */
  history: StatusPoint[];
}

export interface StatusStrip extends ItemRef {
  /** Oldest first, this run last. */
  statuses: RunStatus[];
}

export interface LatencyChange extends BenchComparison {
  name: string;
  concurrency: number;
  p50: number;
  p95: number;
  /** How many earlier runs the baseline is the median of. */
  baselineRuns: number;
}

export interface LatencyTrend {
  name: string;
  concurrency: number;
  /** Oldest first, this run last. */
  points: { commit?: string; date: string; p50: number; p95: number }[];
}

export interface Comparison {
  /** What this run was compared with; `runs` 0 is a first run. */
  base: { runs: number; label?: string; commit?: string; ref?: string; date?: string };
  newFailures: ItemChange[];
  fixed: ItemChange[];
  stillFailing: ItemChange[];
  newWarnings: ItemChange[];
  newItems: ItemChange[];
  removedItems: ItemChange[];
  checkerChanged: ItemChange[];
  flaky: FlakyItem[];
  /** Every operation with enough comparable history; `regression` marks the flagged ones. */
  latency: LatencyChange[];
  /** Against the base's interface; empty when either run has none. */
  interfaceChanges: InterfaceChange[];
  /** Items not green (fail or warn) in at least one of the last runs. */
  strips: StatusStrip[];
  trends: LatencyTrend[];
}

export interface CompareOptions {
  policy: RegressionPolicy;
  /** Latency is compared with the median of this many comparable earlier runs. */
  latencyRuns?: number;
  /** How many runs status strips and trends show, this run included. */
  shownRuns?: number;
  /** What the base is called in reports (`main`, `last run`). */
  baseLabel?: string;
}

export const DEFAULT_LATENCY_RUNS = 5;
export const DEFAULT_SHOWN_RUNS = 10;

interface ItemState extends ItemRef {
  status: Status;
  /** Changes when mcp-ci's judgement of this item changes. */
  checker: string;
}

/** @param previous earlier runs of the same target, oldest first. */
export function compareRuns(
  current: HistoryEntry,
  previous: readonly HistoryEntry[],
  options: CompareOptions,
): Comparison {
  const base = previous.at(-1);
  const comparison: Comparison = {
    base: {
      runs: previous.length,
      ...(options.baseLabel !== undefined && { label: options.baseLabel }),
      ...(base?.provenance.commit !== undefined && { commit: base.provenance.commit }),
      ...(base?.provenance.ref !== undefined && { ref: base.provenance.ref }),
      ...(base && { date: base.provenance.date }),
    },
    newFailures: [],
    fixed: [],
    stillFailing: [],
    newWarnings: [],
    newItems: [],
    removedItems: [],
    checkerChanged: [],
    flaky: [],
    latency: [],
    interfaceChanges: [],
    strips: [],
    trends: [],
  };
  if (!base) return comparison;

  const now = itemStates(current);
  const before = itemStates(base);
  const window = sameServerWindow(current, previous);
  const flaky = findFlaky(current, window, now);
  comparison.flaky = [...flaky.values()];

  for (const [key, item] of now) {
    const old = before.get(key);
    const change = (): ItemChange => ({ ...ref(item), status: item.status, previousStatus: old?.status ?? 'absent' });
    if (!old) {
      comparison.newItems.push(change());
      continue;
    }
    if (item.status === 'fail' && old.status === 'fail') {
      comparison.stillFailing.push(change());
      continue;
    }
    if (item.status === old.status || flaky.has(key)) continue;
    const failedNow = item.status === 'fail';
    const fixedNow = old.status === 'fail';
    const warnedNow = item.status === 'warn' && old.status !== 'warn';
    if (!failedNow && !fixedNow && !warnedNow) continue;
    if (item.checker !== old.checker) comparison.checkerChanged.push(change());
    else if (failedNow) comparison.newFailures.push(change());
    else if (fixedNow) comparison.fixed.push(change());
    else comparison.newWarnings.push(change());
  }
  for (const [key, old] of before) {
    if (!now.has(key)) comparison.removedItems.push({ ...ref(old), status: 'absent', previousStatus: old.status });
  }

  comparison.latency = compareLatency(current, previous, options);
  if (current.interface && base.interface)
    comparison.interfaceChanges = diffInterface(base.interface, current.interface);
  const shown = [...previous.slice(-((options.shownRuns ?? DEFAULT_SHOWN_RUNS) - 1)), current];
  comparison.strips = statusStrips(shown);
  comparison.trends = latencyTrends(shown);
  return comparison;
}

function ref(item: ItemRef): ItemRef {
  return {
    kind: item.kind,
    key: item.key,
    id: item.id,
    ...(item.protocolVersion !== undefined && { protocolVersion: item.protocolVersion }),
    ...(item.flow !== undefined && { flow: item.flow }),
    ...(item.operation !== undefined && { operation: item.operation }),
    ...(item.level !== undefined && { level: item.level }),
  };
}

/** Entries are read-only once recorded, so their item maps are built once per comparison run, not per use. */
const statesCache = new WeakMap<HistoryEntry, Map<string, ItemState>>();

/** Every judged item of a run by key. */
export function itemStates(entry: HistoryEntry): Map<string, ItemState> {
  const cached = statesCache.get(entry);
  if (cached) return cached;
  const items = buildItemStates(entry);
  statesCache.set(entry, items);
  return items;
}

function buildItemStates(entry: HistoryEntry): Map<string, ItemState> {
  const items = new Map<string, ItemState>();
  const toolVersion = entry.stamp.toolVersion;
  for (const check of entry.checks) {
    const key = checkKey(check.id, check.protocolVersion);
    items.set(key, {
      kind: 'check',
      key,
      id: check.id,
      protocolVersion: check.protocolVersion,
      level: check.level,
      status: check.status,
      checker: check.checker,
    });
  }
  for (const flow of entry.flows) {
    for (const step of flow.steps) {
      const key = stepKey(flow.name, step.id);
      items.set(key, {
        kind: 'flow-step',
        key,
        id: step.id,
        flow: flow.name,
        status: step.status,
        checker: toolVersion,
      });
    }
  }
  for (const bench of entry.bench) {
    const operation = `${bench.name} @${bench.concurrency}`;
    for (const budget of bench.budgets) {
      const key = budgetKey(bench.name, bench.concurrency, budget.name);
      items.set(key, { kind: 'budget', key, id: budget.name, operation, status: budget.status, checker: toolVersion });
    }
  }
  return items;
}

/** The earlier runs since the server last changed: only within them can a changing outcome be flakiness. */
function sameServerWindow(current: HistoryEntry, previous: readonly HistoryEntry[]): HistoryEntry[] {
  const fingerprint = current.stamp.serverFingerprint;
  let start = previous.length;
  while (start > 0 && previous[start - 1]!.stamp.serverFingerprint === fingerprint) start--;
  return previous.slice(start);
}

function findFlaky(
  current: HistoryEntry,
  window: readonly HistoryEntry[],
  now: Map<string, ItemState>,
): Map<string, FlakyItem> {
  const runs = [...window, current];
  const states = runs.map(itemStates);
  const flaky = new Map<string, FlakyItem>();
  const keys = new Set(states.flatMap((state) => [...state.keys()]));
  for (const key of keys) {
    const history: StatusPoint[] = runs.map((run, index) => ({
      status: states[index]!.get(key)?.status ?? 'absent',
      ...(run.provenance.commit !== undefined && { commit: run.provenance.commit }),
      date: run.provenance.date,
    }));
    const reason = flakyReason(history);
    if (!reason) continue;
    const item =
      now.get(key) ??
      [...states]
        .reverse()
        .find((state) => state.has(key))!
        .get(key)!;
    flaky.set(key, { ...ref(item), reason, failingNow: now.get(key)?.status === 'fail', history });
  }
  return flaky;
}

export function flakyReason(history: readonly StatusPoint[]): FlakyItem['reason'] | undefined {
  const judged = history.filter((point) => point.status !== 'absent' && point.status !== 'skip');
  // Warnings flip too (a SHOULD judged on timing): not green is the outcome that counts.
  const failed = (point: StatusPoint) => point.status === 'fail' || point.status === 'warn';
  const byCommit = new Map<string, boolean>();
  for (const point of judged) {
    if (point.commit === undefined) continue;
    const seen = byCommit.get(point.commit);
    if (seen !== undefined && seen !== failed(point)) return 'same-commit';
    byCommit.set(point.commit, failed(point));
  }
  // fail, then not fail, then fail again.
  let stage = 0;
  for (const point of judged) {
    if (stage === 0 && failed(point)) stage = 1;
    else if (stage === 1 && !failed(point)) stage = 2;
    else if (stage === 2 && failed(point)) return 'failed-again';
  }
  return undefined;
}

const operationKey = (bench: { name: string; concurrency: number }) => `${bench.name} @${bench.concurrency}`;

/** What makes latencies comparable: the same transport, measured by the same mcp-ci. */
export interface MeasuredBy {
  transport: TransportKind;
  toolVersion: string;
}

function comparableRuns(current: MeasuredBy, previous: readonly HistoryEntry[]): HistoryEntry[] {
  return previous.filter(
    (entry) => entry.target.transport === current.transport && entry.stamp.toolVersion === current.toolVersion,
  );
}

/**
 * Per operation, the baseline of the last `runs` comparable runs that measured it: the median of their p50s and
 * p95s, and their samples pooled for the rank-sum test. The `--baseline` path and the history use the same
 * comparison (src/bench/compare.ts); this is also the baseline the benchmark runner re-measures a regression against.
 */
export function latencyBaseline(
  current: MeasuredBy,
  previous: readonly HistoryEntry[],
  runs = DEFAULT_LATENCY_RUNS,
): { name: string; concurrency: number; runs: number; stats: LatencyStats; samples: number[] }[] {
  const byOperation = new Map<string, BenchRecord[]>();
  for (const entry of comparableRuns(current, previous)) {
    for (const bench of entry.bench) {
      if (bench.count === 0) continue;
      const list = byOperation.get(operationKey(bench)) ?? [];
      list.push(bench);
      byOperation.set(operationKey(bench), list);
    }
  }
  return [...byOperation.values()].map((records) => {
    const recent = records.slice(-runs);
    const samples = recent.flatMap((record) => record.samples);
    const p50 = median(recent.map((record) => record.p50));
    const p95 = median(recent.map((record) => record.p95));
    const p99 = median(recent.map((record) => record.p99));
    const stats: LatencyStats = {
      count: recent.reduce((sum, record) => sum + record.count, 0),
      errors: recent.reduce((sum, record) => sum + record.errors, 0),
      min: samples.length > 0 ? Math.min(...samples) : p50,
      p50,
      p90: p95,
      p95,
      p99,
      max: samples.length > 0 ? Math.max(...samples) : p99,
      mean: median(recent.map((record) => record.mean)),
      stddev: 0,
      throughput: 0,
    };
    return { name: recent[0]!.name, concurrency: recent[0]!.concurrency, runs: recent.length, stats, samples };
  });
}

function compareLatency(current: HistoryEntry, previous: readonly HistoryEntry[], options: CompareOptions) {
  const baselines = new Map(
    latencyBaseline(
      { transport: current.target.transport, toolVersion: current.stamp.toolVersion },
      previous,
      options.latencyRuns,
    ).map((baseline) => [operationKey(baseline), baseline]),
  );
  const changes: LatencyChange[] = [];
  for (const bench of current.bench) {
    const baseline = baselines.get(operationKey(bench));
    if (!baseline) continue;
    const compared = compareWithBaseline({ stats: bench, samples: bench.samples }, baseline, options.policy);
    if (!compared) continue;
    changes.push({
      name: bench.name,
      concurrency: bench.concurrency,
      p50: bench.p50,
      p95: bench.p95,
      baselineRuns: baseline.runs,
      ...compared.comparison,
    });
  }
  return changes;
}

const NOT_GREEN: ReadonlySet<RunStatus> = new Set(['fail', 'warn']);

function statusStrips(runs: readonly HistoryEntry[]): StatusStrip[] {
  const states = runs.map(itemStates);
  const strips = new Map<string, StatusStrip>();
  states.forEach((state) => {
    for (const [key, item] of state) {
      if (strips.has(key)) continue;
      const statuses = states.map((other) => other.get(key)?.status ?? 'absent');
      if (statuses.some((status) => NOT_GREEN.has(status))) strips.set(key, { ...ref(item), statuses });
    }
  });
  return [...strips.values()];
}

function latencyTrends(runs: readonly HistoryEntry[]): LatencyTrend[] {
  const trends = new Map<string, LatencyTrend>();
  for (const run of runs) {
    for (const bench of run.bench) {
      if (bench.count === 0) continue;
      const trend = trends.get(operationKey(bench)) ?? { name: bench.name, concurrency: bench.concurrency, points: [] };
      trend.points.push({
        ...(run.provenance.commit !== undefined && { commit: run.provenance.commit }),
        date: run.provenance.date,
        p50: bench.p50,
        p95: bench.p95,
      });
      trends.set(operationKey(bench), trend);
    }
  }
  return [...trends.values()];
}
