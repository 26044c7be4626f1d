/**
 * Folding repeated runs of a step (`repeat:` on the step or on the flow) into one result with a pass rate, and a
 * flow's status from its steps. Pure.
 */
import type { FlowStepResult, Status } from '../model.js';

/** Runs of the same step, in order. Any failing run fails it; it is flaky when some runs passed as well. */
export function combineRuns(runs: readonly FlowStepResult[]): FlowStepResult {
  const [first] = runs;
  if (first === undefined) throw new Error('combineRuns needs at least one run');
  const ran = runs.filter((run) => run.status !== 'skip');
  if (ran.length === 0) return { ...first, durationMs: 0 };
  const total = sum(ran.map((run) => run.repeats?.total ?? 1));
  const passed = sum(ran.map((run) => run.repeats?.passed ?? (run.status === 'fail' ? 0 : 1)));
  const failing = runs.findIndex((run) => run.status === 'fail');
  const warning = ran.find((run) => run.status === 'warn');
  const flaky = failing >= 0 && passed > 0;
  const rate = `${passed} of ${total} runs passed (${Math.round((100 * passed) / total)}%)`;
  const failed = runs[failing];
  const combined: FlowStepResult = {
    id: first.id,
    kind: first.kind,
    status: failed ? 'fail' : warning ? 'warn' : 'pass',
    message: failed
      ? `${rate}${flaky ? ', flaky' : ''}; run ${failing + 1}: ${failed.message}`
      : warning
        ? `${rate}; ${warning.message}`
        : rate,
    durationMs: sum(runs.map((run) => run.durationMs)),
    repeats: { total, passed },
  };
  if (first.line !== undefined) combined.line = first.line;
  if (flaky) combined.flaky = true;
  if (failed?.expected !== undefined) combined.expected = failed.expected;
  if (failed?.actual !== undefined) combined.actual = failed.actual;
  return combined;
}

export function flowStatus(steps: readonly FlowStepResult[], error: string | undefined): Status {
  if (error !== undefined || steps.some((step) => step.status === 'fail')) return 'fail';
  if (steps.length > 0 && steps.every((step) => step.status === 'skip')) return 'skip';
  return steps.some((step) => step.status === 'warn') ? 'warn' : 'pass';
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
