/**
 * Publishing a run on GitHub from the action: the job summary, then the sticky PR comment. Reporting never fails
 * the run: the gate is decided by the exit policy, so anything that goes wrong here is a warning that says what
 * to change. Pull requests from forks get a read-only token; their comment is saved for a workflow_run publisher.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as core from '@actions/core';
import type { RunResult } from '../model.js';
import type { ReportLinks } from '../report/document.js';
import { COMMENT_LIMIT, commentMarker, renderMarkdown } from '../report/markdown.js';
import { renderSummary } from '../report/summary.js';
import { upsertStickyComment } from './comment.js';
import { findingsDigest, withFindingsDigest } from './findings-digest.js';
import { readPullRequestContext } from './context.js';
import { createOctokit, isPermissionError } from './octokit.js';
import type { ParsedConfigFile } from '../config/file.js';
import { checkRunAnnotations, publishCheckRun } from './check-run.js';
import { readCommitContext } from './commit-context.js';
import type { Comparison } from '../history/compare.js';
import type { NightlyAction, NightlyContext, NightlyOptions } from './nightly-issue.js';
import { nightlyFindings, syncNightlyIssue } from './nightly-issue.js';

export interface PublishOptions {
  token: string;
  comment: 'sticky' | 'off';
  commentId: string;
  outDir: string;
  strict: boolean;
  /** Set with `check-run: true`: the check run's name, and mcp-ci.yml for annotations on its lines. */
  checkRun?: { name: string; configFile?: ParsedConfigFile };
}

/** The file names a workflow_run publisher reads from the uploaded report folder. */
export const PUBLISHER_FILES = { comment: 'comment.md', prNumber: 'pr-number.txt' } as const;

export async function publishToGitHub(result: RunResult, options: PublishOptions): Promise<void> {
  const links = runLinks(process.env);
  await writeJobSummary(() => renderSummary(result, { strict: options.strict, links }));
  if (options.checkRun) await publishCheckRunOrWarn(result, options, options.checkRun, links);
  if (options.comment === 'off') return;
  try {
    await publishComment(result, options, links);
  } catch (error) {
    core.warning(`mcp-ci could not post the PR comment: ${messageOf(error)}`);
  }
}

async function publishComment(
  result: RunResult,
  options: PublishOptions,
  links: ReportLinks | undefined,
): Promise<void> {
  const digest = findingsDigest(result);
  const body = withFindingsDigest(
    renderMarkdown(result, {
      strict: options.strict,
      commentId: options.commentId,
      links,
      // Room for the fingerprint line within GitHub's limit.
      maxChars: COMMENT_LIMIT - withFindingsDigest('', digest).length,
    }),
    digest,
  );
  await postOrSaveComment(body, options);
}

/**
 * Posts the sticky comment on the run's pull request, or saves it for a workflow_run publisher when this run's
 * token cannot comment (a pull request from a fork, or a missing permission).
 */
export async function postOrSaveComment(
  body: string,
  options: Pick<PublishOptions, 'token' | 'commentId' | 'outDir'>,
): Promise<void> {
  const pullRequest = await readPullRequestContext(process.env);
  if (!pullRequest) {
    core.info('Not a pull request run: no PR comment (the report is in the job summary).');
    return;
  }
  if (!pullRequest.canComment) {
    const saved = await saveForPublisher(options.outDir, pullRequest.number, body);
    core.info(
      `Pull request #${pullRequest.number} comes from a fork, so this run's token cannot comment: saved ${saved} ` +
        'for a workflow_run publisher (see examples/workflows/ in mcp-ci).',
    );
    return;
  }

  try {
    const outcome = await upsertStickyComment(
      createOctokit(options.token),
      pullRequest,
      commentMarker(options.commentId),
      body,
    );
    core.info(`PR comment ${outcome.action}: ${outcome.url}`);
  } catch (error) {
    if (!isPermissionError(error)) throw error;
    const saved = await saveForPublisher(options.outDir, pullRequest.number, body);
    core.warning(
      `mcp-ci could not comment on pull request #${pullRequest.number}: the token lacks the ` +
        '`pull-requests: write` permission (GitHub answered "Resource not accessible by integration"). ' +
        'Add `permissions: { contents: read, pull-requests: write }` to the job. ' +
        `The report is in the job summary, and the comment was saved as ${saved}.`,
    );
  }
}

async function publishCheckRunOrWarn(
  result: RunResult,
  options: PublishOptions,
  checkRun: NonNullable<PublishOptions['checkRun']>,
  links: ReportLinks | undefined,
): Promise<void> {
  try {
    const target = await readCommitContext(process.env);
    if (!target) {
      core.warning('mcp-ci could not create the check run: GITHUB_REPOSITORY or GITHUB_SHA is not set.');
      return;
    }
    const outcome = await publishCheckRun(createOctokit(options.token), target, {
      name: checkRun.name,
      result,
      strict: options.strict,
      commentId: options.commentId,
      ...(links && { links }),
      annotations: checkRunAnnotations(result, checkRun.configFile),
    });
    core.info(`Check run "${checkRun.name}" created: ${outcome.url}`);
  } catch (error) {
    core.warning(
      isPermissionError(error)
        ? `mcp-ci could not create the check run "${checkRun.name}": the token lacks the \`checks: write\` ` +
            'permission. Add `checks: write` under `permissions:` of the job, or set `check-run: false`. ' +
            'The verdict is unchanged.'
        : `mcp-ci could not create the check run "${checkRun.name}": ${messageOf(error)}. The verdict is unchanged.`,
    );
  }
}

/**
 * The nightly tracking issue for this run (see nightly-issue.ts). A missing `issues: write` permission, or any
 * other problem with the API, is a warning; the verdict stays what the gate decided.
 */
export async function publishNightlyIssue(
  result: RunResult,
  comparison: Comparison | undefined,
  context: NightlyContext,
  options: NightlyOptions & { token: string },
): Promise<NightlyAction | undefined> {
  try {
    const outcome = await syncNightlyIssue(
      createOctokit(options.token),
      context,
      nightlyFindings(result, comparison),
      options,
    );
    core.info(
      outcome.action === 'none'
        ? `Nightly issue: nothing to do (${outcome.reason}).`
        : `Nightly issue ${outcome.action}: ${outcome.url}`,
    );
    return outcome;
  } catch (error) {
    core.warning(
      isPermissionError(error)
        ? 'mcp-ci could not open or update the nightly issue: the token lacks the `issues: write` permission. ' +
            'Add `issues: write` under `permissions:` of the job, or set `issue: off`.'
        : `mcp-ci could not open or update the nightly issue: ${messageOf(error)}`,
    );
    return undefined;
  }
}

/** The run page holds the job summary and the artifacts; the API gives no stable link to either alone. */
export function runLinks(env: NodeJS.ProcessEnv): ReportLinks | undefined {
  const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
  if (!repository || !runId) return undefined;
  const runUrl = `${server}/${repository}/actions/runs/${runId}`;
  return { summaryUrl: runUrl, artifactUrl: `${runUrl}#artifacts` };
}

export async function writeJobSummary(render: () => string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info('No GITHUB_STEP_SUMMARY: not running in a GitHub Actions step, so no job summary.');
    return;
  }
  try {
    await core.summary.addRaw(render(), true).write();
  } catch (error) {
    core.summary.emptyBuffer();
    core.warning(`mcp-ci could not write the job summary: ${messageOf(error)}`);
  }
}

async function saveForPublisher(outDir: string, prNumber: number, body: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const commentPath = join(outDir, PUBLISHER_FILES.comment);
  const numberPath = join(outDir, PUBLISHER_FILES.prNumber);
  await Promise.all([writeFile(commentPath, body, 'utf8'), writeFile(numberPath, `${prNumber}\n`, 'utf8')]);
  return `${commentPath} and ${numberPath}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
