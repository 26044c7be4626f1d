/**
 * What a client sees of a run while it goes on, from the engine's events: one progress step per finished check,
 * flow step and benchmark operation, and a log line for every failure as it is found. Pure: the transport is the
 * caller's business.
 */
import type { RunEvent } from '../events.js';
import { oneLine } from '../report/escape.js';

export interface RunProgress {
  checks: number;
  /** Known once the conformance run has its version matrix. */
  plannedChecks?: number;
  flowSteps: number;
  benchOperations: number;
  failures: number;
  warnings: number;
}

export const NO_PROGRESS: RunProgress = { checks: 0, flowSteps: 0, benchOperations: 0, failures: 0, warnings: 0 };

export type LogLevel = 'info' | 'warning' | 'error';

export interface ProgressUpdate {
  /** Set when the run advanced: the progress notification's text. */
  step?: string;
  log?: { level: LogLevel; text: string };
}

/** Items finished so far, the number progress notifications count up. */
export function doneCount(progress: RunProgress): number {
  return progress.checks + progress.flowSteps + progress.benchOperations;
}

/**
 * The total a progress notification may carry: the planned checks, while nothing but checks is counted (flow steps
 * and benchmark operations are not known ahead).
 */
export function totalCount(progress: RunProgress, suite: string): number | undefined {
  return suite === 'conformance' ? progress.plannedChecks : undefined;
}

/** Updates `progress` in place for one event and says what to tell the client. */
export function advance(progress: RunProgress, event: RunEvent): ProgressUpdate {
  switch (event.type) {
    case 'boot:done':
      return event.boot.ok
        ? { step: `server ready in ${event.boot.ms} ms` }
        : {
            log: {
              level: 'error',
              text: `the server could not be booted${event.boot.error ? `: ${event.boot.error}` : ''}`,
            },
          };
    case 'checks:planned':
      // Not a step: progress must increase with each notification, and nothing finished.
      progress.plannedChecks = event.total;
      return {};
    case 'check:done': {
      progress.checks++;
      const { result } = event;
      const of = progress.plannedChecks === undefined ? '' : ` of ${progress.plannedChecks}`;
      const step = `checks: ${progress.checks}${of} done (${result.id} @ ${result.protocolVersion}: ${result.status})`;
      if (result.status === 'fail') {
        progress.failures++;
        return {
          step,
          log: {
            level: 'error',
            text: `FAIL ${result.id} @ ${result.protocolVersion} (${result.level}): ${result.message}`,
          },
        };
      }
      if (result.status === 'warn') {
        progress.warnings++;
        return {
          step,
          log: {
            level: 'warning',
            text: `WARN ${result.id} @ ${result.protocolVersion} (${result.level}): ${result.message}`,
          },
        };
      }
      return { step };
    }
    case 'flow:step': {
      progress.flowSteps++;
      const { step } = event;
      const text = `flow ${event.flow}: step ${progress.flowSteps} done (${step.id}: ${step.status})`;
      if (step.status !== 'fail') return { step: text };
      progress.failures++;
      return { step: text, log: { level: 'error', text: `FAIL flow ${event.flow}, step ${step.id}: ${step.message}` } };
    }
    case 'bench:op': {
      progress.benchOperations++;
      const { result } = event;
      const text = `benchmarks: ${progress.benchOperations} operations measured (${result.name} x${result.concurrency}: p95 ${result.stats.p95} ms)`;
      const broken = result.budgets?.filter((budget) => budget.status === 'fail') ?? [];
      if (broken.length === 0) return { step: text };
      progress.failures++;
      return {
        step: text,
        log: {
          level: 'error',
          text: `FAIL benchmark ${result.name} x${result.concurrency}: ${broken.map((budget) => `${budget.name} ${budget.actual} over ${budget.limit}`).join(', ')}`,
        },
      };
    }
    case 'log':
      return event.level === 'warn' ? { log: { level: 'warning', text: event.message } } : {};
    default:
      return {};
  }
}

/** Log text leaves as one bounded line: it quotes the server under test. */
export function logLine(text: string): string {
  return oneLine(text, 1_000);
}
