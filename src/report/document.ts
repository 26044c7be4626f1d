/**
 * The markdown report (PR comment body and job summary) at a given level of detail. Order follows what a
 * server author needs: verdict, where the spec is broken (matrix), what to fix (failures with reasons, spec
 * links and evidence), then folded warnings, flows, benchmarks and passing detail. Every untrusted string goes
 * through escape.ts.
 */
import type { BenchResult, Evidence, FlowResult, RunResult, Status } from '../model.js';
import type { DetailPlan } from './budget.js';
import { mdCode, mdCodeBlock, mdLink, mdText } from './escape.js';
import { renderHistorySection } from './history-section.js';
import { quickRunNote } from './quick-note.js';
import {
  columnLabel,
  formatChange,
  formatCount,
  formatDuration,
  formatJson,
  formatLatency,
  formatThroughput,
} from './format.js';
import {
  benchProblems,
  coverageMatrix,
  flowFailures,
  flowWarnings,
  groupChecks,
  requirementCoverage,
  verdictOf,
} from './tally.js';
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

export const SYMBOL: Record<Status, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️' };

export const VERDICT_TEXT: Record<Verdict, string> = {
  passed: '✅ mcp-ci passed',
  'passed-with-warnings': '⚠️ mcp-ci passed with warnings',
  failed: '❌ mcp-ci failed',
  'boot-error': '💥 mcp-ci could not boot the server',
  'config-error': '⚙️ mcp-ci configuration error',
  'internal-error': '💥 mcp-ci internal error',
};

/** What a document holds before it is cut to a plan: computed once per report, rendered many times. */
export interface ReportModel {
  result: RunResult;
  options: DocumentOptions;
  verdict: Verdict;
  failures: FailureItem[];
  warnings: WarningItem[];
  passing: CheckGroup[];
}

type FailureItem =
  | { kind: 'bench'; problem: BenchProblem }
  | { kind: 'check'; group: CheckGroup }
  | { kind: 'flow'; failure: FlowStepFailure };
type WarningItem = { kind: 'check'; group: CheckGroup } | { kind: 'flow'; failure: FlowStepFailure };

export function buildReportModel(result: RunResult, options: DocumentOptions): ReportModel {
  const groups = groupChecks(result.checks, options.strict);
  return {
    result,
    options,
    verdict: verdictOf(result, options.strict),
    failures: [
      ...benchProblems(result.bench, options.strict).map((problem) => ({ kind: 'bench' as const, problem })),
      ...groups.filter((group) => group.status === 'fail').map((group) => ({ kind: 'check' as const, group })),
      ...flowFailures(result.flows, options.strict).map((failure) => ({ kind: 'flow' as const, failure })),
    ],
    warnings: [
      ...groups.filter((group) => group.status === 'warn').map((group) => ({ kind: 'check' as const, group })),
      ...flowWarnings(result.flows, options.strict).map((failure) => ({ kind: 'flow' as const, failure })),
    ],
    passing: groups.filter((group) => group.status === 'pass' || group.status === 'skip'),
  };
}

export function itemCount(model: ReportModel): number {
  return model.failures.length + model.warnings.length;
}

export function renderDocument(model: ReportModel, plan: DetailPlan): string {
  const { result, options } = model;
  const shownFailures = model.failures.slice(0, plan.itemLimit);
  const shownWarnings = model.warnings.slice(0, Math.max(0, plan.itemLimit - model.failures.length));
  const blocks = [
    options.marker,
    headline(model),
    quickNote(result),
    shortenedNote(model, plan, shownFailures.length + shownWarnings.length),
    result.comparison ? renderHistorySection(result.comparison, { compact: !plan.evidence }) : undefined,
    result.boot.ok ? undefined : bootFailure(result),
    result.error === undefined ? undefined : internalError(result.error),
    matrix(model),
    requirementTable(model),
    failureSection(model, shownFailures, plan.evidence),
    warningSection(model, shownWarnings),
    flowTable(result.flows, options.strict),
    benchTable(result.bench),
    plan.passingDetail ? passingSection(model.passing) : undefined,
    footer(result, options.links),
  ];
  return `${blocks.filter((block): block is string => block !== undefined && block !== '').join('\n\n')}\n`;
}

function headline(model: ReportModel): string {
  const { result, options } = model;
  const server = result.server.name
    ? `**${mdText(result.server.name, 80)}**${result.server.version ? ` ${mdText(result.server.version, 40)}` : ''}`
    : mdText(result.target.command ?? result.target.url ?? 'server', 80);
  const transports = unique(result.checks.map((check) => check.transport));
  const versions = unique(coverageMatrix(result.checks, false).columns.map((column) => column.protocolVersion));
  const { pass, fail, warn, skip } = result.summary;
  const counts = [
    `✅ ${formatCount(pass)} passed`,
    `❌ ${formatCount(fail)} failed`,
    `⚠️ ${formatCount(warn)} ${warn === 1 ? 'warning' : 'warnings'}${options.strict && warn > 0 ? ' (failing: strict)' : ''}`,
    `⏭️ ${formatCount(skip)} not applicable`,
  ];
  const parts = [
    server,
    (transports.length > 0 ? transports : [result.target.transport]).join(', '),
    versions.length > 0 ? `protocol ${versions.map((v) => mdText(v, 20)).join(', ')}` : undefined,
    formatDuration(result.durationMs),
    ...counts,
  ];
  return `### ${VERDICT_TEXT[model.verdict]} · ${parts.filter((part) => part !== undefined).join(' · ')}`;
}

function quickNote(result: RunResult): string | undefined {
  const note = quickRunNote(result);
  return note === undefined ? undefined : `> [!IMPORTANT]\n> ${mdText(note, 4000)}`;
}

function shortenedNote(model: ReportModel, plan: DetailPlan, itemsShown: number): string | undefined {
  const left: string[] = [];
  if (!plan.passingDetail && model.passing.length > 0) left.push('passing detail');
  if (!plan.evidence && hasEvidence(model)) left.push('evidence');
  const total = itemCount(model);
  if (itemsShown < total) {
    left.push(`${formatCount(total - itemsShown)} of ${formatCount(total)} failure and warning items`);
  }
  if (left.length === 0) return undefined;
  return [
    '> [!NOTE]',
    `> Shortened to fit ${model.options.limitLabel}: left out ${left.join(', ')}.`,
    `> The full report is in ${model.options.elsewhere}.`,
  ].join('\n');
}

function hasEvidence(model: ReportModel): boolean {
  return model.failures.some(
    (item) =>
      (item.kind === 'check' && item.group.evidence !== undefined) ||
      (item.kind === 'flow' && item.failure.step !== undefined),
  );
}

export function bootFailure(result: RunResult): string {
  const { boot } = result;
  const exit =
    boot.exitCode !== undefined && boot.exitCode !== null
      ? ` It exited with code ${boot.exitCode}.`
      : boot.signal
        ? ` It was ended by ${mdText(boot.signal, 20)}.`
        : '';
  const lines = [
    '> [!CAUTION]',
    `> The server did not become ready after ${formatDuration(boot.ms)}: ${mdText(boot.error ?? 'no handshake', 500)}.${exit}`,
  ];
  if (boot.stderrTail)
    lines.push('', 'Last lines the server wrote to stderr:', '', mdCodeBlock(boot.stderrTail, 'text'));
  return lines.join('\n');
}

export function internalError(error: string): string {
  const [first = ''] = error.split('\n');
  return [
    '> [!CAUTION]',
    `> mcp-ci itself failed, so this report is incomplete: ${mdText(first, 300)}. Please report it with the trace below.`,
    '',
    '<details><summary>Trace</summary>',
    '',
    mdCodeBlock(error, 'text'),
    '',
    '</details>',
  ].join('\n');
}

export function cell(counts: CellCounts | undefined): string {
  if (!counts) return '·';
  const parts: string[] = [];
  for (const level of ['MUST', 'SHOULD', 'MAY'] as const) {
    if (counts.fail[level] > 0) parts.push(`❌ ${formatCount(counts.fail[level])} ${level}`);
  }
  if (counts.warn > 0) parts.push(`⚠️ ${formatCount(counts.warn)}`);
  if (counts.pass > 0) parts.push(`✅ ${formatCount(counts.pass)}`);
  if (counts.skip > 0) parts.push(`⏭️ ${formatCount(counts.skip)}`);
  return parts.join(' ');
}

export function table(header: string[], align: ('l' | 'c' | 'r')[], rows: string[][]): string {
  const rule = align.map((a) => (a === 'l' ? ':--' : a === 'c' ? ':-:' : '--:'));
  return [header, rule, ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

function matrix(model: ReportModel): string | undefined {
  const { rows, columns, totals } = coverageMatrix(model.result.checks, model.options.strict);
  if (rows.length === 0) return undefined;
  const showTransport = unique(columns.map((column) => column.transport)).length > 1;
  const header = ['Section', ...columns.map((column) => mdText(columnLabel(column, showTransport), 40))];
  const body = rows.map((row) => [row.section, ...row.cells.map(cell)]);
  body.push(['**Total**', ...totals.map(cell)]);
  const strictNote = model.options.strict ? ', and under strict SHOULD / MAY fail too' : '';
  return [
    '#### Spec coverage',
    table(
      header,
      header.map((_, index) => (index === 0 ? 'l' : 'c')),
      body,
    ),
    `<sub>✅ passed · ❌ failed (MUST: the spec requires it${strictNote}) · ⚠️ warning (a SHOULD or MAY, or a lenient reading) · ⏭️ not applicable to this server · · not run</sub>`,
  ].join('\n\n');
}

function requirementTable(model: ReportModel): string | undefined {
  const coverage = requirementCoverage(model.result.checks, model.options.strict);
  if (coverage.length === 0) return undefined;
  const rows = coverage.map((entry) => [
    entry.section,
    formatCount(entry.exercised.length),
    formatCount(entry.notApplicable.length),
    entry.failing.length > 0 ? entry.failing.map((id) => mdText(id, 20)).join(', ') : '—',
  ]);
  return [
    '#### Requirement coverage',
    table(['Section', 'Exercised', 'Not applicable', 'Failing'], ['l', 'r', 'r', 'l'], rows),
  ].join('\n\n');
}

/** `2025-11-25, 2025-06-18 · stdio`, or per-run transports when they differ. */
export function runsLabel(runs: MatrixColumn[]): string {
  const transports = unique(runs.map((run) => run.transport));
  if (transports.length === 1) {
    return `${unique(runs.map((run) => mdText(run.protocolVersion, 20))).join(', ')} · ${transports[0]}`;
  }
  return runs.map((run) => `${mdText(run.protocolVersion, 20)} (${run.transport})`).join(', ');
}

export function specLink(group: CheckGroup): string {
  const anchor = group.spec.url.replace(/^.*\/specification\/[^/]+\//, '');
  return mdLink(`spec: ${anchor || group.spec.version}`, group.spec.url);
}

export function policyNote(group: CheckGroup): string | undefined {
  if (group.policy?.staleExpectedFailure) return 'listed in expected-failures but passes now: remove it from that list';
  if (group.policy?.expectedFailure) return 'expected failure (listed in expected-failures)';
  if (group.policy?.skippedByConfig) return `skipped by configuration: ${mdText(group.policy.skippedByConfig, 200)}`;
  return undefined;
}

function evidenceBlock(evidence: Evidence): string {
  const parts = ['<details><summary>Evidence</summary>', ''];
  if (evidence.note) parts.push(mdText(evidence.note, 500), '');
  if (evidence.sent !== undefined) parts.push('Sent:', '', evidenceCode(evidence.sent), '');
  if (evidence.received !== undefined) {
    parts.push('Received:', '', evidenceCode(evidence.received), '');
  }
  parts.push('</details>');
  return parts.join('\n');
}

function evidenceCode(value: unknown): string {
  const text = formatJson(value);
  const isJson = typeof value !== 'string' || text !== value;
  return mdCodeBlock(text, isJson ? 'json' : 'text', 1_500);
}

/** `where` replaces the versions it ran under, e.g. with the legs of a matrix that saw it. */
export function checkFailure(group: CheckGroup, withEvidence: boolean, where = runsLabel(group.runs)): string {
  const facts = [group.level, where, ...group.requirements.map((id) => mdText(id, 20)), specLink(group)];
  const note = policyNote(group);
  const lines = [
    `**❌ ${mdCode(group.id)}** — ${mdText(group.title, 200)}\\`,
    `${facts.join(' · ')}\\`,
    ...(group.rule ? [`Rule: “${mdText(group.rule, 400)}”\\`] : []),
    mdText(group.message, 500) + (note ? ` (${note})` : ''),
  ];
  const block = lines.join('\n');
  return withEvidence && group.evidence ? `${block}\n\n${evidenceBlock(group.evidence)}` : block;
}

export function flowStepLabel(failure: FlowStepFailure): string {
  const where = failure.step?.line !== undefined ? `${failure.flow.file}:${failure.step.line}` : failure.flow.file;
  const step = failure.step ? ` › step ${mdCode(failure.step.id)}` : '';
  return `flow ${mdCode(failure.flow.name)}${step} (${mdText(where, 200)})`;
}

/** `where`, when given, follows the label, e.g. the legs of a matrix that saw it. */
export function flowFailure(failure: FlowStepFailure, withEvidence: boolean, where?: string): string {
  const { step } = failure;
  const reason = step ? step.message : `could not be loaded: ${failure.flow.error ?? 'unknown error'}`;
  const repeats = step?.repeats ? ` (passed ${step.repeats.passed} of ${step.repeats.total} runs)` : '';
  const label = `**❌ ${flowStepLabel(failure)}**${where ? ` · ${where}` : ''}`;
  const block = `${label}\\\n${mdText(reason, 500)}${repeats}`;
  if (!withEvidence || !step || (step.expected === undefined && step.actual === undefined)) return block;
  const parts = ['<details><summary>Expected and actual</summary>', ''];
  if (step.expected !== undefined) parts.push('Expected:', '', evidenceCode(step.expected), '');
  if (step.actual !== undefined) parts.push('Actual:', '', evidenceCode(step.actual), '');
  parts.push('</details>');
  return `${block}\n\n${parts.join('\n')}`;
}

function benchLabel(bench: BenchResult): string {
  return `${mdCode(bench.name)} at concurrency ${bench.concurrency}`;
}

export function benchFailure(problem: BenchProblem): string {
  const { bench } = problem;
  if (problem.kind === 'budget' && problem.budget) {
    const { budget } = problem;
    return `**❌ Budget ${mdText(budget.name, 40)}** on ${benchLabel(bench)} — measured ${budget.actual.toFixed(2)}, limit ${budget.limit}`;
  }
  const comparison = bench.comparison;
  if (!comparison) return `**❌ Regression** on ${benchLabel(bench)}`;
  const pValue = comparison.pValue !== undefined ? `, p = ${comparison.pValue.toPrecision(2)}` : '';
  return (
    `**❌ Regression** on ${benchLabel(bench)} — p95 ${formatLatency(comparison.baselineP95)} → ` +
    `${formatLatency(bench.stats.p95)} (${formatChange(comparison.p95ChangePct, comparison.verdict)}), p50 ${formatLatency(comparison.baselineP50)} → ` +
    `${formatLatency(bench.stats.p50)} (${formatChange(comparison.p50ChangePct, comparison.verdict)})${pValue}`
  );
}

function failureSection(model: ReportModel, shown: FailureItem[], withEvidence: boolean): string | undefined {
  if (model.failures.length === 0) return undefined;
  const items = shown.map((item) => {
    if (item.kind === 'bench') return benchFailure(item.problem);
    if (item.kind === 'check') return checkFailure(item.group, withEvidence);
    return flowFailure(item.failure, withEvidence);
  });
  const hidden = model.failures.length - shown.length;
  if (hidden > 0) items.push(`_…and ${formatCount(hidden)} more failures, listed in ${model.options.elsewhere}._`);
  return [`#### ❌ Failures (${formatCount(model.failures.length)})`, ...items].join('\n\n');
}

function warningSection(model: ReportModel, shown: WarningItem[]): string | undefined {
  if (model.warnings.length === 0) return undefined;
  const rows = shown.map((item) => {
    if (item.kind === 'flow') {
      const step = item.failure.step;
      return [flowStepLabel(item.failure), '—', '—', mdText(step?.message ?? '', 300), '—'];
    }
    const { group } = item;
    const note = policyNote(group);
    return [
      mdCode(group.id),
      group.level,
      runsLabel(group.runs),
      mdText(group.message, 300) + (note ? ` (${note})` : ''),
      specLink(group),
    ];
  });
  const hidden = model.warnings.length - shown.length;
  const parts = [
    `<details><summary>⚠️ Warnings (${formatCount(model.warnings.length)})</summary>`,
    rows.length > 0 ? table(['Check', 'Level', 'Versions', 'Reason', 'Spec'], ['l', 'l', 'l', 'l', 'l'], rows) : '',
    hidden > 0 ? `_…and ${formatCount(hidden)} more warnings, listed in ${model.options.elsewhere}._` : '',
    '</details>',
  ];
  return parts.filter((part) => part !== '').join('\n\n');
}

function flowTable(flows: FlowResult[], strict: boolean): string | undefined {
  if (flows.length === 0) return undefined;
  const rows = flows.map((flow) => {
    const passed = flow.steps.filter((step) => step.status === 'pass').length;
    const firstFailure = flowFailures([flow], strict)[0];
    let failureText = '—';
    if (firstFailure?.step) {
      const line = firstFailure.step.line !== undefined ? ` (line ${firstFailure.step.line})` : '';
      failureText = `${mdCode(firstFailure.step.id)}${line}: ${mdText(firstFailure.step.message, 200)}`;
    } else if (firstFailure) {
      failureText = `could not be loaded: ${mdText(flow.error ?? '', 200)}`;
    }
    const status = strict && flow.status === 'warn' ? 'fail' : flow.status;
    return [
      SYMBOL[status],
      `${mdText(flow.name, 80)} (${mdCode(flow.file)})`,
      `${formatCount(passed)} / ${formatCount(flow.steps.length)}`,
      formatDuration(flow.durationMs),
      failureText,
    ];
  });
  return [
    '#### Flows',
    table(['', 'Flow', 'Steps passed', 'Duration', 'First failure'], ['c', 'l', 'r', 'r', 'l'], rows),
  ].join('\n\n');
}

function benchTable(bench: BenchResult[]): string | undefined {
  if (bench.length === 0) return undefined;
  const withBaseline = bench.some((result) => result.comparison);
  const withBudgets = bench.some((result) => (result.budgets ?? []).length > 0);
  const header = ['Operation', 'Concurrency', 'p50', 'p95', 'p99', 'ops/s'];
  if (withBaseline) header.push('p50 vs baseline', 'p95 vs baseline');
  if (withBudgets) header.push('Budgets');
  const rows = bench.map((result) => {
    const name = `${mdCode(result.name)}${result.stats.errors > 0 ? ` (${formatCount(result.stats.errors)} errors)` : ''}`;
    const note = result.note ? ` — ${mdText(result.note, 120)}` : '';
    const row = [
      name + note,
      String(result.concurrency),
      formatLatency(result.stats.p50),
      formatLatency(result.stats.p95),
      formatLatency(result.stats.p99),
      formatThroughput(result.stats.throughput),
    ];
    if (withBaseline) {
      const comparison = result.comparison;
      const flag = comparison?.regression ? ' ❌' : '';
      row.push(
        comparison ? formatChange(comparison.p50ChangePct, comparison.verdict) : '—',
        comparison ? `${formatChange(comparison.p95ChangePct, comparison.verdict)}${flag}` : '—',
      );
    }
    if (withBudgets) {
      const budgets = result.budgets ?? [];
      row.push(
        budgets.length > 0
          ? budgets.map((budget) => `${SYMBOL[budget.status]} ${mdText(budget.name, 40)} ${budget.limit}`).join(', ')
          : '—',
      );
    }
    return row;
  });
  return [
    '#### Benchmarks',
    table(
      header,
      header.map((_, index) => (index === 0 ? 'l' : 'r')),
      rows,
    ),
    withBaseline ? '<sub>↑ slower than the baseline · ↓ faster · → no significant change · ❌ a regression</sub>' : '',
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

function passingSection(passing: CheckGroup[]): string | undefined {
  if (passing.length === 0) return undefined;
  const passed = passing.filter((group) => group.status === 'pass').length;
  const skipped = passing.length - passed;
  const rows = passing.map((group) => {
    const note = policyNote(group);
    return [SYMBOL[group.status], mdCode(group.id), runsLabel(group.runs), note ?? mdText(group.message, 200)];
  });
  return [
    `<details><summary>✅ Passed (${formatCount(passed)}) · ⏭️ Not applicable (${formatCount(skipped)})</summary>`,
    table(['', 'Check', 'Versions', 'Note'], ['c', 'l', 'l', 'l'], rows),
    '</details>',
  ].join('\n\n');
}

export function footer(result: Pick<RunResult, 'tool'>, links: ReportLinks | undefined): string {
  const parts = [`${mdText(result.tool.name, 40)} ${mdText(result.tool.version, 40)}`];
  if (links?.summaryUrl) parts.push(mdLink('job summary', links.summaryUrl));
  if (links?.artifactUrl) parts.push(mdLink('report artifact', links.artifactUrl));
  return `<sub>${parts.join(' · ')}</sub>`;
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
