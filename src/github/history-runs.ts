/**
 * Where a run's earlier history lives in GitHub Actions: which workflow, branch and leg it belongs to (read from the
 * runner's environment and the event), what its history artifact is called, and which earlier runs may carry the
 * history it continues. Names are exact patterns, so one leg never picks up another leg's or a pull request's file.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Octokit } from './octokit.js';

export interface HistoryScope {
  owner: string;
  repo: string;
  /** The workflow file name (`ci.yml`): history is kept per workflow. */
  workflow: string;
  runId: number;
  runAttempt: number;
  event: string;
  /** The leg (comment-id) whose history this is. */
  leg: string;
  /** The branch earlier history is read from: the base branch of a pull request, else this run's branch. */
  branch: string;
  /** Set on pull requests: they keep a history of their own and never write into the base branch's. */
  pullRequest?: { number: number; headBranch: string };
}

export interface CandidateRun {
  id: number;
  attempt: number;
  url: string;
  headSha?: string;
}

interface EventPayload {
  pull_request?: { number?: number; head?: { ref?: string }; base?: { ref?: string } };
}

const PREFIX = 'mcp-ci-history';

/** Undefined outside GitHub Actions or when the runner left out what history needs. */
export async function readHistoryScope(
  leg: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<HistoryScope | undefined> {
  const { GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId, GITHUB_WORKFLOW_REF: workflowRef } = env;
  if (!repository || !runId || !workflowRef) return undefined;
  const [owner = '', repo = ''] = repository.split('/');
  const payload = env.GITHUB_EVENT_PATH
    ? (JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as EventPayload)
    : {};
  const pull = payload.pull_request;
  const pullRequest =
    typeof pull?.number === 'number'
      ? { number: pull.number, headBranch: pull.head?.ref ?? env.GITHUB_HEAD_REF ?? '' }
      : undefined;
  const branch = pullRequest ? (pull?.base?.ref ?? env.GITHUB_BASE_REF ?? '') : (env.GITHUB_REF_NAME ?? '');
  if (!branch) return undefined;
  return {
    owner,
    repo,
    // `acme/files/.github/workflows/ci.yml@refs/heads/main` -> `ci.yml`
    workflow: basename(workflowRef.split('@')[0] ?? ''),
    runId: Number(runId),
    runAttempt: Number(env.GITHUB_RUN_ATTEMPT ?? '1'),
    event: env.GITHUB_EVENT_NAME ?? 'push',
    leg: artifactSafe(leg),
    branch,
    ...(pullRequest && { pullRequest }),
  };
}

/** This run's history artifact: unique to the run, its attempt and the leg; a pull request's carries its number. */
export function historyArtifactName(scope: HistoryScope): string {
  const owner = scope.pullRequest ? `-pr-${scope.pullRequest.number}` : '';
  return `${PREFIX}-${scope.leg}${owner}-${scope.runId}-${scope.runAttempt}`;
}

/** Matches the history artifacts of one leg: the branch's, or one pull request's. Captures run id and attempt. */
export function historyArtifactPattern(leg: string, pullRequest?: number): RegExp {
  const owner = pullRequest === undefined ? '' : `-pr-${pullRequest}`;
  return new RegExp(`^${PREFIX}-${escapeRegExp(leg)}${owner}-(\\d+)-(\\d+)$`);
}

/**
 * Successful runs of the workflow on the branch, newest first, other than this one; pull request runs are left out,
 * since a pull request's head branch can share the base branch's name (a fork's `main`).
 */
export async function branchRuns(octokit: Octokit, scope: HistoryScope, limit: number): Promise<CandidateRun[]> {
  const { data } = await octokit.rest.actions.listWorkflowRuns({
    owner: scope.owner,
    repo: scope.repo,
    workflow_id: scope.workflow,
    branch: scope.branch,
    status: 'success',
    per_page: Math.min(100, limit * 3),
  });
  return data.workflow_runs
    .filter((run) => run.id !== scope.runId && !run.event.startsWith('pull_request'))
    .slice(0, limit)
    .map(toCandidate);
}

/**
 * Earlier runs of the same pull request, newest first: this run when it is a re-run (its earlier attempts), then the
 * completed runs of the head branch. A failed run counts: re-runs of a failing pull request are what is compared.
 */
export async function pullRequestRuns(octokit: Octokit, scope: HistoryScope, limit: number): Promise<CandidateRun[]> {
  if (!scope.pullRequest) return [];
  const { data } = await octokit.rest.actions.listWorkflowRuns({
    owner: scope.owner,
    repo: scope.repo,
    workflow_id: scope.workflow,
    branch: scope.pullRequest.headBranch,
    event: 'pull_request',
    status: 'completed',
    per_page: Math.min(100, limit * 3),
  });
  const earlier = data.workflow_runs
    .filter((run) => run.id !== scope.runId && (run.conclusion === 'success' || run.conclusion === 'failure'))
    .map(toCandidate);
  const rerun: CandidateRun[] =
    scope.runAttempt > 1 ? [{ id: scope.runId, attempt: scope.runAttempt, url: runUrl(scope, scope.runId) }] : [];
  return [...rerun, ...earlier].slice(0, limit);
}

export function runUrl(
  scope: Pick<HistoryScope, 'owner' | 'repo'>,
  runId: number,
  env: NodeJS.ProcessEnv = process.env,
): string {
  return `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${scope.owner}/${scope.repo}/actions/runs/${runId}`;
}

function toCandidate(run: { id: number; run_attempt?: number; html_url: string; head_sha: string }): CandidateRun {
  return { id: run.id, attempt: run.run_attempt ?? 1, url: run.html_url, headSha: run.head_sha };
}

/** Artifact names may not contain `" : < > | * ? \ /` or line breaks; a leg keeps letters, digits, `.`, `_`, `-`. */
function artifactSafe(leg: string): string {
  return leg.replace(/[^A-Za-z0-9._-]+/g, '-') || 'default';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
