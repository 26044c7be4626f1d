import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { publishToGitHub } from '../../src/github/publish.js';
import type { PublishOptions } from '../../src/github/publish.js';
import type { RunResult } from '../../src/model.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { GITHUB_ACTIONS_BOT } from '../helpers/fake-github.js';
import { usePullRequestJob } from '../helpers/pull-request-job.js';
import { brokenServerRun, summarize } from '../report/fixtures/run-results.js';

const REPOSITORY = 'acme/files';
const PR = 42;

const job = usePullRequestJob('mcp-ci-publish-', { repository: REPOSITORY, number: PR });
const setUp = job.start;

function options(overrides: Partial<PublishOptions> = {}): PublishOptions {
  return {
    token: 'ghs_test',
    comment: 'sticky',
    commentId: 'default',
    outDir: join(job.dir, 'out'),
    strict: false,
    ...overrides,
  };
}

/** The same run after the author fixed the stray stdout line. */
function fixedRun(): RunResult {
  const base = brokenServerRun();
  const checks = base.checks.filter((check) => check.id !== 'stdio-no-stray-output');
  const partial = { checks, flows: base.flows, bench: base.bench };
  return { ...base, ...partial, summary: summarize(partial) };
}

const warnings = (): string[] => job.output.filter((line) => line.startsWith('::warning::'));

describe('publishToGitHub', () => {
  it('creates the comment, updates the same one on the next push, and writes nothing when the body is unchanged', async () => {
    const api = await setUp();

    await publishToGitHub(brokenServerRun(), options());
    expect(api.writes().map((request) => `${request.method} ${request.path}`)).toEqual([
      `POST /repos/${REPOSITORY}/issues/${PR}/comments`,
    ]);
    expect(api.comments).toHaveLength(1);
    const [comment] = api.comments;
    // The report, plus the hidden fingerprint of its findings after the marker.
    expect(comment?.body.split('\n')[1]).toMatch(/^<!-- mcp-ci-findings: [0-9a-f]{16} -->$/);
    expect(comment?.body.replace(/^<!-- mcp-ci-findings: .* -->\n/m, '')).toBe(
      renderMarkdown(brokenServerRun(), {
        strict: false,
        commentId: 'default',
        links: {
          summaryUrl: 'https://github.com/acme/files/actions/runs/123456789',
          artifactUrl: 'https://github.com/acme/files/actions/runs/123456789#artifacts',
        },
      }),
    );
    expect(api.requests.every((request) => request.authorization === 'token ghs_test')).toBe(true);

    await publishToGitHub(fixedRun(), options());
    expect(api.writes().map((request) => `${request.method} ${request.path}`)).toEqual([
      `POST /repos/${REPOSITORY}/issues/${PR}/comments`,
      `PATCH /repos/${REPOSITORY}/issues/comments/${comment?.id}`,
    ]);
    expect(api.comments).toHaveLength(1);
    expect(api.comments[0]?.body).not.toContain('stdio-no-stray-output');

    await publishToGitHub(fixedRun(), options());
    expect(api.writes()).toHaveLength(2);
    expect(job.output.join('')).toContain('PR comment unchanged: https://github.com/acme/files/pull/42#issuecomment-');

    // Only the elapsed time differs: the findings are the same, so no edit.
    await publishToGitHub({ ...fixedRun(), durationMs: fixedRun().durationMs + 777 }, options());
    expect(api.writes()).toHaveLength(2);
    expect(warnings()).toEqual([]);
  });

  it('writes the job summary with the full report', async () => {
    const api = await setUp();
    await publishToGitHub(brokenServerRun(), options({ comment: 'off' }));
    const summary = await readFile(job.stepSummary, 'utf8');
    expect(summary).toMatch(/^### ❌ mcp-ci failed · \*\*acme-files\*\* 1\.2\.0/);
    expect(summary).toContain('#### ❌ Failures (6)');
    expect(summary).toContain('[report artifact](https://github.com/acme/files/actions/runs/123456789#artifacts)');
    expect(api.requests).toEqual([]);
  });

  it('finds its comment on a later page and leaves people’s comments that quote the marker alone', async () => {
    const api = await setUp();
    api.addComment(PR, '<!-- mcp-ci:default -->\nI copied the bot comment', { login: 'octocat', type: 'User' });
    for (let index = 0; index < 230; index += 1)
      api.addComment(PR, `comment ${index}`, { login: 'octocat', type: 'User' });
    const ours = api.addComment(PR, '<!-- mcp-ci:default -->\nold report', GITHUB_ACTIONS_BOT);

    await publishToGitHub(brokenServerRun(), options());
    expect(api.writes().map((request) => `${request.method} ${request.path}`)).toEqual([
      `PATCH /repos/${REPOSITORY}/issues/comments/${ours.id}`,
    ]);
    const pages = api.requests.filter((request) => request.method === 'GET' && request.path.endsWith('/comments'));
    expect(pages.map((request) => request.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(api.comments[0]?.body).toBe('<!-- mcp-ci:default -->\nI copied the bot comment');
  });

  it('keeps one comment per comment-id, so each job of a matrix has its own', async () => {
    const api = await setUp();
    await publishToGitHub(brokenServerRun(), options({ commentId: 'node-20' }));
    await publishToGitHub(brokenServerRun(), options({ commentId: 'node-22' }));
    await publishToGitHub(fixedRun(), options({ commentId: 'node-20' }));
    expect(api.comments.map((comment) => comment.body.split('\n')[0])).toEqual([
      '<!-- mcp-ci:node-20 -->',
      '<!-- mcp-ci:node-22 -->',
    ]);
    expect(api.writes().map((request) => request.method)).toEqual(['POST', 'POST', 'PATCH']);
  });

  it('matches the token user’s own comments when GET /user works (a personal token)', async () => {
    const author = { login: 'release-bot', type: 'User' as const };
    const api = await setUp({ login: 'release-bot', author });
    api.addComment(PR, '<!-- mcp-ci:default -->\nfrom another bot', GITHUB_ACTIONS_BOT);
    await publishToGitHub(brokenServerRun(), options());
    expect(api.writes().map((request) => request.method)).toEqual(['POST']);
    await publishToGitHub(fixedRun(), options());
    expect(api.writes().map((request) => request.method)).toEqual(['POST', 'PATCH']);
    expect(api.comments.filter((comment) => comment.user.login === 'release-bot')).toHaveLength(1);
  });

  it('on a fork makes no API call, saves comment.md and pr-number.txt, and says so in one line', async () => {
    const api = await setUp({ forkOf: 'stranger/files' });
    const outDir = join(job.dir, 'fork-out');
    await publishToGitHub(brokenServerRun(), options({ outDir }));
    expect(api.requests).toEqual([]);
    expect(await readFile(join(outDir, 'comment.md'), 'utf8')).toMatch(/^<!-- mcp-ci:default -->\n/);
    expect(await readFile(join(outDir, 'pr-number.txt'), 'utf8')).toBe('42\n');
    const lines = job.output
      .join('')
      .split('\n')
      .filter((line) => line.includes('fork'));
    expect(lines).toEqual([
      `Pull request #42 comes from a fork, so this run's token cannot comment: saved ${join(outDir, 'comment.md')} and ${join(outDir, 'pr-number.txt')} for a workflow_run publisher (see examples/workflows/ in mcp-ci).`,
    ]);
    expect(warnings()).toEqual([]);
    expect(await readFile(job.stepSummary, 'utf8')).toContain('mcp-ci failed');
  });

  it('comments on a fork pull request under pull_request_target, whose token can write', async () => {
    const api = await setUp({ forkOf: 'stranger/files', eventName: 'pull_request_target' });
    await publishToGitHub(brokenServerRun(), options());
    expect(api.writes().map((request) => request.method)).toEqual(['POST']);
  });

  it('turns "Resource not accessible by integration" into a warning naming pull-requests: write', async () => {
    const api = await setUp({ readOnly: true });
    const outDir = join(job.dir, 'denied-out');
    await expect(publishToGitHub(brokenServerRun(), options({ outDir }))).resolves.toBeUndefined();
    expect(api.comments).toEqual([]);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toContain('`pull-requests: write`');
    expect(warnings()[0]).toContain('Resource not accessible by integration');
    expect(await readFile(join(outDir, 'comment.md'), 'utf8')).toMatch(/^<!-- mcp-ci:default -->/);
  });

  it('warns instead of failing when the API cannot be reached', async () => {
    await setUp();
    await job.stopGitHub();
    await expect(publishToGitHub(brokenServerRun(), options())).resolves.toBeUndefined();
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/^::warning::mcp-ci could not post the PR comment: /);
  });

  it('posts nothing outside pull requests', async () => {
    const api = await setUp();
    const pushEvent = join(job.dir, 'push.json');
    await writeFile(pushEvent, JSON.stringify({ ref: 'refs/heads/main', repository: { full_name: REPOSITORY } }));
    vi.stubEnv('GITHUB_EVENT_NAME', 'push');
    vi.stubEnv('GITHUB_EVENT_PATH', pushEvent);
    await publishToGitHub(brokenServerRun(), options());
    expect(api.requests).toEqual([]);
    expect(job.output.join('')).toContain('Not a pull request run: no PR comment');
  });
});
