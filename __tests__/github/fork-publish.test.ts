/**
 * `mode: publish` against a fake GitHub API and a fake artifact storage on loopback: the saved comment of the
 * triggering run is downloaded through @actions/artifact (REST list, `actions/artifacts/{id}/zip` redirect, zip
 * from storage), the pull request is found by the run's head branch and head repository and must be at the run's
 * head commit, and the comment is posted or updated. What the fork's run wrote is never trusted alone.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GITHUB_ACTIONS_BOT, HEAD_SHA, startFakeGitHub } from '../helpers/fake-github.js';
import type { FakeGitHub } from '../helpers/fake-github.js';

const RUN_ID = 555;
const FORK = 'contributor/files';

interface FakePull {
  number: number;
  owner: string;
  ref: string;
  sha: string;
  repo: string;
}

/** What the fake serves; each test sets it. */
let artifacts: { id: number; name: string; files: Record<string, string> }[] = [];
let pulls: FakePull[] = [];
let listArtifactsStatus = 200;

let dir: string;
let github: FakeGitHub;
let publishSavedComments: (token: string) => Promise<void>;
let output: string[];

async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer' });
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mcp-ci-fork-publish-'));
  const zips = new Map<number, Buffer>();
  github = await startFakeGitHub({
    routes: (request, send, response) => {
      if (request.path === `/repos/acme/files/actions/runs/${RUN_ID}/artifacts`) {
        if (listArtifactsStatus !== 200) {
          send(listArtifactsStatus, { message: 'Resource not accessible by integration' });
          return true;
        }
        send(200, {
          total_count: artifacts.length,
          artifacts: artifacts.map(({ id, name }) => ({
            id,
            name,
            size_in_bytes: 512,
            created_at: '2026-03-02T10:15:00Z',
          })),
        });
        return true;
      }
      const download = /^\/repos\/acme\/files\/actions\/artifacts\/(\d+)\/zip$/.exec(request.path);
      if (download) {
        // GitHub answers with a redirect to a short-lived storage URL, which is fetched without the token.
        send(302, {}, { location: `${github.url}/storage/${download[1]}.zip?sig=secret` });
        return true;
      }
      const blob = /^\/storage\/(\d+)\.zip$/.exec(request.path);
      if (blob) {
        response.writeHead(200, { 'content-type': 'application/zip' });
        response.end(zips.get(Number(blob[1])));
        return true;
      }
      if (request.path === '/repos/acme/files/pulls' && request.method === 'GET') {
        const head = request.query.head ?? '';
        send(
          200,
          pulls
            .filter((pull) => `${pull.owner}:${pull.ref}` === head)
            .map((pull) => ({
              number: pull.number,
              state: 'open',
              head: { ref: pull.ref, sha: pull.sha, repo: { full_name: pull.repo } },
            })),
        );
        return true;
      }
      return false;
    },
  });
  // The artifact client reads the API URL when @actions/github is first loaded, as on a runner; so set it first.
  const eventPath = join(dir, 'event.json');
  await writeFile(
    eventPath,
    JSON.stringify({
      action: 'completed',
      workflow_run: {
        id: RUN_ID,
        event: 'pull_request',
        head_branch: 'feature',
        head_sha: HEAD_SHA,
        head_repository: { full_name: FORK, owner: { login: 'contributor' } },
        pull_requests: [],
      },
    }),
  );
  Object.assign(process.env, {
    GITHUB_ACTIONS: 'true',
    GITHUB_API_URL: github.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/files',
    GITHUB_EVENT_NAME: 'workflow_run',
    GITHUB_EVENT_PATH: eventPath,
    RUNNER_TEMP: dir,
  });
  ({ publishSavedComments } = await import('../../src/github/fork-publish.js'));
  setArtifacts = async (list) => {
    artifacts = list;
    zips.clear();
    for (const artifact of list) zips.set(artifact.id, await zipOf(artifact.files));
  };
});

let setArtifacts: (list: typeof artifacts) => Promise<void>;

afterAll(async () => {
  await github.close();
  await rm(dir, { recursive: true, force: true });
});

beforeEach(() => {
  output = [];
  listArtifactsStatus = 200;
  github.comments.length = 0;
  github.requests.length = 0;
  pulls = [{ number: 7, owner: 'contributor', ref: 'feature', sha: HEAD_SHA, repo: FORK }];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output.push(String(chunk));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
});

const COMMENT = '<!-- mcp-ci:default -->\n### ✅ mcp-ci passed\n';
const saved = (comment = COMMENT, prNumber: string | undefined = '7\n') => ({
  id: 31,
  name: 'mcp-ci-pr-comment',
  files: { 'comment.md': comment, ...(prNumber !== undefined && { 'pr-number.txt': prNumber }) },
});
const lines = (prefix: string): string[] => output.filter((line) => line.startsWith(prefix));
const writes = (): string[] => github.writes().map((request) => `${request.method} ${request.path}`);

describe('mode: publish', () => {
  it('posts the saved comment on the pull request found by head branch, then updates the same comment', async () => {
    await setArtifacts([saved()]);
    await publishSavedComments('ghs_publisher');
    expect(lines('::warning::')).toEqual([]);
    expect(writes()).toEqual(['POST /repos/acme/files/issues/7/comments']);
    expect(github.comments).toMatchObject([{ issueNumber: 7, body: COMMENT, user: GITHUB_ACTIONS_BOT }]);
    const list = github.requests.find((request) => request.path === '/repos/acme/files/pulls');
    expect(list?.query).toMatchObject({ head: 'contributor:feature', state: 'open' });
    // The storage URL is fetched without the token.
    expect(github.requests.find((request) => request.path.startsWith('/storage/'))?.authorization).toBeUndefined();

    await setArtifacts([saved(`${COMMENT}one more line\n`)]);
    await publishSavedComments('ghs_publisher');
    expect(writes()).toEqual([
      'POST /repos/acme/files/issues/7/comments',
      `PATCH /repos/acme/files/issues/comments/${github.comments[0]?.id}`,
    ]);
    expect(github.comments).toHaveLength(1);
  });

  it('finds the pull request without a saved number, by head branch and head repository alone', async () => {
    pulls.push({ number: 8, owner: 'contributor', ref: 'feature', sha: HEAD_SHA, repo: 'someone-else/files' });
    await setArtifacts([saved(COMMENT, undefined)]);
    await publishSavedComments('ghs_publisher');
    expect(writes()).toEqual(['POST /repos/acme/files/issues/7/comments']);
  });

  it('refuses when the pull request’s head moved past the tested commit', async () => {
    pulls = [{ number: 7, owner: 'contributor', ref: 'feature', sha: 'c'.repeat(40), repo: FORK }];
    await setArtifacts([saved()]);
    await publishSavedComments('ghs_publisher');
    expect(lines('::notice::').join('')).toContain(`Pull request #7 has moved past ${HEAD_SHA}`);
    expect(writes()).toEqual([]);
  });

  it('never trusts the saved number alone: a number that is not the run’s pull request is refused', async () => {
    await setArtifacts([saved(COMMENT, '1\n')]);
    await publishSavedComments('ghs_publisher');
    expect(lines('::warning::').join('')).toContain(
      "it names pull request #1, but the run's head commit is the head of #7",
    );
    expect(writes()).toEqual([]);
  });

  it('refuses an artifact that is not what mcp-ci saves', async () => {
    await setArtifacts([
      saved('hello @everyone'),
      { ...saved(COMMENT, '7; rm -rf /'), id: 32, name: 'mcp-ci-pr-comment-b' },
    ]);
    await publishSavedComments('ghs_publisher');
    const warnings = lines('::warning::').join('');
    expect(warnings).toContain(
      'Artifact mcp-ci-pr-comment of run 555 is not what mcp-ci saves (the comment does not start with an mcp-ci marker)',
    );
    expect(warnings).toContain(
      'Artifact mcp-ci-pr-comment-b of run 555 is not what mcp-ci saves (pr-number.txt is not a number)',
    );
    expect(writes()).toEqual([]);
  });

  it('does nothing when the run saved no comment, and warns naming the permission when it cannot list', async () => {
    await setArtifacts([{ id: 40, name: 'mcp-ci-report', files: { 'results.json': '{}' } }]);
    await publishSavedComments('ghs_publisher');
    expect(lines('::warning::')).toEqual([]);
    expect(output.join('')).toContain('saved no mcp-ci-pr-comment artifact');

    listArtifactsStatus = 403;
    await publishSavedComments('ghs_publisher');
    expect(lines('::warning::').join('')).toContain('needs `permissions: { actions: read, pull-requests: write }`');
    expect(writes()).toEqual([]);
  });
});
