/**
 * What every test of a pull-request job shares: a temporary folder with the job-summary file, the action's stdout
 * captured line by line, and the fake GitHub API with the environment of a workflow run on one pull request.
 * Call `usePullRequestJob` at the top of a test file; it registers its own hooks.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { githubActionsEnv, startFakeGitHub, writePullRequestEvent } from './fake-github.js';
import type { FakeGitHub, FakeGitHubOptions } from './fake-github.js';

export interface PullRequestJobOptions extends FakeGitHubOptions {
  /** The pull request comes from a fork of the repository with this full name. */
  forkOf?: string;
  eventName?: string;
}

export interface PullRequestJob {
  readonly dir: string;
  readonly stepSummary: string;
  /** Everything written to stdout during the current test, one entry per write. */
  readonly output: string[];
  /** Starts the fake API and points the job's environment at it and at the pull request's event file. */
  start(options?: PullRequestJobOptions): Promise<FakeGitHub>;
  /** Stops the fake API before the test ends, to see how the job copes with an API it cannot reach. */
  stopGitHub(): Promise<void>;
}

export function usePullRequestJob(
  prefix: string,
  pullRequest = { repository: 'acme/files', number: 42 },
): PullRequestJob {
  let dir = '';
  let github: FakeGitHub | undefined;
  let output: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    // @actions/core remembers the summary file after its first write, so every test of a file shares this one.
    await writeFile(join(dir, 'step-summary.md'), '', 'utf8');
    output = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      output.push(String(chunk));
      return true;
    });
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    await job.stopGitHub();
  });

  const job: PullRequestJob = {
    get dir() {
      return dir;
    },
    get stepSummary() {
      return join(dir, 'step-summary.md');
    },
    get output() {
      return output;
    },
    async start(options = {}) {
      github = await startFakeGitHub(options);
      const eventPath = await writePullRequestEvent(dir, { ...pullRequest, forkOf: options.forkOf });
      const env = githubActionsEnv({
        apiUrl: github.url,
        eventPath,
        repository: pullRequest.repository,
        stepSummary: job.stepSummary,
        eventName: options.eventName,
      });
      for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
      return github;
    },
    async stopGitHub() {
      const running = github;
      github = undefined;
      await running?.close();
    },
  };
  return job;
}
