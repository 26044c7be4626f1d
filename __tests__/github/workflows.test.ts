/**
 * The two example workflows of the fork pattern: they agree with each other and with what publishToGitHub writes,
 * and the publisher's script, run as actions/github-script runs it, posts and updates the sticky comment against
 * the fake GitHub API, and refuses artifacts that are not what mcp-ci writes.
 */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createOctokit } from '../../src/github/octokit.js';
import { PUBLISHER_FILES } from '../../src/github/publish.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { GITHUB_ACTIONS_BOT, HEAD_SHA, startFakeGitHub } from '../helpers/fake-github.js';
import type { FakeGitHub, FakeGitHubOptions } from '../helpers/fake-github.js';
import { brokenServerRun } from '../report/fixtures/run-results.js';

interface Step {
  name?: string;
  uses?: string;
  if?: string;
  with?: Record<string, string>;
}
interface Workflow {
  name: string;
  on: Record<string, { workflows?: string[] } | null>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const load = async (file: string): Promise<Workflow> =>
  parse(await readFile(new URL(`../../examples/workflows/${file}`, import.meta.url), 'utf8')) as Workflow;
const steps = (workflow: Workflow): Step[] => Object.values(workflow.jobs).flatMap((job) => job.steps);

let dir: string;
let github: FakeGitHub | undefined;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mcp-ci-workflows-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await github?.close();
  github = undefined;
});

interface ScriptRun {
  failed: string[];
  notices: string[];
}

/** Runs the publisher's github-script body with the objects that action provides, in a folder holding the artifact. */
async function runPublisher(
  api: FakeGitHub,
  artifact: { comment: string; prNumber: string },
  headSha = HEAD_SHA,
): Promise<ScriptRun> {
  const publisher = await load('mcp-comment.yml');
  const script = steps(publisher).find((step) => step.uses?.startsWith('actions/github-script@'))?.with?.script;
  if (!script) throw new Error('no github-script step');
  const download = steps(publisher).find((step) => step.uses?.startsWith('actions/download-artifact@'));
  const folder = join(dir, `run-${Math.random().toString(36).slice(2)}`);
  await mkdir(join(folder, download?.with?.path ?? ''), { recursive: true });
  await writeFile(join(folder, download?.with?.path ?? '', PUBLISHER_FILES.comment), artifact.comment);
  await writeFile(join(folder, download?.with?.path ?? '', PUBLISHER_FILES.prNumber), artifact.prNumber);

  const run: ScriptRun = { failed: [], notices: [] };
  // The script reads paths relative to the workspace; resolve them against this run's folder.
  const fs = {
    readFileSync: (path: string, encoding: BufferEncoding) =>
      readFileSync(isAbsolute(path) ? path : join(folder, path), encoding),
  };
  const require = (name: string): unknown => {
    if (name === 'node:fs' || name === 'fs') return fs;
    throw new Error(`unexpected require(${name})`);
  };
  const core = {
    setFailed: (message: string) => run.failed.push(message),
    notice: (message: string) => run.notices.push(message),
  };
  const context = {
    repo: { owner: 'acme', repo: 'files' },
    payload: { workflow_run: { head_sha: headSha, event: 'pull_request' } },
  };
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<unknown>;
  const body = new AsyncFunction('require', 'github', 'context', 'core', script);
  await body(require, createOctokit('ghs_publisher', { GITHUB_API_URL: api.url }), context, core);
  return run;
}

async function api(options: FakeGitHubOptions = {}): Promise<FakeGitHub> {
  github = await startFakeGitHub(options);
  return github;
}

const comment = (commentId = 'default'): string => renderMarkdown(brokenServerRun(), { strict: false, commentId });

describe('example workflows for pull requests from forks', () => {
  it('hand the files publishToGitHub saves from the test workflow to the publisher', async () => {
    const test = await load('mcp.yml');
    const publisher = await load('mcp-comment.yml');
    expect(publisher.on.workflow_run?.workflows).toEqual([test.name]);
    expect(test.permissions['pull-requests']).toBe('write');
    expect(publisher.permissions).toEqual({ actions: 'read', 'pull-requests': 'write' });

    const upload = steps(test).find((step) => step.uses?.startsWith('actions/upload-artifact@'));
    const download = steps(publisher).find((step) => step.uses?.startsWith('actions/download-artifact@'));
    expect(upload?.if).toContain('always()');
    expect(download?.with?.name).toBe(upload?.with?.name);
    expect(upload?.with?.path?.trim().split('\n')).toEqual([
      `mcp-ci-report/${PUBLISHER_FILES.comment}`,
      `mcp-ci-report/${PUBLISHER_FILES.prNumber}`,
    ]);
    expect(steps(publisher).some((step) => step.uses?.startsWith('actions/checkout'))).toBe(false);
  });

  it('publisher creates the sticky comment, then updates it, and leaves it when unchanged', async () => {
    const fake = await api();
    fake.addComment(7, '<!-- mcp-ci:default -->\nquoted by a person', { login: 'octocat', type: 'User' });
    expect(await runPublisher(fake, { comment: comment(), prNumber: '7\n' })).toEqual({ failed: [], notices: [] });
    const updated = comment().replace('acme-files', 'acme-files-2');
    await runPublisher(fake, { comment: updated, prNumber: '7\n' });
    await runPublisher(fake, { comment: updated, prNumber: '7\n' });
    expect(fake.writes().map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /repos/acme/files/issues/7/comments',
      `PATCH /repos/acme/files/issues/comments/${fake.comments[1]?.id}`,
    ]);
    expect(fake.comments.map((c) => [c.user.login, c.body === updated])).toEqual([
      ['octocat', false],
      [GITHUB_ACTIONS_BOT.login, true],
    ]);
  });

  it('publisher refuses artifacts that are not mcp-ci’s and pull requests that moved on', async () => {
    const fake = await api({ pullHeads: { 7: 'c'.repeat(40) } });
    const bad = await runPublisher(fake, { comment: 'hello @everyone', prNumber: '7' });
    expect(bad.failed).toEqual(['The mcp-ci-pr-comment artifact is not what mcp-ci writes; nothing posted.']);
    const badNumber = await runPublisher(fake, { comment: comment(), prNumber: '7; rm -rf /' });
    expect(badNumber.failed).toHaveLength(1);
    const moved = await runPublisher(fake, { comment: comment(), prNumber: '7' });
    expect(moved.notices).toEqual([`Pull request #7 has moved past ${HEAD_SHA}; its newer run will comment.`]);
    expect(fake.writes()).toEqual([]);
  });
});
