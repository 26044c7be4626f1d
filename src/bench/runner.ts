/**
 * The benchmark suite: every planned operation at every concurrency level, first with the requests in flight on
 * one session, then (above 1) spread over as many sessions; then the start-up figures. Each result carries its
 * statistics, kept samples, budgets and the comparison with the baseline, and is emitted as it is done.
 */
import type { BenchSettings } from '../config/schema.js';
import type { EmitEvent } from '../events.js';
import type { BenchResult } from '../model.js';
import type { Connection } from '../wire/types.js';
import { evaluateBudgets, type Budget } from './budgets.js';
import { compareWithBaseline, findBaselineEntry, type RegressionPolicy } from './compare.js';
import { measure, type Measurement } from './measure.js';
import { planOperations, STARTUP_FIRST_TOOLS_LIST, STARTUP_INITIALIZE } from './operations.js';
import { keptSamples } from './samples.js';
import { measureStartup, STARTUP_RUNS } from './startup.js';
import { summarize } from './stats.js';

export interface BenchDeps {
  /** The established session; start-up is excluded from every figure measured on it. */
  main: Connection;
  /** A fresh session (stdio: a fresh server process), for the multi-session levels and the start-up figures. */
  connect: (options?: { label?: string }) => Promise<Connection>;
  settings: BenchSettings;
  serverCapabilities: Record<string, unknown>;
  toolNames: string[];
  emit: EmitEvent;
  baseline?: BenchResult[];
}

const MAX_ERROR_TEXT = 200;

/** Name of an operation measured with one request in flight on each of several sessions. */
export const acrossSessions = (operation: string, sessions: number) => `${operation} [${sessions} sessions]`;

function measurementNotes(measurement: Measurement, options: BenchSettings): string[] {
  const notes: string[] = [];
  if (measurement.capped) {
    const done = measurement.samples.length + measurement.errors;
    const hung =
      measurement.unanswered > 0
        ? `; ${measurement.unanswered} request(s) were still unanswered (the server may hang on this operation)`
        : '';
    notes.push(
      `time cap of ${options['max-duration-ms']} ms reached after ${done} of ${options.iterations} iterations${hung}; ` +
        'the figures cover the requests completed until then',
    );
  }
  if (measurement.errors > 0) {
    const total = measurement.samples.length + measurement.errors;
    const first = (measurement.firstError ?? '').slice(0, MAX_ERROR_TEXT);
    notes.push(`${measurement.errors} of ${total} requests failed (first: ${first})`);
  }
  if (measurement.closed) notes.push('the connection closed during this operation');
  return notes;
}

export async function runBench(deps: BenchDeps): Promise<BenchResult[]> {
  const { settings, emit } = deps;
  const plan = planOperations(settings, deps.serverCapabilities, deps.toolNames);
  const measuresStartup = deps.main.transport === 'stdio';
  const unusedBudgets = measuresStartup
    ? plan.unusedBudgets
    : [
        ...plan.unusedBudgets,
        ...[STARTUP_INITIALIZE, STARTUP_FIRST_TOOLS_LIST]
          .filter((name) => settings.budgets[name])
          .map(
            (name) =>
              `bench.budgets.${name}: start-up is measured for stdio servers only, so this budget was not evaluated`,
          ),
      ];
  for (const message of unusedBudgets) emit({ type: 'log', level: 'warn', message });

  const policy: RegressionPolicy = {
    thresholdPct: settings['regression-threshold-pct'],
    minMs: settings['regression-min-ms'],
  };
  const results: BenchResult[] = [];
  const finish = (result: BenchResult, budget: Budget, notes: string[]) => {
    result.budgets = evaluateBudgets(result.stats, budget);
    const before = deps.baseline && findBaselineEntry(deps.baseline, result.name, result.concurrency);
    const compared = before ? compareWithBaseline(result, before, policy) : undefined;
    if (compared) {
      result.comparison = compared.comparison;
      if (compared.note) notes.push(compared.note);
    }
    if (notes.length > 0) result.note = notes.join('; ');
    results.push(result);
    emit({ type: 'bench:op', result });
  };
  const record = async (lanes: Connection[], concurrency: number, nameOf: (operation: string) => string) => {
    for (const operation of plan.operations) {
      const measurement = await measure(lanes, operation.method, operation.params, {
        warmup: settings.warmup,
        iterations: settings.iterations,
        maxDurationMs: settings['max-duration-ms'],
      });
      const result: BenchResult = {
        name: nameOf(operation.name),
        concurrency,
        stats: summarize(measurement.samples, measurement.errors, measurement.elapsedMs),
        samples: keptSamples(measurement.samples),
      };
      finish(result, operation.budget, measurementNotes(measurement, settings));
    }
  };

  for (const concurrency of new Set(settings.concurrency)) {
    await record(Array<Connection>(concurrency).fill(deps.main), concurrency, (operation) => operation);
    if (concurrency === 1) continue;
    const sessions: Connection[] = [];
    try {
      try {
        for (let i = 1; i < concurrency; i++) sessions.push(await deps.connect({ label: `bench:session#${i}` }));
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        emit({ type: 'log', level: 'warn', message: `benchmark: could not open ${concurrency} sessions: ${reason}` });
        continue;
      }
      await record([deps.main, ...sessions], concurrency, (operation) => acrossSessions(operation, concurrency));
    } finally {
      await Promise.all(sessions.map((session) => session.close()));
    }
  }

  if (measuresStartup) {
    const startup = await measureStartup(deps.connect, {
      runs: STARTUP_RUNS,
      maxDurationMs: settings['max-duration-ms'],
      listsTools: deps.serverCapabilities.tools !== undefined,
    });
    for (const result of startup) finish(result, settings.budgets[result.name] ?? {}, result.note ? [result.note] : []);
  }
  return results;
}
