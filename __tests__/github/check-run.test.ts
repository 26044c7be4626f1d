import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseConfigFile } from '../../src/config/file.js';
import {
  ANNOTATIONS_PER_REQUEST,
  CHECK_SUMMARY_LIMIT,
  checkRunAnnotations,
  publishCheckRun,
} from '../../src/github/check-run.js';
import type { CheckAnnotation } from '../../src/github/check-run.js';
import { createOctokit } from '../../src/github/octokit.js';
import { publishToGitHub } from '../../src/github/publish.js';
import type { RunResult } from '../../src/model.js';
import { HEAD_SHA, githubActionsEnv, writePullRequestEvent } from '../helpers/fake-github.js';
import { brokenServerRun, syntheticRun } from '../report/fixtures/run-results.js';
import { NOT_ACCESSIBLE, startFakeApi } from './fakes/fake-api.js';
import type { FakeApi, FakeRequest } from './fakes/fake-api.js';

const CONFIG = `stdio: node server.js
expected-failures:
  - lifecycle-version-unsupported
  - ping-basic
bench:
  budgets:
    tools/list:
      max-p95-ms: 5
`;

let dir: string;
let api: FakeApi;
let output: string[];
let created: FakeRequest[];
let updated: FakeRequest[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mcp-ci-check-run-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

beforeEach(async () => {
  api = await startFakeApi();
  created = [];
  updated = [];
  api.on('POST', /^\/repos\/acme\/files\/check-runs$/, (request) => {
    created.push(request);
    return { status: 201, body: { id: 555, html_url: 'https://github.com/acme/files/runs/555' } };
  });
  api.on('PATCH', /^\/repos\/acme\/files\/check-runs\/555$/, (request) => {
    updated.push(request);
    return { body: { id: 555, html_url: 'https://github.com/acme/files/runs/555' } };
  });
  output = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    output.push(String(chunk));
    return true;
  });
});

afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await api.close();
});

const configFile = () => parseConfigFile({ path: join(dir, 'mcp-ci.yml'), text: CONFIG }, dir);

/** The fixture run, with ping-basic listed as an expected failure that passes now. */
function runWithStaleExpectedFailure(): RunResult {
  const run = brokenServerRun();
  const [first] = run.checks;
  if (!first) throw new Error('fixture has checks');
  const stale = {
    ...first,
    id: 'ping-basic',
    status: 'fail' as const,
    message: 'listed in expected-failures but passes now: remove it from expected-failures',
    policy: { staleExpectedFailure: true },
  };
  return { ...run, checks: [...run.checks, stale] };
}

type Output = { title: string; summary: string; annotations?: CheckAnnotation[] };
const outputOf = (request: FakeRequest | undefined): Output => (request?.body as { output: Output }).output;

describe('check run', () => {
  it('puts failing flow steps on their flow file line and setting failures on their mcp-ci.yml line', () => {
    const annotations = checkRunAnnotations(runWithStaleExpectedFailure(), configFile());
    expect(annotations.map((a) => `${a.path}:${a.start_line} ${a.annotation_level} ${a.title}`)).toEqual([
      '.mcp-ci/flows/search.yml:9 failure mcp-ci flow "search round trip": step search-readme failed',
      'mcp-ci.yml:4 failure mcp-ci: ping-basic is listed as an expected failure but passed',
      'mcp-ci.yml:8 failure mcp-ci: tools/list at concurrency 1 exceeded max-p95-ms',
    ]);
    expect(annotations[2]?.message).toBe('max-p95-ms is 5; measured 9.8.');
    // Without mcp-ci.yml only the flow annotations remain.
    expect(checkRunAnnotations(runWithStaleExpectedFailure(), undefined)).toHaveLength(1);
  });

  it('creates a completed check run on the head commit with the verdict as its conclusion', async () => {
    const octokit = createOctokit('ghs_test', { GITHUB_API_URL: api.url });
    const run = { ...brokenServerRun(), outcome: 'failed' as const };
    const outcome = await publishCheckRun(
      octokit,
      { owner: 'acme', repo: 'files', headSha: HEAD_SHA },
      {
        name: 'mcp-ci',
        result: run,
        strict: false,
        commentId: 'default',
        annotations: checkRunAnnotations(run, configFile()),
      },
    );
    expect(outcome).toEqual({ id: 555, url: 'https://github.com/acme/files/runs/555', requests: 1 });
    expect(created).toHaveLength(1);
    expect(updated).toHaveLength(0);
    const body = created[0]?.body as Record<string, unknown>;
    expect(body).toMatchObject({ name: 'mcp-ci', head_sha: HEAD_SHA, status: 'completed', conclusion: 'failure' });
    expect(outputOf(created[0]).title).toMatch(/^mcp-ci gate failed: \d+ passed, \d+ failed/);
    expect(outputOf(created[0]).summary).toContain('search-readme');
    expect(outputOf(created[0]).annotations).toHaveLength(2);

    await publishCheckRun(
      octokit,
      { owner: 'acme', repo: 'files', headSha: HEAD_SHA },
      {
        name: 'conformance',
        result: { ...run, outcome: 'passed' },
        strict: false,
        commentId: 'default',
        annotations: [],
      },
    );
    expect(created[1]?.body).toMatchObject({ name: 'conformance', conclusion: 'success' });
    expect(outputOf(created[1]).annotations).toBeUndefined();
  });

  it('sends annotations 50 per request and fits a huge report into the summary limit', async () => {
    const steps = Array.from({ length: 120 }, (_, index) => ({
      id: `step-${index}`,
      kind: 'call',
      status: 'fail' as const,
      message: `step ${index} failed`,
      durationMs: 1,
      line: index + 1,
    }));
    const run: RunResult = {
      ...syntheticRun(3000),
      flows: [{ name: 'long', file: 'flows/long.yml', status: 'fail', durationMs: 5, steps }],
      outcome: 'failed',
    };
    await publishCheckRun(
      createOctokit('ghs_test', { GITHUB_API_URL: api.url }),
      { owner: 'acme', repo: 'files', headSha: HEAD_SHA },
      {
        name: 'mcp-ci',
        result: run,
        strict: false,
        commentId: 'default',
        annotations: checkRunAnnotations(run, undefined),
      },
    );
    const batches = [...created, ...updated].map((request) => outputOf(request).annotations ?? []);
    expect(batches.map((batch) => batch.length)).toEqual([ANNOTATIONS_PER_REQUEST, ANNOTATIONS_PER_REQUEST, 20]);
    expect(batches.flat().map((annotation) => annotation.start_line)).toEqual(steps.map((step) => step.line));
    for (const request of [...created, ...updated]) {
      const { summary } = outputOf(request);
      expect(summary.length).toBeLessThanOrEqual(CHECK_SUMMARY_LIMIT);
      expect(summary.length).toBeGreaterThan(CHECK_SUMMARY_LIMIT / 2);
    }
  });

  it('warns naming checks: write when the token cannot create check runs, and publishing goes on', async () => {
    const readOnly = await startFakeApi();
    readOnly.on('POST', /check-runs$/, () => ({ status: 403, body: NOT_ACCESSIBLE }));
    try {
      const stepSummary = join(dir, 'summary.md');
      await writeFile(stepSummary, '', 'utf8');
      const eventPath = await writePullRequestEvent(dir, { number: 7, repository: 'acme/files' });
      const env = githubActionsEnv({ apiUrl: readOnly.url, eventPath, repository: 'acme/files', stepSummary });
      for (const [name, value] of Object.entries({ ...env, GITHUB_SHA: 'c'.repeat(40) })) vi.stubEnv(name, value);
      await publishToGitHub(
        { ...brokenServerRun(), outcome: 'failed' },
        {
          token: 'ghs_test',
          comment: 'off',
          commentId: 'default',
          outDir: join(dir, 'out'),
          strict: false,
          checkRun: { name: 'mcp-ci' },
        },
      );
      // The check run goes on the pull request's head commit, not the merge commit the job checked out.
      expect(readOnly.requests.map((request) => (request.body as { head_sha?: string }).head_sha)).toEqual([HEAD_SHA]);
      const warnings = output.filter((line) => line.startsWith('::warning::'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('the token lacks the `checks: write` permission');
      expect(warnings[0]).toContain('The verdict is unchanged.');
    } finally {
      await readOnly.close();
    }
  });
});
