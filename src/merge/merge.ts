/**
 * Pure merge of the legs of a job matrix (servers, transports, operating systems, protocol versions) into one
 * report model: a verdict per leg, the coverage matrix with legs as columns, and findings grouped across legs so
 * one finding seen on five legs is one item that names them. No I/O: legs come in as plain data.
 */
import { EXIT_CODES, SECTIONS } from '../model.js';
import type { Outcome, RunResult, Section, Summary } from '../model.js';
import {
  benchProblems,
  effectiveStatus,
  emptyCounts,
  flowFailures,
  flowWarnings,
  groupChecks,
  verdictOf,
} from '../report/tally.js';
import type { BenchProblem, CellCounts, CheckGroup, FlowStepFailure, MatrixColumn, Verdict } from '../report/tally.js';

/** One leg as read from its report folder: its results, or why there are none. */
export interface Leg {
  name: string;
  /** The folder it was read from, as given (for messages). */
  folder: string;
  result?: RunResult;
  /** Set when the folder holds no usable results.json. */
  problem?: string;
}

export type LegVerdict = Verdict | 'no-results';

export interface LegSummary extends Leg {
  verdict: LegVerdict;
}

/** Where a grouped finding was seen: the leg and, within it, the versions and transports. */
export interface Sighting {
  leg: string;
  runs: MatrixColumn[];
}

export interface MergedCheckGroup {
  /** The group as the first leg that saw it reported it (evidence included). */
  group: CheckGroup;
  seenOn: Sighting[];
}

export interface MergedFlowFailure {
  failure: FlowStepFailure;
  seenOn: Sighting[];
}

export type MergedFailure =
  | { kind: 'check'; item: MergedCheckGroup }
  | { kind: 'flow'; item: MergedFlowFailure }
  | { kind: 'bench'; leg: string; problem: BenchProblem };
export type MergedWarning = { kind: 'check'; item: MergedCheckGroup } | { kind: 'flow'; item: MergedFlowFailure };

export interface MergedRun {
  legs: LegSummary[];
  /**
   * The worst leg's outcome, by exit code (internal error, boot error, configuration error, failed, passed); a leg
   * without results counts as a configuration error: its folder is what needs fixing.
   */
  outcome: Outcome;
  /** Summed over the legs with results. */
  summary: Summary;
  strict: boolean;
  /** Sections x legs with results (in `legs` order, skipping legs without results). */
  matrix: { columns: string[]; rows: { section: Section; cells: (CellCounts | undefined)[] }[]; totals: CellCounts[] };
  failures: MergedFailure[];
  warnings: MergedWarning[];
  passing: MergedCheckGroup[];
}

/** Legs must have distinct names, or their columns and findings could not be told apart. */
export function duplicateLegNames(legs: readonly Leg[]): string[] {
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const leg of legs) {
    if (seen.has(leg.name)) duplicates.add(leg.name);
    seen.add(leg.name);
  }
  return [...duplicates];
}

export function mergeLegs(legs: readonly Leg[], strict: boolean): MergedRun {
  const summaries: LegSummary[] = legs.map((leg) => ({
    ...leg,
    verdict: leg.result ? verdictOf(leg.result, strict) : 'no-results',
  }));
  const ran = legs.filter((leg): leg is Leg & { result: RunResult } => leg.result !== undefined);

  const checkGroups = mergeCheckGroups(ran, strict);
  const flowGroups = (select: typeof flowFailures) => mergeFlowFailures(ran, (flows) => select(flows, strict));
  return {
    legs: summaries,
    outcome: worstOutcome(summaries),
    summary: sumSummaries(ran.map((leg) => leg.result.summary)),
    strict,
    matrix: legMatrix(ran, strict),
    failures: [
      ...ran.flatMap((leg) =>
        benchProblems(leg.result.bench, strict).map((problem) => ({ kind: 'bench' as const, leg: leg.name, problem })),
      ),
      ...checkGroups.filter(({ group }) => group.status === 'fail').map((item) => ({ kind: 'check' as const, item })),
      ...flowGroups(flowFailures).map((item) => ({ kind: 'flow' as const, item })),
    ],
    warnings: [
      ...checkGroups.filter(({ group }) => group.status === 'warn').map((item) => ({ kind: 'check' as const, item })),
      ...flowGroups(flowWarnings).map((item) => ({ kind: 'flow' as const, item })),
    ],
    passing: checkGroups.filter(({ group }) => group.status === 'pass' || group.status === 'skip'),
  };
}

function worstOutcome(legs: readonly LegSummary[]): Outcome {
  let worst: Outcome = 'passed';
  for (const leg of legs) {
    const outcome: Outcome =
      leg.verdict === 'no-results' ? 'config-error' : leg.verdict === 'passed-with-warnings' ? 'passed' : leg.verdict;
    if (EXIT_CODES[outcome] > EXIT_CODES[worst]) worst = outcome;
  }
  return worst;
}

function sumSummaries(summaries: readonly Summary[]): Summary {
  const total: Summary = { pass: 0, fail: 0, warn: 0, skip: 0 };
  for (const summary of summaries) {
    total.pass += summary.pass;
    total.fail += summary.fail;
    total.warn += summary.warn;
    total.skip += summary.skip;
  }
  return total;
}

function legMatrix(legs: readonly (Leg & { result: RunResult })[], strict: boolean): MergedRun['matrix'] {
  const cellsBySection = new Map<Section, (CellCounts | undefined)[]>();
  const totals = legs.map(emptyCounts);
  legs.forEach((leg, index) => {
    for (const check of leg.result.checks) {
      let cells = cellsBySection.get(check.section);
      if (!cells) {
        cells = legs.map(() => undefined);
        cellsBySection.set(check.section, cells);
      }
      for (const counts of [(cells[index] ??= emptyCounts()), totals[index] ?? emptyCounts()]) {
        const status = effectiveStatus(check.status, strict);
        if (status === 'fail') counts.fail[check.level] += 1;
        else counts[status] += 1;
      }
    }
  });
  const rows = SECTIONS.flatMap((section) => {
    const cells = cellsBySection.get(section);
    return cells ? [{ section, cells }] : [];
  });
  return { columns: legs.map((leg) => leg.name), rows, totals };
}

/**
 * Per leg the check results are grouped as a single report groups them (id, status, message across versions);
 * across legs, groups with the same id, status and message become one, in the order the first leg lists them.
 */
function mergeCheckGroups(legs: readonly (Leg & { result: RunResult })[], strict: boolean): MergedCheckGroup[] {
  const merged = new Map<string, MergedCheckGroup>();
  for (const leg of legs) {
    for (const group of groupChecks(leg.result.checks, strict)) {
      const key = JSON.stringify([group.id, group.status, group.message]);
      const sighting = { leg: leg.name, runs: group.runs };
      const existing = merged.get(key);
      if (existing) existing.seenOn.push(sighting);
      else merged.set(key, { group, seenOn: [sighting] });
    }
  }
  // Each leg's groups are already ordered (MUST first, then section, then id); keep that order across legs.
  const levelRank = { MUST: 0, SHOULD: 1, MAY: 2 };
  return [...merged.values()].sort(
    (a, b) =>
      levelRank[a.group.level] - levelRank[b.group.level] ||
      SECTIONS.indexOf(a.group.section) - SECTIONS.indexOf(b.group.section) ||
      a.group.id.localeCompare(b.group.id),
  );
}

function mergeFlowFailures(
  legs: readonly (Leg & { result: RunResult })[],
  select: (flows: RunResult['flows']) => FlowStepFailure[],
): MergedFlowFailure[] {
  const merged = new Map<string, MergedFlowFailure>();
  for (const leg of legs) {
    for (const failure of select(leg.result.flows)) {
      const key = JSON.stringify([
        failure.flow.file,
        failure.flow.name,
        failure.step?.id,
        failure.step?.status,
        failure.step ? failure.step.message : failure.flow.error,
      ]);
      const existing = merged.get(key);
      const sighting = { leg: leg.name, runs: [] };
      if (existing) existing.seenOn.push(sighting);
      else merged.set(key, { failure, seenOn: [sighting] });
    }
  }
  return [...merged.values()];
}
