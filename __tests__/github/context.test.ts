import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPullRequestContext } from '../../src/github/context.js';
import { writePullRequestEvent } from '../helpers/fake-github.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mcp-ci-context-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const env = (eventPath: string, eventName = 'pull_request'): NodeJS.ProcessEnv => ({
  GITHUB_EVENT_PATH: eventPath,
  GITHUB_EVENT_NAME: eventName,
  GITHUB_REPOSITORY: 'acme/files',
});

describe('readPullRequestContext', () => {
  it('reads the pull request of a same-repository branch, which may be commented on', async () => {
    const path = await writePullRequestEvent(dir, { number: 7, repository: 'acme/files' });
    expect(await readPullRequestContext(env(path))).toEqual({
      owner: 'acme',
      repo: 'files',
      number: 7,
      eventName: 'pull_request',
      fromFork: false,
      canComment: true,
    });
  });

  it('tells a fork by its head repository; its pull_request token is read-only, its pull_request_target one is not', async () => {
    const path = await writePullRequestEvent(dir, { number: 8, repository: 'acme/files', forkOf: 'stranger/files' });
    expect(await readPullRequestContext(env(path))).toMatchObject({ fromFork: true, canComment: false });
    expect(await readPullRequestContext(env(path, 'pull_request_target'))).toMatchObject({
      fromFork: true,
      canComment: true,
    });
  });

  it('treats a pull request whose fork was deleted as a fork', async () => {
    const path = join(dir, 'deleted-fork.json');
    await writeFile(
      path,
      JSON.stringify({
        pull_request: { number: 9, head: { repo: null }, base: { repo: { full_name: 'acme/files' } } },
      }),
    );
    expect(await readPullRequestContext(env(path))).toMatchObject({ number: 9, fromFork: true, canComment: false });
  });

  it('returns nothing for other events or outside Actions', async () => {
    const path = join(dir, 'push.json');
    await writeFile(path, JSON.stringify({ ref: 'refs/heads/main' }));
    expect(await readPullRequestContext(env(path, 'push'))).toBeUndefined();
    expect(await readPullRequestContext({})).toBeUndefined();
  });
});
