import type { BenchResult, CheckResult, Evidence, FlowResult, FlowStepResult, Level, RunResult, Section, Status, TransportKind } from '../model.js';
export type Verdict = 'passed' | 'passed-with-warnings' | 'failed' | 'boot-error' | 'config-error' | 'internal-error';
/** Under `strict`, a warning counts as a failure. */
export declare function effectiveStatus(status: Status, strict: boolean): Status;
export declare function verdictOf(result: RunResult, strict: boolean): Verdict;
export interface MatrixColumn {
    protocolVersion: string;
    transport: TransportKind;
}
export interface CellCounts {
    pass: number;
    warn: number;
    skip: number;
    /** Failures by the level of the rule broken; SHOULD and MAY failures exist only under `strict`. */
    fail: Record<Level, number>;
}
export interface CoverageMatrix {
    columns: MatrixColumn[];
    /** Only sections with at least one result, in catalogue order; a cell is undefined when nothing ran there. */
    rows: {
        section: Section;
        cells: (CellCounts | undefined)[];
    }[];
    totals: CellCounts[];
}
export declare function emptyCounts(): CellCounts;
export declare function failTotal(counts: CellCounts): number;
/** Newest protocol version first (unknown ones after, newest first), then stdio, http, sse. */
export declare function compareColumns(a: MatrixColumn, b: MatrixColumn): number;
/**
 * Columns are the versions and transports something ran under. A check that does not apply is reported once under
 * the first version it is defined for, which may be a version the server never spoke; a column holding only such
 * skips is left out (unless nothing ran at all), so the matrix shows what was tested.
 */
export declare function coverageMatrix(checks: readonly CheckResult[], strict: boolean): CoverageMatrix;
export interface RequirementCoverage {
    section: Section;
    /** Ids with at least one result that ran (pass, fail or warn). */
    exercised: string[];
    /** Ids whose every result was a skip: the server does not offer what the rule is about. */
    notApplicable: string[];
    /** Exercised ids with at least one failure. */
    failing: string[];
}
export declare function requirementCoverage(checks: readonly CheckResult[], strict: boolean): RequirementCoverage[];
/** One check's results that share a status and message, across the versions and transports they ran under. */
export interface CheckGroup {
    id: string;
    title: string;
    section: Section;
    level: Level;
    /** Effective status (strict applied). */
    status: Status;
    message: string;
    spec: CheckResult['spec'];
    rule?: string;
    requirements: string[];
    runs: MatrixColumn[];
    /** Evidence of the first run in the group. */
    evidence?: Evidence;
    policy?: CheckResult['policy'];
    durationMs: number;
}
/** Groups by id, effective status and message; ordered MUST first, then catalogue section order, then id. */
export declare function groupChecks(checks: readonly CheckResult[], strict: boolean): CheckGroup[];
export interface FlowStepFailure {
    flow: FlowResult;
    /** Undefined when the flow file itself could not be loaded. */
    step?: FlowStepResult;
}
export declare function flowFailures(flows: readonly FlowResult[], strict: boolean): FlowStepFailure[];
export declare function flowWarnings(flows: readonly FlowResult[], strict: boolean): FlowStepFailure[];
export interface BenchProblem {
    bench: BenchResult;
    kind: 'regression' | 'budget';
    budget?: NonNullable<BenchResult['budgets']>[number];
}
/** Regressions and failed budgets: the benchmark results a reader must act on. */
export declare function benchProblems(bench: readonly BenchResult[], strict: boolean): BenchProblem[];
