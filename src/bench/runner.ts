/**
 * The benchmark suite: every planned operation at every concurrency level, first with the requests in flight on
 * one session, then (above 1) spread over as many sessions; then the start-up figures (stdio). Each result
 * carries its statistics, kept samples, budgets and the comparison with the baseline, and is emitted as soon as
 * its level is done.
 */
import type { BenchSettings } from '../config/schema.js';
import type { EmitEvent } from '../events.js';
import type { BenchResult } from '../model.js';
import type { Connection } from '../wire/types.js';
import { evaluateBudgets, type Budget } from './budgets.js';
import { compareWithBaseline, findBaselineEntry, type RegressionPolicy } from './compare.js';
import { OperationMeter, type Measurement } from './measure.js';
import { planOperations, STARTUP_FIRST_TOOLS_LIST, STARTUP_INITIALIZE, type BenchOperation } from './operations.js';
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

/**
 * Operations are measured in interleaved rounds (a slice of each, then the next slice of each), so a burst of
 * load from other processes spreads over every operation instead of shifting one operation's whole sample;
 * Google Benchmark's random interleaving does the same to cut run-to-run variance.
 */
const ROUNDS = 5;

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

async function measureInterleaved(
  operations: readonly BenchOperation[],
  lanes: readonly Connection[],
  settings: BenchSettings,
): Promise<Measurement[]> {
  const meters = operations.map(
    (operation) =>
      new OperationMeter(lanes, operation.method, operation.params, settings.iterations, settings['max-duration-ms']),
  );
  for (const meter of meters) await meter.warmUp(settings.warmup);
  const rounds = Math.min(ROUNDS, settings.iterations);
  for (let round = 0; round < rounds; round++) {
    // Iterations split as evenly as whole numbers allow: 8 over 5 rounds is 2, 2, 2, 1, 1.
    const share = Math.floor(settings.iterations / rounds) + (round < settings.iterations % rounds ? 1 : 0);
    for (const meter of meters) await meter.measure(share);
  }
  return meters.map((meter) => meter.result());
}

/**
 * A cold start depends on the runner's disk cache and CPU far more than on the server, and a busy runner slows
 * it for minutes at a time, longer than a second measurement could wait out. Budgets gate it instead.
 */
const STARTUP_NOT_FLAGGED =
  'a change in start-up time is shown, never flagged as a regression; set a budget to gate on it';

const ms = (value: number) => `${Math.round(value * 100) / 100} ms`;
const signedPct = (value: number) => `${value >= 0 ? '+' : ''}${Math.round(value)} %`;

/**
 * A result is complete with its budgets and its comparison; `notes` already says how it was measured.
 */
function assess(
  result: BenchResult,
  budget: Budget,
  notes: string[],
  baseline: readonly BenchResult[] | undefined,
  policy: RegressionPolicy,
): BenchResult {
  result.budgets = evaluateBudgets(result.stats, budget);
  const before = baseline && findBaselineEntry(baseline, result.name, result.concurrency);
  const compared = before ? compareWithBaseline(result, before, policy) : undefined;
  if (compared) {
    result.comparison = compared.comparison;
    if (compared.note) notes.push(compared.note);
  }
  if (notes.length > 0) result.note = notes.join('; ');
  return result;
}

/**
 * A regression is called only when a second measurement, taken right away, shows it too: a burst of load on a
 * shared runner can shift one whole measurement, rarely two in a row. The second measurement is the one
 * reported, so the figures never come from picking the better of two.
 */
async function confirmRegression(first: BenchResult, measureAgain: () => Promise<BenchResult>): Promise<BenchResult> {
  if (!first.comparison?.regression) return first;
  const second = await measureAgain();
  const earlier = `p50 ${ms(first.stats.p50)}, ${signedPct(first.comparison.p50ChangePct)} against the baseline`;
  const verdict = second.comparison?.regression
    ? `the slowdown was confirmed by a second measurement (the first: ${earlier})`
    : `a first measurement looked slower (${earlier}); this second measurement did not confirm it`;
  second.note = second.note ? `${second.note}; ${verdict}` : verdict;
  return second;
}

export async function runBench(deps: BenchDeps): Promise<BenchResult[]> {
  const { settings, emit } = deps;
  const plan = planOperations(settings, deps.serverCapabilities, deps.toolNames, deps.main.protocolVersion);
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
  const publish = (result: BenchResult) => {
    results.push(result);
    emit({ type: 'bench:op', result });
  };

  const measureLevel = async (lanes: Connection[], concurrency: number, nameOf: (operation: string) => string) => {
    const resultOf = (operation: BenchOperation, measurement: Measurement) =>
      assess(
        {
          name: nameOf(operation.name),
          concurrency,
          stats: summarize(measurement.samples, measurement.errors, measurement.elapsedMs),
          samples: keptSamples(measurement.samples),
        },
        operation.budget,
        measurementNotes(measurement, settings),
        deps.baseline,
        policy,
      );
    const measurements = await measureInterleaved(plan.operations, lanes, settings);
    for (const [index, operation] of plan.operations.entries()) {
      const first = resultOf(operation, measurements[index]!);
      publish(
        await confirmRegression(first, async () => {
          const [again] = await measureInterleaved([operation], lanes, settings);
          return resultOf(operation, again!);
        }),
      );
    }
  };

  for (const concurrency of new Set(settings.concurrency)) {
    await measureLevel(Array<Connection>(concurrency).fill(deps.main), concurrency, (operation) => operation);
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
      await measureLevel([deps.main, ...sessions], concurrency, (operation) => acrossSessions(operation, concurrency));
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
    for (const figure of startup) {
      const notes = figure.note ? [figure.note] : [];
      const result = assess(figure, settings.budgets[figure.name] ?? {}, notes, deps.baseline, policy);
      if (result.comparison) {
        result.comparison.regression = false;
        result.note = [...notes, STARTUP_NOT_FLAGGED].join('; ');
      }
      publish(result);
    }
  }
  return results;
}
