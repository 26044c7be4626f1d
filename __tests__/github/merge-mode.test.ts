/**
 * The action's `mode: merge` against the fake GitHub API: one job summary and one sticky comment for the legs'
 * folders, updated in place on a re-run, saved for the publisher on a pull request from a fork.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMergeMode } from '../../src/github/merge-mode.js';
import { usePullRequestJob } from '../helpers/pull-request-job.js';
import { brokenServerRun } from '../report/fixtures/run-results.js';

const job = usePullRequestJob('mcp-ci-merge-mode-');

beforeAll(async () => {
  for (const leg of ['node-20', 'node-22']) {
    await mkdir(join(job.dir, 'legs', leg), { recursive: true });
    await writeFile(join(job.dir, 'legs', leg, 'results.json'), JSON.stringify({ ...brokenServerRun(), leg }));
  }
});

const setUp = (forkOf?: string) => job.start({ forkOf });

const inputs = (out: string) => ({
  reports: ['legs/*'],
  settings: { out, 'comment-id': 'matrix' },
  githubToken: 'ghs_test',
});

describe('mode: merge', () => {
  it('writes one job summary and one sticky comment, and leaves the comment alone when nothing changed', async () => {
    const api = await setUp();
    const merged = await runMergeMode(inputs('merged'), job.dir);
    expect(merged.outcome).toBe('failed');
    expect(api.comments).toHaveLength(1);
    const body = api.comments[0]?.body ?? '';
    expect(body.split('\n').slice(0, 2)).toEqual([
      '<!-- mcp-ci:matrix -->',
      expect.stringMatching(/^<!-- mcp-ci-findings: [0-9a-f]{16} -->$/),
    ]);
    expect(body).toContain('### ❌ mcp-ci failed on 2 of 2 legs');
    const summary = await readFile(job.stepSummary, 'utf8');
    expect(summary).toContain('#### Spec coverage by leg');
    expect(summary).not.toContain('<!-- mcp-ci:');
    expect(job.output.filter((line) => line.startsWith('::warning::'))).toEqual([]);
    await expect(readFile(join(job.dir, 'merged', 'junit.xml'), 'utf8')).resolves.toContain('node-22/conformance.');

    await runMergeMode(inputs('merged'), job.dir);
    expect(api.writes().map((request) => request.method)).toEqual(['POST']);
  });

  it('saves the comment for the publisher on a pull request from a fork', async () => {
    const api = await setUp('contributor/files');
    await runMergeMode(inputs('merged-fork'), job.dir);
    expect(api.writes()).toEqual([]);
    const saved = await readFile(join(job.dir, 'merged-fork', 'comment.md'), 'utf8');
    expect(saved.split('\n')[0]).toBe('<!-- mcp-ci:matrix -->');
    await expect(readFile(join(job.dir, 'merged-fork', 'pr-number.txt'), 'utf8')).resolves.toBe('42\n');
  });
});
