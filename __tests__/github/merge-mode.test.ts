/**
 * The action's `mode: merge` against the fake GitHub API: one job summary and one sticky comment for the legs'
 * folders, updated in place on a re-run, saved for the publisher on a pull request from a fork.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { runMergeMode } from '../../src/github/merge-mode.js';
import { githubActionsEnv, startFakeGitHub, writePullRequestEvent } from '../helpers/fake-github.js';
import type { FakeGitHub } from '../helpers/fake-github.js';
import { brokenServerRun } from '../report/fixtures/run-results.js';

let dir: string;
let stepSummary: string;
let github: FakeGitHub | undefined;
let output: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mcp-ci-merge-mode-'));
  stepSummary = join(dir, 'step-summary.md');
  for (const leg of ['node-20', 'node-22']) {
    await mkdir(join(dir, 'legs', leg), { recursive: true });
    await writeFile(join(dir, 'legs', leg, 'results.json'), JSON.stringify({ ...brokenServerRun(), leg }));
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  await writeFile(stepSummary, '', 'utf8');
  output = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output.push(String(chunk));
    return true;
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await github?.close();
  github = undefined;
});

async function setUp(forkOf?: string): Promise<FakeGitHub> {
  github = await startFakeGitHub();
  const eventPath = await writePullRequestEvent(dir, { number: 42, repository: 'acme/files', forkOf });
  const env = githubActionsEnv({ apiUrl: github.url, eventPath, repository: 'acme/files', stepSummary });
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return github;
}

const inputs = (out: string) => ({
  reports: ['legs/*'],
  settings: { out, 'comment-id': 'matrix' },
  githubToken: 'ghs_test',
});

describe('mode: merge', () => {
  it('writes one job summary and one sticky comment, and leaves the comment alone when nothing changed', async () => {
    const api = await setUp();
    const merged = await runMergeMode(inputs('merged'), dir);
    expect(merged.outcome).toBe('failed');
    expect(api.comments).toHaveLength(1);
    const body = api.comments[0]?.body ?? '';
    expect(body.split('\n').slice(0, 2)).toEqual([
      '<!-- mcp-ci:matrix -->',
      expect.stringMatching(/^<!-- mcp-ci-findings: [0-9a-f]{16} -->$/),
    ]);
    expect(body).toContain('### ❌ mcp-ci failed on 2 of 2 legs');
    const summary = await readFile(stepSummary, 'utf8');
    expect(summary).toContain('#### Spec coverage by leg');
    expect(summary).not.toContain('<!-- mcp-ci:');
    expect(output.filter((line) => line.startsWith('::warning::'))).toEqual([]);
    await expect(readFile(join(dir, 'merged', 'junit.xml'), 'utf8')).resolves.toContain('node-22/conformance.');

    await runMergeMode(inputs('merged'), dir);
    expect(api.writes().map((request) => request.method)).toEqual(['POST']);
  });

  it('saves the comment for the publisher on a pull request from a fork', async () => {
    const api = await setUp('contributor/files');
    await runMergeMode(inputs('merged-fork'), dir);
    expect(api.writes()).toEqual([]);
    const saved = await readFile(join(dir, 'merged-fork', 'comment.md'), 'utf8');
    expect(saved.split('\n')[0]).toBe('<!-- mcp-ci:matrix -->');
    await expect(readFile(join(dir, 'merged-fork', 'pr-number.txt'), 'utf8')).resolves.toBe('42\n');
  });
});
