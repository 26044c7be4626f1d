/**
 * Pure aggregation of a RunResult for the reporters: the verdict, the section x (version, transport) matrix,
 * requirement coverage, and check results grouped so one rule broken under four versions reads as one item.
 * `strict` turns warnings into failures here, once, so every report agrees.
 */
import { PROTOCOL_VERSIONS, SECTIONS } from '../model.js';
import type {
  BenchResult,
  CheckResult,
  Evidence,
  FlowResult,
  FlowStepResult,
  Level,
  RunResult,
  Section,
  Status,
  TransportKind,
} from '../model.js';

export type Verdict = 'passed' | 'passed-with-warnings' | 'failed' | 'boot-error' | 'config-error' | 'internal-error';

/** Under `strict`, a warning counts as a failure. */
export function effectiveStatus(status: Status, strict: boolean): Status {
  return strict && status === 'warn' ? 'fail' : status;
}

export function verdictOf(result: RunResult, strict: boolean): Verdict {
  const hasWarnings = result.summary.warn > 0;
  switch (result.outcome) {
    case 'failed':
    case 'boot-error':
    case 'config-error':
    case 'internal-error':
      return result.outcome;
    case 'passed':
      return hasWarnings ? 'passed-with-warnings' : 'passed';
    case undefined:
      if (!result.boot.ok) return 'boot-error';
      if (result.summary.fail > 0 || (strict && hasWarnings)) return 'failed';
      return hasWarnings ? 'passed-with-warnings' : 'passed';
  }
}

const TRANSPORT_ORDER: readonly TransportKind[] = ['stdio', 'http', 'sse', 'memory'];

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
  rows: { section: Section; cells: (CellCounts | undefined)[] }[];
  totals: CellCounts[];
}

export function emptyCounts(): CellCounts {
  return { pass: 0, warn: 0, skip: 0, fail: { MUST: 0, SHOULD: 0, MAY: 0 } };
}

export function failTotal(counts: CellCounts): number {
  return counts.fail.MUST + counts.fail.SHOULD + counts.fail.MAY;
}

function addTo(counts: CellCounts, check: CheckResult, strict: boolean): void {
  const status = effectiveStatus(check.status, strict);
  if (status === 'fail') counts.fail[check.level] += 1;
  else counts[status] += 1;
}

function versionRank(version: string): number {
  const index = (PROTOCOL_VERSIONS as readonly string[]).indexOf(version);
  return index === -1 ? PROTOCOL_VERSIONS.length : index;
}

/** Newest protocol version first (unknown ones after, newest first), then stdio, http, sse. */
export function compareColumns(a: MatrixColumn, b: MatrixColumn): number {
  return (
    versionRank(a.protocolVersion) - versionRank(b.protocolVersion) ||
    b.protocolVersion.localeCompare(a.protocolVersion) ||
    TRANSPORT_ORDER.indexOf(a.transport) - TRANSPORT_ORDER.indexOf(b.transport)
  );
}

const columnKey = (column: MatrixColumn): string => `${column.protocolVersion}\u0000${column.transport}`;

/**
 * Columns are the versions and transports something ran under. A check that does not apply is reported once under
 * the first version it is defined for, which may be a version the server never spoke; a column holding only such
 * skips is left out (unless nothing ran at all), so the matrix shows what was tested.
 */
export function coverageMatrix(checks: readonly CheckResult[], strict: boolean): CoverageMatrix {
  const allColumns = new Map<string, MatrixColumn>();
  const testedColumns = new Map<string, MatrixColumn>();
  for (const check of checks) {
    const column = { protocolVersion: check.protocolVersion, transport: check.transport };
    allColumns.set(columnKey(column), column);
    if (check.status !== 'skip') testedColumns.set(columnKey(column), column);
  }
  const columns = [...(testedColumns.size > 0 ? testedColumns : allColumns).values()].sort(compareColumns);
  const columnIndex = new Map(columns.map((column, index) => [columnKey(column), index]));

  const cellsBySection = new Map<Section, (CellCounts | undefined)[]>();
  const totals = columns.map(emptyCounts);
  for (const check of checks) {
    const index = columnIndex.get(columnKey(check));
    if (index === undefined) continue;
    let cells = cellsBySection.get(check.section);
    if (!cells) {
      cells = columns.map(() => undefined);
      cellsBySection.set(check.section, cells);
    }
    const cell = (cells[index] ??= emptyCounts());
    addTo(cell, check, strict);
    addTo(totals[index] ?? emptyCounts(), check, strict);
  }
  const rows = SECTIONS.flatMap((section) => {
    const cells = cellsBySection.get(section);
    return cells ? [{ section, cells }] : [];
  });
  return { columns, rows, totals };
}

export interface RequirementCoverage {
  section: Section;
  /** Ids with at least one result that ran (pass, fail or warn). */
  exercised: string[];
  /** Ids whose every result was a skip: the server does not offer what the rule is about. */
  notApplicable: string[];
  /** Exercised ids with at least one failure. */
  failing: string[];
}

export function requirementCoverage(checks: readonly CheckResult[], strict: boolean): RequirementCoverage[] {
  const bySection = new Map<Section, { ran: Set<string>; skipped: Set<string>; failing: Set<string> }>();
  for (const check of checks) {
    let entry = bySection.get(check.section);
    if (!entry) {
      entry = { ran: new Set(), skipped: new Set(), failing: new Set() };
      bySection.set(check.section, entry);
    }
    const status = effectiveStatus(check.status, strict);
    for (const id of check.requirements) {
      if (status === 'skip') entry.skipped.add(id);
      else entry.ran.add(id);
      if (status === 'fail') entry.failing.add(id);
    }
  }
  const sorted = (ids: Iterable<string>): string[] =>
    [...ids].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return SECTIONS.flatMap((section) => {
    const entry = bySection.get(section);
    if (!entry) return [];
    return [
      {
        section,
        exercised: sorted(entry.ran),
        notApplicable: sorted([...entry.skipped].filter((id) => !entry.ran.has(id))),
        failing: sorted(entry.failing),
      },
    ];
  });
}

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

const LEVEL_ORDER: readonly Level[] = ['MUST', 'SHOULD', 'MAY'];

/** Groups by id, effective status and message; ordered MUST first, then catalogue section order, then id. */
export function groupChecks(checks: readonly CheckResult[], strict: boolean): CheckGroup[] {
  const groups = new Map<string, CheckGroup>();
  for (const check of checks) {
    const status = effectiveStatus(check.status, strict);
    const key = `${check.id}\u0000${status}\u0000${check.message}`;
    const run = { protocolVersion: check.protocolVersion, transport: check.transport };
    const group = groups.get(key);
    if (group) {
      group.runs.push(run);
      group.durationMs += check.durationMs;
      continue;
    }
    groups.set(key, {
      id: check.id,
      title: check.title,
      section: check.section,
      level: check.level,
      status,
      message: check.message,
      spec: check.spec,
      ...(check.rule !== undefined && { rule: check.rule }),
      requirements: check.requirements,
      runs: [run],
      evidence: check.evidence,
      policy: check.policy,
      durationMs: check.durationMs,
    });
  }
  const sectionRank = (section: Section): number => SECTIONS.indexOf(section);
  return [...groups.values()]
    .map((group) => ({ ...group, runs: group.runs.sort(compareColumns) }))
    .sort(
      (a, b) =>
        LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) ||
        sectionRank(a.section) - sectionRank(b.section) ||
        a.id.localeCompare(b.id),
    );
}

export interface FlowStepFailure {
  flow: FlowResult;
  /** Undefined when the flow file itself could not be loaded. */
  step?: FlowStepResult;
}

export function flowFailures(flows: readonly FlowResult[], strict: boolean): FlowStepFailure[] {
  return flows.flatMap((flow): FlowStepFailure[] => {
    if (flow.error !== undefined) return [{ flow }];
    return flow.steps.filter((step) => effectiveStatus(step.status, strict) === 'fail').map((step) => ({ flow, step }));
  });
}

export function flowWarnings(flows: readonly FlowResult[], strict: boolean): FlowStepFailure[] {
  if (strict) return [];
  return flows.flatMap((flow) => flow.steps.filter((step) => step.status === 'warn').map((step) => ({ flow, step })));
}

export interface BenchProblem {
  bench: BenchResult;
  kind: 'regression' | 'budget';
  budget?: NonNullable<BenchResult['budgets']>[number];
}

/** Regressions and failed budgets: the benchmark results a reader must act on. */
export function benchProblems(bench: readonly BenchResult[], strict: boolean): BenchProblem[] {
  return bench.flatMap((result): BenchProblem[] => [
    ...(result.comparison?.regression ? [{ bench: result, kind: 'regression' as const }] : []),
    ...(result.budgets ?? [])
      .filter((budget) => effectiveStatus(budget.status, strict) === 'fail')
      .map((budget) => ({ bench: result, kind: 'budget' as const, budget })),
  ]);
}
