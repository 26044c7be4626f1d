import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { detectProvenance } from '../../src/history/provenance.js';

const git = (cwd: string, ...args: string[]) =>
  promisify(execFile)('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { cwd });
const date = '2026-01-01T00:00:00.000Z';
// Outside GitHub Actions, whatever the machine running the tests says.
const env = { PATH: process.env.PATH };

describe('detectProvenance', () => {
  it('a folder that is not a git repository is a local run without a commit', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'mcp-ci-no-git-'));
    expect(await detectProvenance({ env, cwd, date, leg: 'default' })).toEqual({
      event: 'local',
      leg: 'default',
      date,
    });
  });

  it('a repository without commits has a branch but no commit', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'mcp-ci-empty-repo-'));
    await git(cwd, 'init', '-q', '-b', 'main');
    expect(await detectProvenance({ env, cwd, date })).toEqual({ event: 'local', ref: 'refs/heads/main', date });
  });

  it('a repository with a commit gives its sha', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'mcp-ci-repo-'));
    await git(cwd, 'init', '-q', '-b', 'main');
    await writeFile(join(cwd, 'a.txt'), 'a');
    await git(cwd, 'add', 'a.txt');
    await git(cwd, 'commit', '-q', '-m', 'first');
    const { stdout } = await git(cwd, 'rev-parse', 'HEAD');
    expect(await detectProvenance({ env, cwd, date })).toMatchObject({ commit: stdout.trim(), event: 'local' });
  });

  it('in GitHub Actions, reads the runner variables', async () => {
    const provenance = await detectProvenance({
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_SHA: 'abc123',
        GITHUB_REF: 'refs/pull/7/merge',
        GITHUB_EVENT_NAME: 'pull_request_target',
        GITHUB_RUN_ID: '42',
        GITHUB_RUN_ATTEMPT: '2',
        GITHUB_WORKFLOW: 'mcp',
      },
      cwd: tmpdir(),
      date,
      leg: 'node-20',
    });
    expect(provenance).toEqual({
      commit: 'abc123',
      ref: 'refs/pull/7/merge',
      event: 'pull_request',
      runId: '42',
      runAttempt: 2,
      workflow: 'mcp',
      leg: 'node-20',
      date,
    });
  });
});
