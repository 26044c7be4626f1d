/**
 * The commit a run's check run belongs to. A pull_request job checks out a merge commit GitHub made for the run
 * (GITHUB_SHA); a check run on it would not show on the pull request, so the head commit from the event is used.
 */
import { readFile } from 'node:fs/promises';

export interface CommitContext {
  owner: string;
  repo: string;
  headSha: string;
}

interface EventPayload {
  pull_request?: { head?: { sha?: string } };
}

export async function readCommitContext(env: NodeJS.ProcessEnv = process.env): Promise<CommitContext | undefined> {
  const { GITHUB_REPOSITORY: repository, GITHUB_SHA: sha, GITHUB_EVENT_PATH: eventPath } = env;
  if (!repository) return undefined;
  const payload = eventPath ? (JSON.parse(await readFile(eventPath, 'utf8')) as EventPayload) : {};
  const headSha = payload.pull_request?.head?.sha ?? sha;
  if (!headSha) return undefined;
  const [owner = '', repo = ''] = repository.split('/');
  return { owner, repo, headSha };
}
