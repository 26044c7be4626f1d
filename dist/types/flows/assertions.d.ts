import { type StepOutcome } from './outcome.js';
import type { Expectation, StepKind } from './types.js';
export interface Failure {
    /** First line: what failed; further lines: a diff when it helps. */
    message: string;
    expected?: unknown;
    actual?: unknown;
}
export declare function judgeOutcome(expect: Expectation, outcome: StepOutcome, kind: StepKind): Failure[];
