/**
 * The merged report of a job matrix as markdown (the one PR comment and the job summary): a verdict per leg,
 * the coverage matrix with legs as columns, then findings seen on several legs as one item naming them. Built from
 * the single-run report's pieces (src/report/document.ts), so both read alike and escape untrusted text alike,
 * and cut to a size limit by the same budget (src/report/budget.ts).
 */
import type { RunResult } from '../model.js';
import { fitToBudget, measureBytes, measureChars } from '../report/budget.js';
import type { DetailPlan } from '../report/budget.js';
import {
  SYMBOL,
  benchFailure,
  bootFailure,
  cell,
  checkFailure,
  flowFailure,
  flowStepLabel,
  footer,
  internalError,
  policyNote,
  runsLabel,
  specLink,
  table,
} from '../report/document.js';
import type { ReportLinks } from '../report/document.js';
import { mdCode, mdLink, mdText } from '../report/escape.js';
import { formatCount, formatDuration, formatLatency, formatThroughput } from '../report/format.js';
import { COMMENT_LIMIT, commentMarker } from '../report/markdown.js';
import { SUMMARY_LIMIT_BYTES } from '../report/summary.js';
import { coverageMatrix } from '../report/tally.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { LegSummary, LegVerdict, MergedRun, Sighting } from './merge.js';

const LEG_VERDICT: Record<LegVerdict, string> = {
  passed: '✅ passed',
  'passed-with-warnings': '⚠️ passed with warnings',
  failed: '❌ failed',
  'boot-error': '💥 could not boot the server',
  'config-error': '⚙️ configuration error',
  'internal-error': '💥 internal error',
  'no-results': '❓ no results',
};

interface MergedDocumentOptions {
  marker?: string;
  links?: ReportLinks;
  /** Which limit forced a shortened report. */
  limitLabel: string;
  /** Where the reader finds what was left out, as markdown. */
  elsewhere: string;
}

export interface MergedMarkdownOptions {
  commentId: string;
  maxChars?: number;
  links?: ReportLinks;
}

/** The sticky comment body (and report.md): first line the marker, under GitHub's comment limit. */
export function renderMergedMarkdown(merged: MergedRun, options: MergedMarkdownOptions): string {
  const limit = options.maxChars ?? COMMENT_LIMIT;
  const summary = options.links?.summaryUrl ? mdLink('the job summary', options.links.summaryUrl) : 'the job summary';
  const elsewhere = `${summary} and each leg's report artifact`;
  return fitMerged(
    merged,
    {
      marker: commentMarker(options.commentId),
      links: options.links,
      limitLabel: `GitHub's ${limit.toLocaleString('en-US')}-character comment limit`,
      elsewhere,
    },
    { limit, measure: measureChars },
  );
}

export function renderMergedSummary(
  merged: MergedRun,
  options: { maxBytes?: number; links?: Pick<ReportLinks, 'artifactUrl'> },
): string {
  const limit = options.maxBytes ?? SUMMARY_LIMIT_BYTES;
  return fitMerged(
    merged,
    {
      links: options.links,
      limitLabel: `the job summary's ${limit === SUMMARY_LIMIT_BYTES ? '1 MiB' : `${limit.toLocaleString('en-US')}-byte`} limit`,
      elsewhere: "each leg's report artifact",
    },
    { limit, measure: measureBytes },
  );
}

function fitMerged(
  merged: MergedRun,
  options: MergedDocumentOptions,
  budget: { limit: number; measure: (text: string) => number },
): string {
  return fitToBudget(
    (plan) => renderMergedDocument(merged, options, plan),
    merged.failures.length + merged.warnings.length,
    budget,
    `> [!NOTE]\n> The rest of this report did not fit; it is in ${options.elsewhere}.`,
  );
}

function renderMergedDocument(merged: MergedRun, options: MergedDocumentOptions, plan: DetailPlan): string {
  const legsWithResults = merged.legs.filter((leg) => leg.result !== undefined).length;
  const where = (seenOn: Sighting[]): string => sightings(seenOn, legsWithResults);
  const shownFailures = merged.failures.slice(0, plan.itemLimit);
  const shownWarnings = merged.warnings.slice(0, Math.max(0, plan.itemLimit - merged.failures.length));
  const blocks = [
    options.marker,
    headline(merged),
    shortenedNote(merged, options, plan, shownFailures.length + shownWarnings.length),
    legTable(merged.legs),
    legProblems(merged.legs),
    matrix(merged),
    failureSection(merged, options, shownFailures, plan.evidence, where),
    warningSection(merged, options, shownWarnings, where),
    benchTable(merged.legs),
    plan.passingDetail ? passingSection(merged, where) : undefined,
    footer({ tool: { name: TOOL_NAME, version: TOOL_VERSION } }, options.links),
  ];
  return `${blocks.filter((block): block is string => block !== undefined && block !== '').join('\n\n')}\n`;
}

function headline(merged: MergedRun): string {
  const total = merged.legs.length;
  const notPassed = merged.legs.filter((leg) => leg.verdict !== 'passed' && leg.verdict !== 'passed-with-warnings');
  const warned = merged.legs.some((leg) => leg.verdict === 'passed-with-warnings');
  const legs = `${formatCount(total)} ${total === 1 ? 'leg' : 'legs'}`;
  const verdict =
    notPassed.length > 0
      ? `❌ mcp-ci failed on ${formatCount(notPassed.length)} of ${legs}`
      : `${warned ? '⚠️ mcp-ci passed with warnings' : '✅ mcp-ci passed'} on ${total === 1 ? '' : 'all '}${legs}`;
  const { pass, fail, warn, skip } = merged.summary;
  const counts = [
    `✅ ${formatCount(pass)} passed`,
    `❌ ${formatCount(fail)} failed`,
    `⚠️ ${formatCount(warn)} ${warn === 1 ? 'warning' : 'warnings'}${merged.strict && warn > 0 ? ' (failing: strict)' : ''}`,
    `⏭️ ${formatCount(skip)} not applicable`,
  ];
  return `### ${verdict} · ${counts.join(' · ')}`;
}

function shortenedNote(
  merged: MergedRun,
  options: MergedDocumentOptions,
  plan: DetailPlan,
  itemsShown: number,
): string | undefined {
  const left: string[] = [];
  if (!plan.passingDetail && merged.passing.length > 0) left.push('passing detail');
  if (!plan.evidence) left.push('evidence');
  const total = merged.failures.length + merged.warnings.length;
  if (itemsShown < total)
    left.push(`${formatCount(total - itemsShown)} of ${formatCount(total)} failure and warning items`);
  if (left.length === 0) return undefined;
  return [
    '> [!NOTE]',
    `> Shortened to fit ${options.limitLabel}: left out ${left.join(', ')}.`,
    `> The full report is in ${options.elsewhere}.`,
  ].join('\n');
}

const legName = (name: string): string => `**${mdText(name, 60)}**`;

function legTable(legs: readonly LegSummary[]): string {
  const rows = legs.map((leg) => {
    const result = leg.result;
    if (!result) return [LEG_VERDICT[leg.verdict], legName(leg.name), '—', '—', '—', '—', '—', '—', '—', '—'];
    const versions = [...new Set(coverageMatrix(result.checks, false).columns.map((c) => c.protocolVersion))];
    const transports = [...new Set(result.checks.map((check) => check.transport))];
    const { pass, fail, warn, skip } = result.summary;
    return [
      LEG_VERDICT[leg.verdict],
      legName(leg.name),
      serverLabel(result),
      (transports.length > 0 ? transports : [result.target.transport]).join(', '),
      versions.length > 0 ? versions.map((v) => mdText(v, 20)).join(', ') : '—',
      formatCount(pass),
      formatCount(fail),
      formatCount(warn),
      formatCount(skip),
      formatDuration(result.durationMs),
    ];
  });
  return [
    '#### Legs',
    table(
      ['Verdict', 'Leg', 'Server', 'Transport', 'Protocol', 'Passed', 'Failed', 'Warnings', 'N/A', 'Duration'],
      ['l', 'l', 'l', 'l', 'l', 'r', 'r', 'r', 'r', 'r'],
      rows,
    ),
  ].join('\n\n');
}

function serverLabel(result: RunResult): string {
  if (!result.server.name) return mdText(result.target.command ?? result.target.url ?? 'server', 80);
  return `${mdText(result.server.name, 60)}${result.server.version ? ` ${mdText(result.server.version, 30)}` : ''}`;
}

/** Why a leg has no verdict on the rules: no results, no server, or mcp-ci itself failed. */
function legProblems(legs: readonly LegSummary[]): string | undefined {
  const blocks = legs.flatMap((leg): string[] => {
    const result = leg.result;
    if (!result) {
      return [
        `> [!WARNING]\n> Leg ${legName(leg.name)} has no results: ${mdText(leg.problem ?? 'no results.json', 400)}.\n` +
          `> Its job may have failed before mcp-ci ran, or its report folder was not uploaded or downloaded.`,
      ];
    }
    if (result.outcome === 'config-error') {
      return [`> [!WARNING]\n> Leg ${legName(leg.name)}: configuration error: ${mdText(result.error ?? '', 400)}.`];
    }
    if (result.error !== undefined) return [`${legName(leg.name)}\n\n${internalError(result.error)}`];
    if (!result.boot.ok) return [`${legName(leg.name)}\n\n${bootFailure(result)}`];
    return [];
  });
  return blocks.length > 0 ? blocks.join('\n\n') : undefined;
}

function matrix(merged: MergedRun): string | undefined {
  const { columns, rows, totals } = merged.matrix;
  if (rows.length === 0) return undefined;
  const header = ['Section', ...columns.map((name) => mdText(name, 40))];
  const body = rows.map((row) => [row.section, ...row.cells.map(cell)]);
  body.push(['**Total**', ...totals.map(cell)]);
  const strictNote = merged.strict ? ', and under strict SHOULD / MAY fail too' : '';
  return [
    '#### Spec coverage by leg',
    table(
      header,
      header.map((_, index) => (index === 0 ? 'l' : 'c')),
      body,
    ),
    `<sub>✅ passed · ❌ failed (MUST: the spec requires it${strictNote}) · ⚠️ warning (a SHOULD or MAY, or a lenient reading) · ⏭️ not applicable · · not run on that leg</sub>`,
  ].join('\n\n');
}

/** `all 4 legs`, or `legs a (2025-11-25 · stdio), b (2025-06-18 · http)`. */
function sightings(seenOn: readonly Sighting[], legsWithResults: number): string {
  if (seenOn.length === legsWithResults && legsWithResults > 1) return `all ${formatCount(legsWithResults)} legs`;
  const named = seenOn.map((seen) =>
    seen.runs.length > 0 ? `${mdText(seen.leg, 60)} (${runsLabel(seen.runs)})` : mdText(seen.leg, 60),
  );
  return `${seenOn.length === 1 ? 'leg' : 'legs'} ${named.join(', ')}`;
}

function failureSection(
  merged: MergedRun,
  options: MergedDocumentOptions,
  shown: MergedRun['failures'],
  withEvidence: boolean,
  where: (seenOn: Sighting[]) => string,
): string | undefined {
  if (merged.failures.length === 0) return undefined;
  const items = shown.map((failure) => {
    if (failure.kind === 'bench') return `${benchFailure(failure.problem)} · leg ${mdText(failure.leg, 60)}`;
    if (failure.kind === 'check') return checkFailure(failure.item.group, withEvidence, where(failure.item.seenOn));
    return flowFailure(failure.item.failure, withEvidence, where(failure.item.seenOn));
  });
  const hidden = merged.failures.length - shown.length;
  if (hidden > 0) items.push(`_…and ${formatCount(hidden)} more failures, listed in ${options.elsewhere}._`);
  return [`#### ❌ Failures (${formatCount(merged.failures.length)})`, ...items].join('\n\n');
}

function warningSection(
  merged: MergedRun,
  options: MergedDocumentOptions,
  shown: MergedRun['warnings'],
  where: (seenOn: Sighting[]) => string,
): string | undefined {
  if (merged.warnings.length === 0) return undefined;
  const rows = shown.map((warning) => {
    if (warning.kind === 'flow') {
      const { failure, seenOn } = warning.item;
      return [flowStepLabel(failure), '—', where(seenOn), mdText(failure.step?.message ?? '', 300), '—'];
    }
    const { group, seenOn } = warning.item;
    const note = policyNote(group);
    return [
      mdCode(group.id),
      group.level,
      where(seenOn),
      mdText(group.message, 300) + (note ? ` (${note})` : ''),
      specLink(group),
    ];
  });
  const hidden = merged.warnings.length - shown.length;
  return [
    `<details><summary>⚠️ Warnings (${formatCount(merged.warnings.length)})</summary>`,
    rows.length > 0 ? table(['Check', 'Level', 'Seen on', 'Reason', 'Spec'], ['l', 'l', 'l', 'l', 'l'], rows) : '',
    hidden > 0 ? `_…and ${formatCount(hidden)} more warnings, listed in ${options.elsewhere}._` : '',
    '</details>',
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

function benchTable(legs: readonly LegSummary[]): string | undefined {
  const rows = legs.flatMap((leg) =>
    (leg.result?.bench ?? []).map((bench) => [
      mdText(leg.name, 60),
      `${mdCode(bench.name)}${bench.stats.errors > 0 ? ` (${formatCount(bench.stats.errors)} errors)` : ''}`,
      String(bench.concurrency),
      formatLatency(bench.stats.p50),
      formatLatency(bench.stats.p95),
      formatLatency(bench.stats.p99),
      formatThroughput(bench.stats.throughput),
    ]),
  );
  if (rows.length === 0) return undefined;
  return [
    '#### Benchmarks',
    table(['Leg', 'Operation', 'Concurrency', 'p50', 'p95', 'p99', 'ops/s'], ['l', 'l', 'r', 'r', 'r', 'r', 'r'], rows),
  ].join('\n\n');
}

function passingSection(merged: MergedRun, where: (seenOn: Sighting[]) => string): string | undefined {
  if (merged.passing.length === 0) return undefined;
  const passed = merged.passing.filter(({ group }) => group.status === 'pass').length;
  const rows = merged.passing.map(({ group, seenOn }) => [
    SYMBOL[group.status],
    mdCode(group.id),
    where(seenOn),
    policyNote(group) ?? mdText(group.message, 200),
  ]);
  return [
    `<details><summary>✅ Passed (${formatCount(passed)}) · ⏭️ Not applicable (${formatCount(merged.passing.length - passed)})</summary>`,
    table(['', 'Check', 'Seen on', 'Note'], ['c', 'l', 'l', 'l'], rows),
    '</details>',
  ].join('\n\n');
}
