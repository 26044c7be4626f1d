/**
 * Folding repeated runs of a step (`repeat:` on the step or on the flow) into one result with a pass rate, and a
 * flow's status from its steps. Pure.
 */
import type { FlowStepResult, Status } from '../model.js';
/** Runs of the same step, in order. Any failing run fails it; it is flaky when some runs passed as well. */
export declare function combineRuns(runs: readonly FlowStepResult[]): FlowStepResult;
export declare function flowStatus(steps: readonly FlowStepResult[], error: string | undefined): Status;
