/**
 * Which pull request a run belongs to, read from the workflow event payload, and whether this run's token may
 * comment on it. A pull_request run from a fork gets a read-only token; pull_request_target runs get a write
 * token in the base repository even for forks.
 */
import { readFile } from 'node:fs/promises';

export interface PullRequestContext {
  owner: string;
  repo: string;
  number: number;
  eventName: string;
  /** The head branch lives in another repository than the base. */
  fromFork: boolean;
  canComment: boolean;
}

interface PullRequestPayload {
  pull_request?: {
    number?: number;
    head?: { repo?: { full_name?: string } | null };
    base?: { repo?: { full_name?: string } };
  };
}

/** Undefined when the run was not triggered by a pull request (push, schedule, workflow_dispatch, ...). */
export async function readPullRequestContext(
  env: NodeJS.ProcessEnv = process.env,
): Promise<PullRequestContext | undefined> {
  const eventPath = env.GITHUB_EVENT_PATH;
  const repository = env.GITHUB_REPOSITORY;
  if (!eventPath || !repository) return undefined;
  const payload = JSON.parse(await readFile(eventPath, 'utf8')) as PullRequestPayload;
  const pullRequest = payload.pull_request;
  if (!pullRequest || typeof pullRequest.number !== 'number') return undefined;

  const [owner = '', repo = ''] = repository.split('/');
  const base = pullRequest.base?.repo?.full_name ?? repository;
  // A deleted fork leaves head.repo null: still not the base repository.
  const fromFork = pullRequest.head?.repo?.full_name !== base;
  const eventName = env.GITHUB_EVENT_NAME ?? 'pull_request';
  return {
    owner,
    repo,
    number: pullRequest.number,
    eventName,
    fromFork,
    canComment: !fromFork || eventName === 'pull_request_target',
  };
}
