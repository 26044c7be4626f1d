/**
 * The exit policy, decided last, after every report is written: MUST failures, failing flow steps, broken
 * benchmark budgets and latency regressions fail the gate; warnings fail it only under `strict`.
 */
import type { RunResult, Summary } from './model.js';
export declare function summarize(result: Pick<RunResult, 'checks' | 'flows' | 'bench'>): Summary;
export declare function gatePassed(summary: Summary, strict: boolean): boolean;
export interface HistoryGatePolicy {
    flaky: 'warn' | 'fail' | 'ignore';
    interfaceChanges: 'report' | 'fail-on-breaking';
}
/**
 * The counts the gate judges once the run is compared with its history: a flaky item failing in this run counts
 * as a warning (`flaky: warn`), not at all (`ignore`) or as the failure it is (`fail`); under `interface-changes:
 * fail-on-breaking` every breaking interface change is a failure.
 */
export declare function gateSummary(result: Pick<RunResult, 'summary' | 'comparison'>, policy: HistoryGatePolicy): Summary;
