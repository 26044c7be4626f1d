/**
 * The markdown report (PR comment body and job summary) at a given level of detail. Order follows what a
 * server author needs: verdict, where the spec is broken (matrix), what to fix (failures with reasons, spec
 * links and evidence), then folded warnings, flows, benchmarks and passing detail. Every untrusted string goes
 * through escape.ts.
 */
import type { RunResult, Status } from '../model.js';
import type { DetailPlan } from './budget.js';
import type { BenchProblem, CellCounts, CheckGroup, FlowStepFailure, MatrixColumn, Verdict } from './tally.js';
export interface ReportLinks {
    /** The run's job summary page, where the full report is. */
    summaryUrl?: string;
    /** Where the report artifact (report.md, junit.xml, results.json) can be downloaded. */
    artifactUrl?: string;
}
export interface DocumentOptions {
    strict: boolean;
    /** First line of the document, e.g. the sticky comment's hidden marker. */
    marker?: string;
    links?: ReportLinks;
    /** Which limit forced a shortened report, e.g. "GitHub's 65,536-character comment limit". */
    limitLabel: string;
    /** Where the reader finds what was left out, as markdown. */
    elsewhere: string;
}
export declare const SYMBOL: Record<Status, string>;
export declare const VERDICT_TEXT: Record<Verdict, string>;
/** What a document holds before it is cut to a plan: computed once per report, rendered many times. */
export interface ReportModel {
    result: RunResult;
    options: DocumentOptions;
    verdict: Verdict;
    failures: FailureItem[];
    warnings: WarningItem[];
    passing: CheckGroup[];
}
type FailureItem = {
    kind: 'bench';
    problem: BenchProblem;
} | {
    kind: 'check';
    group: CheckGroup;
} | {
    kind: 'flow';
    failure: FlowStepFailure;
};
type WarningItem = {
    kind: 'check';
    group: CheckGroup;
} | {
    kind: 'flow';
    failure: FlowStepFailure;
};
export declare function buildReportModel(result: RunResult, options: DocumentOptions): ReportModel;
export declare function itemCount(model: ReportModel): number;
export declare function renderDocument(model: ReportModel, plan: DetailPlan): string;
export declare function bootFailure(result: RunResult): string;
export declare function internalError(error: string): string;
export declare function cell(counts: CellCounts | undefined): string;
export declare function table(header: string[], align: ('l' | 'c' | 'r')[], rows: string[][]): string;
/** `2025-11-25, 2025-06-18 · stdio`, or per-run transports when they differ. */
export declare function runsLabel(runs: MatrixColumn[]): string;
export declare function specLink(group: CheckGroup): string;
export declare function policyNote(group: CheckGroup): string | undefined;
/** `where` replaces the versions it ran under, e.g. with the legs of a matrix that saw it. */
export declare function checkFailure(group: CheckGroup, withEvidence: boolean, where?: string): string;
export declare function flowStepLabel(failure: FlowStepFailure): string;
/** `where`, when given, follows the label, e.g. the legs of a matrix that saw it. */
export declare function flowFailure(failure: FlowStepFailure, withEvidence: boolean, where?: string): string;
export declare function benchFailure(problem: BenchProblem): string;
export declare function footer(result: Pick<RunResult, 'tool'>, links: ReportLinks | undefined): string;
export {};
