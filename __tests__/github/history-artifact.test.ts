import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DefaultArtifactClient } from '@actions/artifact';
import type { HistoryEntry } from '../../src/history/entry.js';
import { parseHistoryFile } from '../../src/history/history-file.js';
import {
  MAX_RUNS_TRIED,
  MISSING_ACTIONS_READ,
  loadHistory,
  previousEntries,
  saveHistory,
} from '../../src/github/history-artifact.js';
import type { HistoryArtifactDeps } from '../../src/github/history-artifact.js';
import { readHistoryScope } from '../../src/github/history-runs.js';
import type { HistoryScope } from '../../src/github/history-runs.js';
import { createOctokit } from '../../src/github/octokit.js';
import { artifactHistoryBackend, loadCiHistory } from '../../src/github/ci-history.js';
import { writePullRequestEvent } from '../helpers/fake-github.js';
import { entry } from '../history/entries.js';
import { fakeActions } from './fakes/fake-actions.js';
import type { FakeActions } from './fakes/fake-actions.js';

// @actions/artifact downloads through @actions/github, which reads GITHUB_API_URL once, when first imported: the
// fake must be listening, and the variable set, before any import runs.
const { api } = await vi.hoisted(async () => {
  const { startFakeApi } = await import('./fakes/fake-api.js');
  const server = await startFakeApi();
  process.env.GITHUB_API_URL = server.url;
  return { api: server };
});

let dir: string;
let actions: FakeActions;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mcp-ci-history-artifact-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await api.close();
});

beforeEach(() => {
  api.reset();
  actions = fakeActions(api);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

/** The environment a job of `runId` sees, and its history scope. */
async function job(
  runId: number,
  options: { event?: string; branch?: string; pullRequest?: number; attempt?: number; leg?: string } = {},
): Promise<HistoryScope> {
  const eventPath = options.pullRequest
    ? await writePullRequestEvent(dir, { number: options.pullRequest, repository: 'acme/files' })
    : join(dir, 'missing-event.json');
  const env: Record<string, string> = {
    ...actions.env(runId),
    GITHUB_API_URL: api.url,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/files',
    GITHUB_WORKFLOW_REF: 'acme/files/.github/workflows/ci.yml@refs/heads/main',
    GITHUB_RUN_ATTEMPT: String(options.attempt ?? 1),
    GITHUB_EVENT_NAME: options.event ?? (options.pullRequest ? 'pull_request' : 'push'),
    GITHUB_REF_NAME: options.branch ?? 'main',
    GITHUB_WORKSPACE: dir,
  };
  if (options.pullRequest) env.GITHUB_EVENT_PATH = eventPath;
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  if (!options.pullRequest) vi.stubEnv('GITHUB_EVENT_PATH', '');
  const scope = await readHistoryScope(options.leg ?? 'default', process.env);
  if (!scope) throw new Error('scope expected');
  return scope;
}

function deps(): HistoryArtifactDeps {
  return {
    octokit: createOctokit('ghs_test', { GITHUB_API_URL: api.url }),
    artifacts: new DefaultArtifactClient(),
    token: 'ghs_test',
  };
}

const day = (n: number, commit = `c${n}`): HistoryEntry => entry({ day: n, commit, checks: { ping: 'pass' } });

/** A finished push run on main that wrote `entries` as its history window. */
async function earlierRun(
  runId: number,
  entries: HistoryEntry[],
  conclusion: 'success' | 'failure' = 'success',
): Promise<void> {
  const scope = await job(runId);
  const [last, ...rest] = [...entries].reverse();
  if (!last) throw new Error('entries expected');
  await saveHistory(deps().artifacts, scope, { branch: rest.reverse(), own: [] }, last);
  actions.runs.push({ id: runId, event: 'push', branch: 'main', conclusion });
}

const downloads = (): string[] => api.calls().filter((call) => /\/actions\/artifacts\/\d+\/zip$/.test(call));

describe('history artifacts', () => {
  it('reads the base branch history on a pull request and keeps its own, never writing the base branch', async () => {
    await earlierRun(100, [day(1), day(2)]);
    const pr = await job(300, { pullRequest: 7 });
    expect(pr).toMatchObject({ branch: 'main', workflow: 'ci.yml', pullRequest: { number: 7, headBranch: 'feature' } });

    const loaded = await loadHistory(deps(), pr);
    expect(loaded.warning).toBeUndefined();
    expect(loaded.branch.map((e) => e.provenance.commit)).toEqual(['c1', 'c2']);
    expect(loaded.branchSource).toMatchObject({ runId: 100, artifact: 'mcp-ci-history-default-100-1', entries: 2 });
    expect(loaded.own).toEqual([]);
    expect(downloads()).toHaveLength(1);

    const saved = await saveHistory(deps().artifacts, pr, loaded, day(3, 'pr-head'));
    expect(saved).toMatchObject({ name: 'mcp-ci-history-default-pr-7-300-1', entries: 1 });
    actions.runs.push({ id: 300, event: 'pull_request', branch: 'feature', conclusion: 'failure' });
    // Only run 100's artifact is the branch's: the pull request wrote its own.
    expect(actions.artifacts.map((a) => a.name)).toEqual([
      'mcp-ci-history-default-100-1',
      'mcp-ci-history-default-pr-7-300-1',
    ]);

    // A re-run of the same pull request is compared with its base and its own earlier attempt.
    const rerun = await job(300, { pullRequest: 7, attempt: 2 });
    api.requests.length = 0;
    const again = await loadHistory(deps(), rerun);
    expect(again.ownSource).toMatchObject({ runId: 300, artifact: 'mcp-ci-history-default-pr-7-300-1' });
    expect(previousEntries(again).map((e) => e.provenance.commit)).toEqual(['c1', 'c2', 'pr-head']);
    expect(downloads()).toHaveLength(2);
  });

  it('continues the window on a push, keeping the last history-window runs', async () => {
    await earlierRun(100, [day(1), day(2), day(3)]);
    const scope = await job(101);
    const loaded = await loadHistory(deps(), scope);
    const saved = await saveHistory(deps().artifacts, scope, loaded, day(4), 3);
    expect(saved).toEqual({ name: 'mcp-ci-history-default-101-1', id: expect.any(Number), entries: 3 });
    const stored = actions.artifacts.find((a) => a.name === saved.name);
    expect(stored).toBeDefined();
    // The upload is the zip @actions/artifact made; the next run reads it back through the same client.
    actions.runs.push({ id: 101, event: 'push', branch: 'main', conclusion: 'success' });
    const next = await loadHistory(deps(), await job(102));
    expect(next.branch.map((e) => e.provenance.commit)).toEqual(['c2', 'c3', 'c4']);
    expect(
      parseHistoryFile(JSON.stringify({ format: 'mcp-ci-history', version: 1, entries: next.branch }), 'x'),
    ).toHaveLength(3);
  });

  it('skips an expired artifact, a run without one and a failed run, then reads the next', async () => {
    await earlierRun(100, [day(1)]);
    await earlierRun(110, [day(1), day(2)]);
    const expired = actions.artifacts.find((a) => a.runId === 110);
    if (expired) expired.expired = true;
    actions.runs.push({ id: 120, event: 'push', branch: 'main', conclusion: 'success' });
    await earlierRun(130, [day(1), day(2), day(3)], 'failure');
    // Another leg's history in a newer run is not this leg's.
    await saveHistory(deps().artifacts, await job(125, { leg: 'http' }), { branch: [], own: [] }, day(9));
    actions.runs.push({ id: 125, event: 'push', branch: 'main', conclusion: 'success' });

    const loaded = await loadHistory(deps(), await job(200));
    expect(loaded.branchSource).toMatchObject({ runId: 100 });
    expect(loaded.branch.map((e) => e.provenance.commit)).toEqual(['c1']);
    expect(loaded.notes).toEqual([
      'Run 125 has no history artifact for leg "default"; skipped.',
      'Run 120 has no history artifact for leg "default"; skipped.',
      'Run 110: history artifact mcp-ci-history-default-110-1 has expired; skipped.',
    ]);
    expect(downloads()).toHaveLength(1);
  });

  it('is a first run that says so after a bounded number of runs without history', async () => {
    for (let id = 1; id <= MAX_RUNS_TRIED + 3; id += 1)
      actions.runs.push({ id, event: 'push', branch: 'main', conclusion: 'success' });
    const loaded = await loadHistory(deps(), await job(50));
    expect(loaded.branch).toEqual([]);
    expect(loaded.notes.at(-1)).toBe('No history for leg "default" on main: this is a first run there.');
    expect(api.calls().filter((call) => call.endsWith('/artifacts'))).toHaveLength(MAX_RUNS_TRIED);
    expect(downloads()).toEqual([]);
  });

  it('warns naming actions: read when the token cannot list runs, and still saves this run', async () => {
    await earlierRun(100, [day(1)]);
    actions.denyActionsRead();
    const scope = await job(101);
    const loaded = await loadHistory(deps(), scope);
    expect(loaded.warning).toBe(MISSING_ACTIONS_READ);
    expect(loaded.warning).toContain('Add `actions: read` under `permissions:`');
    expect(loaded.branch).toEqual([]);
    const saved = await saveHistory(deps().artifacts, scope, loaded, day(2));
    expect(saved.entries).toBe(1);
  });

  it('serves run() as its history backend: earlier runs of the same target, and this run saved on record', async () => {
    const other = { ...day(2, 'http-run'), target: { transport: 'http' as const, url: 'http://127.0.0.1:1/mcp' } };
    await earlierRun(100, [day(1), other]);
    await job(101);
    const history = await loadCiHistory('ghs_test', 'default');
    if (!history) throw new Error('history expected');
    const backend = artifactHistoryBackend(history);
    expect(backend.baseLabel).toBe('main');
    const previous = await backend.previous(day(3), 30);
    expect(previous.map((e) => e.provenance.commit)).toEqual(['c1']);
    await backend.record(day(3), 30);
    const saved = actions.artifacts.find((a) => a.name === 'mcp-ci-history-default-101-1');
    expect(saved).toBeDefined();
  });
});
