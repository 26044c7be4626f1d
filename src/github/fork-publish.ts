/**
 * The action's `mode: publish`, run by a `workflow_run` workflow after the test workflow of a pull request from a
 * fork. That run's token could not comment, so mcp-ci saved the comment (publish.ts) and the workflow uploaded it
 * as an artifact. This downloads it from the triggering run and posts or updates the sticky comment.
 *
 * The artifact was written by the fork's code and is untrusted: the comment must start with an mcp-ci marker and
 * fit GitHub's limit, and the pull request is the open one whose head is the run's head branch in the run's head
 * repository at the run's head commit. The PR number in the artifact only chooses among those; it is never
 * trusted alone (the run's `pull_requests` list, the trusted source, is empty for forks). Nothing here fails the
 * run: a problem is a warning that says what to change.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { DefaultArtifactClient } from '@actions/artifact';
import { ConfigError } from '../config/errors.js';
import { COMMENT_LIMIT } from '../report/markdown.js';
import { upsertStickyComment } from './comment.js';
import { createOctokit, httpStatus, isPermissionError } from './octokit.js';
import type { Octokit } from './octokit.js';
import { PUBLISHER_FILES } from './publish.js';

/** Artifacts named this, or this plus `-` and a suffix (one per comment-id), hold saved comments. */
export const SAVED_COMMENT_ARTIFACT = 'mcp-ci-pr-comment';

/** A saved comment and its PR number zip to a few kilobytes; anything far larger is not what mcp-ci saved. */
const MAX_ARTIFACT_BYTES = 1024 * 1024;
const MARKER = /^<!-- mcp-ci:[A-Za-z0-9._-]+ -->/;

interface WorkflowRun {
  id: number;
  event: string;
  head_branch: string | null;
  head_sha: string;
  head_repository: { full_name: string; owner: { login: string } } | null;
}

interface Repository {
  owner: string;
  repo: string;
}

export async function publishSavedComments(token: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const run = await readWorkflowRun(env);
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const base = { owner, repo };
  if (run.event !== 'pull_request' && run.event !== 'pull_request_target') {
    core.info(`The triggering run was a ${run.event} run, not a pull request's: no comment to publish.`);
    return;
  }
  const artifacts = await savedComments(base, run, token);
  if (artifacts === undefined) return;
  if (artifacts.length === 0) {
    core.info(
      `Run ${run.id} saved no ${SAVED_COMMENT_ARTIFACT} artifact: its pull request is not from a fork, so mcp-ci commented itself.`,
    );
    return;
  }
  const octokit = createOctokit(token, env);
  const candidates = await pullRequestsOfRun(octokit, base, run);
  if (candidates === undefined) return;
  for (const artifact of artifacts) await publishArtifact(octokit, base, run, artifact, candidates, token);
}

async function readWorkflowRun(env: NodeJS.ProcessEnv): Promise<WorkflowRun> {
  if (env.GITHUB_EVENT_NAME !== 'workflow_run' || !env.GITHUB_EVENT_PATH) {
    throw new ConfigError(
      `input mode: publish runs in a workflow triggered by workflow_run (this run was triggered by ${env.GITHUB_EVENT_NAME ?? 'nothing'}); see examples/workflows/ in mcp-ci`,
      'mode',
      'input mode',
    );
  }
  const payload = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as { workflow_run?: WorkflowRun };
  if (!payload.workflow_run) throw new ConfigError('the workflow_run event carries no workflow_run', 'mode');
  return payload.workflow_run;
}

interface SavedArtifact {
  id: number;
  name: string;
  size: number;
}

async function savedComments(base: Repository, run: WorkflowRun, token: string): Promise<SavedArtifact[] | undefined> {
  try {
    const { artifacts } = await new DefaultArtifactClient().listArtifacts({
      findBy: { token, workflowRunId: run.id, repositoryOwner: base.owner, repositoryName: base.repo },
    });
    return artifacts.filter(
      (artifact) => artifact.name === SAVED_COMMENT_ARTIFACT || artifact.name.startsWith(`${SAVED_COMMENT_ARTIFACT}-`),
    );
  } catch (error) {
    core.warning(
      `mcp-ci could not list the artifacts of run ${run.id}: ${messageOf(error)}. ` +
        'The publishing workflow needs `permissions: { actions: read, pull-requests: write }`.',
    );
    return undefined;
  }
}

interface PullRequest {
  number: number;
  head: { sha: string; repo: { full_name: string } | null };
}

/** Open pull requests whose head is the run's head branch in the run's head repository, at the run's commit. */
async function pullRequestsOfRun(
  octokit: Octokit,
  base: Repository,
  run: WorkflowRun,
): Promise<PullRequest[] | undefined> {
  if (!run.head_branch || !run.head_repository) {
    core.warning(`Run ${run.id} names no head branch or head repository: no pull request to comment on.`);
    return undefined;
  }
  let open: PullRequest[];
  try {
    open = await octokit.paginate(octokit.rest.pulls.list, {
      ...base,
      state: 'open',
      head: `${run.head_repository.owner.login}:${run.head_branch}`,
      per_page: 100,
    });
  } catch (error) {
    core.warning(`mcp-ci could not list the pull requests of ${base.owner}/${base.repo}: ${messageOf(error)}`);
    return undefined;
  }
  const headRepository = run.head_repository.full_name;
  const ofHead = open.filter((pull) => pull.head.repo?.full_name === headRepository);
  const atCommit = ofHead.filter((pull) => pull.head.sha === run.head_sha);
  if (atCommit.length > 0) return atCommit;
  if (ofHead.length > 0) {
    core.notice(
      `Pull request #${ofHead[0]?.number} has moved past ${run.head_sha}; the run of its newer commit will comment.`,
    );
  } else {
    core.warning(
      `No open pull request has ${headRepository}:${run.head_branch} as its head; the saved comment of run ${run.id} is not posted.`,
    );
  }
  return undefined;
}

async function publishArtifact(
  octokit: Octokit,
  base: Repository,
  run: WorkflowRun,
  artifact: SavedArtifact,
  candidates: PullRequest[],
  token: string,
): Promise<void> {
  const refuse = (why: string): void =>
    core.warning(`Artifact ${artifact.name} of run ${run.id} is not what mcp-ci saves (${why}); nothing posted.`);
  if (artifact.size > MAX_ARTIFACT_BYTES) return refuse(`${artifact.size} bytes`);
  const folder = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'mcp-ci-publish-'));
  try {
    await new DefaultArtifactClient().downloadArtifact(artifact.id, {
      path: folder,
      findBy: { token, workflowRunId: run.id, repositoryOwner: base.owner, repositoryName: base.repo },
    });
    const body = await readFile(join(folder, PUBLISHER_FILES.comment), 'utf8').catch(() => undefined);
    const numberText = await readFile(join(folder, PUBLISHER_FILES.prNumber), 'utf8').catch(() => undefined);
    if (body === undefined) return refuse(`no ${PUBLISHER_FILES.comment}`);
    const marker = MARKER.exec(body)?.[0];
    if (!marker) return refuse('the comment does not start with an mcp-ci marker');
    if (body.length > COMMENT_LIMIT) return refuse(`a comment of ${body.length} characters`);
    if (numberText !== undefined && !/^[0-9]{1,9}$/.test(numberText.trim())) {
      return refuse(`${PUBLISHER_FILES.prNumber} is not a number`);
    }

    const target = choosePullRequest(candidates, numberText === undefined ? undefined : Number(numberText.trim()));
    if (typeof target === 'string') {
      core.warning(`The saved comment of run ${run.id} is not posted: ${target}.`);
      return;
    }
    const outcome = await upsertStickyComment(octokit, { ...base, number: target.number }, marker, body);
    core.info(`PR comment ${outcome.action} on #${target.number}: ${outcome.url}`);
  } catch (error) {
    const permission = isPermissionError(error) || httpStatus(error) === 403;
    core.warning(
      `mcp-ci could not publish artifact ${artifact.name} of run ${run.id}: ${messageOf(error)}` +
        (permission ? '. The publishing workflow needs `permissions: { actions: read, pull-requests: write }`.' : ''),
    );
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The verified pull request the saved number names, or the only one; otherwise why none is chosen. */
function choosePullRequest(candidates: PullRequest[], saved: number | undefined): PullRequest | string {
  const numbers = candidates.map((pull) => `#${pull.number}`).join(', ');
  if (saved !== undefined) {
    const named = candidates.find((pull) => pull.number === saved);
    return named ?? `it names pull request #${saved}, but the run's head commit is the head of ${numbers}`;
  }
  const [only] = candidates;
  return candidates.length === 1 && only
    ? only
    : `the run's head commit is the head of ${numbers}, and no number was saved`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
