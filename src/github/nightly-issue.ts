/**
 * The nightly tracking issue. A scheduled run that is worse than the last good run (a new failure, a confirmed
 * latency regression, a breaking interface change, a server that did not boot) opens one issue, or comments on the
 * open one; the first clean run closes it with a comment. One issue per workflow and leg, found by a hidden marker
 * under a label, never by its title; a closed issue is never reopened: a new regression opens a new issue that links
 * the old one. A flaky failure opens nothing; it is listed in the open issue when there is one.
 *
 * Deciding and rendering are pure (nightlyFindings, renderNightlyIssue); syncNightlyIssue does the API calls.
 */
import type { Comparison, FlakyItem, ItemChange, ItemRef, LatencyChange } from '../history/compare.js';
import type { InterfaceChange } from '../history/interface-diff.js';
import type { RunResult } from '../model.js';
import { formatChange, formatLatency } from '../report/format.js';
import { mdCode, mdCodeBlock, mdLink, mdText } from '../report/escape.js';
import type { Octokit } from './octokit.js';

/** Always on the issue, so the marker search looks at mcp-ci's issues only. */
export const NIGHTLY_LABEL = 'mcp-ci-nightly';

/** Items listed per section; GitHub caps an issue body at 65,536 characters and the run's report has the rest. */
const SECTION_ITEMS = 50;

export interface NightlyFindings {
  newFailures: ItemChange[];
  latency: LatencyChange[];
  breaking: InterfaceChange[];
  /** The boot error, when the server did not start. */
  bootFailure?: string;
  /** Failing now, but flaky: listed, never a reason to open an issue. */
  flaky: FlakyItem[];
  /** No regression and the gate passed: closes the open issue. */
  clean: boolean;
}

export interface NightlyContext {
  owner: string;
  repo: string;
  workflow: string;
  leg: string;
  branch: string;
  runUrl: string;
  /** The last good run this run was compared with. */
  baseRunUrl?: string;
  baseCommit?: string;
  commit?: string;
  serverUrl: string;
}

export interface NightlyOptions {
  labels: string[];
  assignees: string[];
}

export type NightlyAction =
  | { action: 'opened'; number: number; url: string; previous?: number }
  | { action: 'commented' | 'closed'; number: number; url: string }
  | { action: 'none'; reason: string };

export function nightlyFindings(result: RunResult, comparison: Comparison | undefined): NightlyFindings {
  const bootFailure = result.boot.ok ? undefined : (result.boot.error ?? 'the server did not start');
  const findings: NightlyFindings = {
    newFailures: comparison?.newFailures ?? [],
    latency: (comparison?.latency ?? []).filter((change) => change.regression),
    breaking: (comparison?.interfaceChanges ?? []).filter((change) => change.breaking),
    ...(bootFailure !== undefined && { bootFailure }),
    flaky: (comparison?.flaky ?? []).filter((item) => item.failingNow),
    clean: false,
  };
  findings.clean = !isRegression(findings) && result.outcome === 'passed';
  return findings;
}

export function isRegression(findings: NightlyFindings): boolean {
  return (
    findings.newFailures.length > 0 ||
    findings.latency.length > 0 ||
    findings.breaking.length > 0 ||
    findings.bootFailure !== undefined
  );
}

export function nightlyMarker(context: Pick<NightlyContext, 'workflow' | 'leg'>): string {
  return `<!-- mcp-ci-nightly: ${context.workflow} ${context.leg} -->`;
}

export function nightlyTitle(context: Pick<NightlyContext, 'workflow' | 'leg' | 'branch'>): string {
  return `mcp-ci nightly regression: ${context.workflow} (${context.leg}) on ${context.branch}`;
}

/** The issue body, or a comment's when `kind` says so. Every server-sent string is escaped. */
export function renderNightlyIssue(
  findings: NightlyFindings,
  context: NightlyContext,
  kind: 'issue' | 'comment',
  previousIssue?: number,
): string {
  const lines: string[] = kind === 'issue' ? [nightlyMarker(context), ''] : [];
  const thisRun = mdLink('this nightly run', context.runUrl);
  const base = context.baseRunUrl ? mdLink('the last good run', context.baseRunUrl) : 'the last good run';
  lines.push(
    kind === 'issue'
      ? `### ❌ ${mdLink('This nightly run', context.runUrl)} is worse than ${base}`
      : isRegression(findings)
        ? `### ❌ Still worse than ${base} in ${thisRun}`
        : `### ⚠️ ${thisRun}: no regression, but flaky failures`,
  );
  lines.push('');
  if (context.baseCommit && context.commit) {
    const range = `${context.baseCommit.slice(0, 7)}...${context.commit.slice(0, 7)}`;
    const url = `${context.serverUrl}/${context.owner}/${context.repo}/compare/${context.baseCommit}...${context.commit}`;
    lines.push(`Commits since the last good run: ${mdLink(range, url)}`, '');
  } else if (context.commit) {
    lines.push(`Commit: \`${context.commit.slice(0, 7)}\` (no earlier good run to compare with)`, '');
  }
  if (previousIssue !== undefined) lines.push(`The previous regression was tracked in #${previousIssue}.`, '');

  if (findings.bootFailure !== undefined) {
    lines.push('#### The server did not boot', '', mdCodeBlock(findings.bootFailure, '', 1_500), '');
  }
  section(lines, 'New failures', findings.newFailures, describeItem);
  section(lines, 'Latency regressions', findings.latency, describeLatency);
  section(lines, 'Breaking interface changes', findings.breaking, describeInterfaceChange);
  section(lines, 'Flaky (not counted as a regression)', findings.flaky, describeFlaky);
  lines.push(`<sub>Opened and closed by mcp-ci; the first clean nightly run closes this issue.</sub>`);
  return lines.join('\n');
}

export function renderCleanComment(context: NightlyContext): string {
  return `### ✅ ${mdLink('This nightly run', context.runUrl)} is clean: no new failures, latency regressions, breaking interface changes or boot failure. Closing.`;
}

/** Opens, comments on or closes the leg's tracking issue as the findings say. */
export async function syncNightlyIssue(
  octokit: Octokit,
  context: NightlyContext,
  findings: NightlyFindings,
  options: NightlyOptions,
): Promise<NightlyAction> {
  const marker = nightlyMarker(context);
  const open = await findIssue(octokit, context, marker, 'open');
  const repo = { owner: context.owner, repo: context.repo };

  if (isRegression(findings)) {
    if (open) {
      const { data } = await octokit.rest.issues.createComment({
        ...repo,
        issue_number: open.number,
        body: renderNightlyIssue(findings, context, 'comment'),
      });
      return { action: 'commented', number: open.number, url: data.html_url };
    }
    const previous = await findIssue(octokit, context, marker, 'closed');
    const { data } = await octokit.rest.issues.create({
      ...repo,
      title: nightlyTitle(context),
      body: renderNightlyIssue(findings, context, 'issue', previous?.number),
      labels: [...new Set([NIGHTLY_LABEL, ...options.labels])],
      ...(options.assignees.length > 0 && { assignees: options.assignees }),
    });
    return {
      action: 'opened',
      number: data.number,
      url: data.html_url,
      ...(previous && { previous: previous.number }),
    };
  }
  if (!open) return { action: 'none', reason: findings.clean ? 'clean, and no open issue' : 'no regression' };
  if (findings.clean) {
    await octokit.rest.issues.createComment({ ...repo, issue_number: open.number, body: renderCleanComment(context) });
    const { data } = await octokit.rest.issues.update({
      ...repo,
      issue_number: open.number,
      state: 'closed',
      state_reason: 'completed',
    });
    return { action: 'closed', number: open.number, url: data.html_url };
  }
  if (findings.flaky.length > 0) {
    const { data } = await octokit.rest.issues.createComment({
      ...repo,
      issue_number: open.number,
      body: renderNightlyIssue(findings, context, 'comment'),
    });
    return { action: 'commented', number: open.number, url: data.html_url };
  }
  return { action: 'none', reason: 'no regression, but the run is not clean' };
}

/** The newest issue of this workflow and leg in that state: labelled, with the marker, and not a pull request. */
async function findIssue(
  octokit: Octokit,
  context: NightlyContext,
  marker: string,
  state: 'open' | 'closed',
): Promise<{ number: number } | undefined> {
  const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
    owner: context.owner,
    repo: context.repo,
    labels: NIGHTLY_LABEL,
    state,
    sort: 'created',
    direction: 'desc',
    per_page: 100,
  });
  for await (const page of pages) {
    const found = page.data.find((issue) => !issue.pull_request && issue.body?.startsWith(marker));
    if (found) return { number: found.number };
  }
  return undefined;
}

function section<T>(lines: string[], title: string, items: readonly T[], describe: (item: T) => string): void {
  if (items.length === 0) return;
  const shown = items.slice(0, SECTION_ITEMS).map((item) => `- ${describe(item)}`);
  if (items.length > SECTION_ITEMS) shown.push(`- … and ${items.length - SECTION_ITEMS} more (see the run's report)`);
  lines.push(`#### ${title} (${items.length})`, '', ...shown, '');
}

function describeItem(change: ItemChange): string {
  return `${describeWhere(change)}: ${change.previousStatus} → ${change.status}`;
}

function describeWhere(item: ItemRef): string {
  if (item.kind === 'check') return `check ${mdCode(item.id)} (${mdText(item.protocolVersion ?? '')})`;
  if (item.kind === 'flow-step') return `flow ${mdCode(item.flow ?? '')} step ${mdCode(item.id)}`;
  return `budget ${mdCode(item.id)} of ${mdCode(item.operation ?? '')}`;
}

function describeLatency(change: LatencyChange): string {
  return (
    `${mdCode(change.name)} at concurrency ${change.concurrency}: p50 ${formatLatency(change.baselineP50)} → ` +
    `${formatLatency(change.p50)} (${formatChange(change.p50ChangePct, change.verdict)}), p95 ` +
    `${formatLatency(change.baselineP95)} → ${formatLatency(change.p95)}; baseline of ${change.baselineRuns} runs`
  );
}

function describeInterfaceChange(change: InterfaceChange): string {
  const details = change.details.length > 0 ? `: ${change.details.map((detail) => mdText(detail)).join('; ')}` : '';
  return `${change.kind} ${mdCode(change.name)} ${change.change}${details}`;
}

const ICONS: Record<string, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️', absent: '·' };

function describeFlaky(item: FlakyItem): string {
  const strip = item.history.map((point) => ICONS[point.status] ?? '?').join('');
  const reason = item.reason === 'same-commit' ? 'differs between runs of one commit' : 'failed again after a fix';
  return `${describeWhere(item)}: ${strip} (${reason})`;
}
