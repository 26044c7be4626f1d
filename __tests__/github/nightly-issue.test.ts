import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareRuns } from '../../src/history/compare.js';
import type { Comparison } from '../../src/history/compare.js';
import type { HistoryEntry } from '../../src/history/entry.js';
import { NIGHTLY_LABEL, nightlyFindings, nightlyMarker, renderNightlyIssue } from '../../src/github/nightly-issue.js';
import type { NightlyContext } from '../../src/github/nightly-issue.js';
import { publishNightlyIssue } from '../../src/github/publish.js';
import type { RunResult } from '../../src/model.js';
import { entry, runs } from '../history/entries.js';
import { brokenServerRun, HOSTILE } from '../report/fixtures/run-results.js';
import { NOT_ACCESSIBLE, startFakeApi } from './fakes/fake-api.js';
import type { FakeApi } from './fakes/fake-api.js';

interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
  assignees: string[];
  comments: string[];
  pullRequest?: boolean;
}

let api: FakeApi;
let issues: FakeIssue[];
let output: string[];

const CONTEXT: NightlyContext = {
  owner: 'acme',
  repo: 'files',
  workflow: 'nightly.yml',
  leg: 'default',
  branch: 'main',
  runUrl: 'https://github.com/acme/files/actions/runs/2002',
  baseRunUrl: 'https://github.com/acme/files/actions/runs/1001',
  baseCommit: '1'.repeat(40),
  commit: '2'.repeat(40),
  serverUrl: 'https://github.com',
};

beforeEach(async () => {
  api = await startFakeApi();
  issues = [];
  const json = (issue: FakeIssue) => ({
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    labels: issue.labels.map((name) => ({ name })),
    html_url: `https://github.com/acme/files/issues/${issue.number}`,
    ...(issue.pullRequest && { pull_request: { url: 'x' } }),
  });
  api.on('GET', /^\/repos\/acme\/files\/issues$/, (request) => {
    const { labels, state, direction } = request.query;
    const listed = issues
      .filter((issue) => !labels || labels.split(',').every((label) => issue.labels.includes(label)))
      .filter((issue) => !state || state === 'all' || issue.state === state)
      .sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
    return { body: listed.map(json) };
  });
  api.on('POST', /^\/repos\/acme\/files\/issues$/, (request) => {
    const body = request.body as { title: string; body: string; labels?: string[]; assignees?: string[] };
    const issue: FakeIssue = {
      number: issues.length + 1,
      title: body.title,
      body: body.body,
      state: 'open',
      labels: body.labels ?? [],
      assignees: body.assignees ?? [],
      comments: [],
    };
    issues.push(issue);
    return { status: 201, body: json(issue) };
  });
  api.on('POST', /^\/repos\/acme\/files\/issues\/(\d+)\/comments$/, (request, match) => {
    const issue = issues.find((candidate) => candidate.number === Number(match[1]));
    if (!issue) return { status: 404, body: { message: 'Not Found' } };
    issue.comments.push((request.body as { body: string }).body);
    return {
      status: 201,
      body: { id: issue.comments.length, html_url: `https://github.com/acme/files/issues/${issue.number}#c` },
    };
  });
  api.on('PATCH', /^\/repos\/acme\/files\/issues\/(\d+)$/, (request, match) => {
    const issue = issues.find((candidate) => candidate.number === Number(match[1]));
    if (!issue) return { status: 404, body: { message: 'Not Found' } };
    Object.assign(issue, request.body);
    return { body: json(issue) };
  });
  vi.stubEnv('GITHUB_API_URL', api.url);
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

const POLICY = { policy: { thresholdPct: 20, minMs: 1 } };
const clean = (): RunResult => ({ ...brokenServerRun(), outcome: 'passed' });
const failing = (): RunResult => ({ ...brokenServerRun(), outcome: 'failed' });

function compare(current: HistoryEntry, previous: HistoryEntry[]): Comparison {
  return compareRuns(current, previous, POLICY);
}

const night = (options = { labels: ['nightly'], assignees: ['octocat'] }) => ({ token: 'ghs_test', ...options });
const publish = (result: RunResult, comparison: Comparison | undefined) =>
  publishNightlyIssue(result, comparison, CONTEXT, night());

describe('nightly issue', () => {
  it('opens one issue on a regression, comments on it while it lasts, and closes it on the first clean run', async () => {
    // Someone's issue with the same title but no marker is never taken for mcp-ci's.
    issues.push({
      number: 1,
      title: 'mcp-ci nightly regression: nightly.yml (default) on main',
      body: 'I saw this too',
      state: 'open',
      labels: [NIGHTLY_LABEL],
      assignees: [],
      comments: [],
    });
    const previous = runs({ checks: { ping: 'pass', search: 'pass' } });
    const regression = compare(entry({ commit: 'c9', day: 9, checks: { ping: 'fail', search: 'pass' } }), previous);

    const opened = await publish(failing(), regression);
    expect(opened).toMatchObject({ action: 'opened', number: 2 });
    const [, issue] = issues;
    expect(issue?.body.startsWith(nightlyMarker(CONTEXT))).toBe(true);
    expect(issue?.labels).toEqual([NIGHTLY_LABEL, 'nightly']);
    expect(issue?.assignees).toEqual(['octocat']);
    expect(issue?.body).toContain('[This nightly run](https://github.com/acme/files/actions/runs/2002)');
    expect(issue?.body).toContain('[the last good run](https://github.com/acme/files/actions/runs/1001)');
    expect(issue?.body).toContain(
      `[1111111...2222222](https://github.com/acme/files/compare/${'1'.repeat(40)}...${'2'.repeat(40)})`,
    );
    expect(issue?.body).toContain('#### New failures (1)\n\n- check `ping` (2025-11-25): pass → fail');

    // The next night fails the same way: a comment on the open issue, not a second issue.
    expect(await publish(failing(), regression)).toMatchObject({ action: 'commented', number: 2 });
    expect(issues).toHaveLength(2);
    expect(issue?.comments[0]).toContain('Still worse than');

    const fixed = compare(entry({ commit: 'c10', day: 10, checks: { ping: 'pass', search: 'pass' } }), previous);
    expect(await publish(clean(), fixed)).toMatchObject({ action: 'closed', number: 2 });
    expect(issue?.state).toBe('closed');
    expect(issue?.comments.at(-1)).toContain('is clean');
    // The look-alike issue was left alone.
    expect(issues[0]?.comments).toEqual([]);
    expect(issues[0]?.state).toBe('open');

    // Nothing to do on a further clean night.
    expect(await publish(clean(), fixed)).toEqual({ action: 'none', reason: 'clean, and no open issue' });
  });

  it('opens a new issue linking the closed one instead of reopening it', async () => {
    const previous = runs({ checks: { ping: 'pass' } });
    const regression = compare(entry({ commit: 'c5', day: 5, checks: { ping: 'fail' } }), previous);
    await publish(failing(), regression);
    await publish(clean(), compare(entry({ commit: 'c6', day: 6, checks: { ping: 'pass' } }), previous));
    const again = await publish(failing(), regression);
    expect(again).toMatchObject({ action: 'opened', number: 2, previous: 1 });
    expect(issues[0]?.state).toBe('closed');
    expect(issues[1]?.body).toContain('The previous regression was tracked in #1.');
    expect(api.requests.filter((r) => r.method === 'PATCH').map((r) => r.body)).toEqual([
      { state: 'closed', state_reason: 'completed' },
    ]);
  });

  it('does not open an issue for a flaky failure, but lists it in the open issue', async () => {
    // pass, fail, pass, fail on one server: flaky, failing now.
    const history = runs(
      { checks: { a: 'pass', b: 'pass' } },
      { checks: { a: 'fail', b: 'pass' } },
      { checks: { a: 'pass', b: 'pass' } },
    );
    const flaky = compare(entry({ commit: 'c3', day: 3, checks: { a: 'fail', b: 'pass' } }), history);
    expect(flaky.flaky).toHaveLength(1);
    expect(await publish(failing(), flaky)).toEqual({ action: 'none', reason: 'no regression' });
    expect(issues).toEqual([]);

    // With a regression open, the flaky failure is listed there.
    const regression = compare(entry({ commit: 'c3', day: 3, checks: { a: 'pass', b: 'fail' } }), history);
    await publish(failing(), regression);
    expect(await publish(failing(), flaky)).toMatchObject({ action: 'commented', number: 1 });
    expect(issues[0]?.comments[0]).toContain(
      '#### Flaky (not counted as a regression) (1)\n\n- check `a` (2025-11-25): ✅❌✅❌',
    );
    expect(issues[0]?.state).toBe('open');
  });

  it('treats a boot failure and a breaking interface change as regressions, with server text escaped', () => {
    const tool = (name: string) => ({ name, inputSchema: { type: 'object' } });
    const base = { ...entry({ day: 1, commit: 'c1', checks: { ping: 'pass' } }) };
    base.interface = {
      capabilities: { tools: {} },
      tools: [tool(HOSTILE.mentions), tool('search')],
      resources: [],
      resourceTemplates: [],
      prompts: [],
    };
    const now = { ...entry({ day: 2, commit: 'c2', checks: { ping: 'pass' } }) };
    now.interface = {
      capabilities: { tools: {} },
      tools: [tool('search')],
      resources: [],
      resourceTemplates: [],
      prompts: [],
    };
    const booted: RunResult = { ...failing(), boot: { ok: false, ms: 10, error: `crashed ${HOSTILE.script}` } };
    const findings = nightlyFindings(booted, compare(now, [base]));
    expect(findings.breaking).toHaveLength(1);
    expect(findings.bootFailure).toContain('crashed');
    const body = renderNightlyIssue(findings, CONTEXT, 'issue');
    expect(body).toContain('#### The server did not boot');
    expect(body).toContain('#### Breaking interface changes (1)');
    // No live mention, no raw HTML outside a code block.
    expect(body).not.toMatch(/(^|[^;])@octocat/);
    expect(body.split('```')[0]).not.toContain('<script>');
  });

  it('warns naming issues: write when the token cannot open issues; the verdict is left alone', async () => {
    const readOnly = await startFakeApi();
    readOnly.on('GET', /issues$/, () => ({ body: [] }));
    readOnly.on('POST', /issues$/, () => ({ status: 403, body: NOT_ACCESSIBLE }));
    try {
      const regression = compare(
        entry({ commit: 'c9', day: 9, checks: { ping: 'fail' } }),
        runs({ checks: { ping: 'pass' } }),
      );
      vi.stubEnv('GITHUB_API_URL', readOnly.url);
      const outcome = await publishNightlyIssue(failing(), regression, CONTEXT, night());
      expect(outcome).toBeUndefined();
      const warnings = output.filter((line) => line.startsWith('::warning::'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('the token lacks the `issues: write` permission');
      expect(process.exitCode ?? 0).toBe(0);
    } finally {
      await readOnly.close();
    }
  });
});
