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
import { type RegressionPolicy } from '../bench/compare.js';
import type { HistoryEntry } from './entry.js';
import { type InterfaceChange } from './interface-diff.js';
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
    points: {
        commit?: string;
        date: string;
        p50: number;
        p95: number;
    }[];
}
export interface Comparison {
    /** What this run was compared with; `runs` 0 is a first run. */
    base: {
        runs: number;
        label?: string;
        commit?: string;
        ref?: string;
        date?: string;
    };
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
export declare const DEFAULT_LATENCY_RUNS = 5;
export declare const DEFAULT_SHOWN_RUNS = 10;
interface ItemState extends ItemRef {
    status: Status;
    /** Changes when mcp-ci's judgement of this item changes. */
    checker: string;
}
/** @param previous earlier runs of the same target, oldest first. */
export declare function compareRuns(current: HistoryEntry, previous: readonly HistoryEntry[], options: CompareOptions): Comparison;
/** Every judged item of a run by key. */
export declare function itemStates(entry: HistoryEntry): Map<string, ItemState>;
export declare function flakyReason(history: readonly StatusPoint[]): FlakyItem['reason'] | undefined;
/** What makes latencies comparable: the same transport, measured by the same mcp-ci. */
export interface MeasuredBy {
    transport: TransportKind;
    toolVersion: string;
}
/**
 * Per operation, the baseline of the last `runs` comparable runs that measured it: the median of their p50s and
 * p95s, and their samples pooled for the rank-sum test. The `--baseline` path and the history use the same
 * comparison (src/bench/compare.ts); this is also the baseline the benchmark runner re-measures a regression against.
 */
export declare function latencyBaseline(current: MeasuredBy, previous: readonly HistoryEntry[], runs?: number): {
    name: string;
    concurrency: number;
    runs: number;
    stats: LatencyStats;
    samples: number[];
}[];
