/**
 * `mcp-ci serve` over stdio, driven by the SDK client as an assistant's client drives it: runs stream their progress
 * in order and log each failure as found, a cancelled run leaves none of its processes behind, and the history,
 * catalogue, resources and prompt answer about the runs. Targets are the bundled example server and the fault
 * fixture, declared in the project's settings files.
 */
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import {
  LoggingMessageNotificationSchema,
  type CallToolResult,
  type LoggingMessageNotification,
  type Progress,
} from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunView } from '../../src/serve/run-view.js';
import { alive, buildCli, descendants, makeProject, removeProject } from './helpers.js';

let cli: string;
let project: string;
let outside: string;
let client: Client;
let transport: StdioClientTransport;
let stderr = '';
const logs: LoggingMessageNotification['params'][] = [];

/** Long enough for a run on a loaded two-core runner; the run itself is bounded by the server's run timeout. */
const RUN_TIMEOUT_MS = 240_000;

async function call(name: string, args: Record<string, unknown> = {}, onprogress?: (progress: Progress) => void) {
  return (await client.callTool({ name, arguments: args }, undefined, {
    timeout: RUN_TIMEOUT_MS,
    ...(onprogress && { onprogress }),
  })) as CallToolResult;
}

const structured = <T = RunView>(result: CallToolResult) => result.structuredContent as T;

interface Explained {
  specSentence: string;
  specUrl: string;
  howToFix: string[];
  latest?: { runId: string; status: string };
}
interface HistoryRun {
  id: number;
  leg?: string;
}
const errorText = (result: CallToolResult) =>
  result.isError ? String((result.content[0] as { text: string }).text) : '';

beforeAll(async () => {
  cli = await buildCli('client');
  project = await makeProject();
  outside = await mkdtemp(join(tmpdir(), 'mcp-ci-outside-'));
  await writeFile(join(outside, 'stolen.yml'), 'name: outside\nsteps: []\n');
  await symlink(join(outside, 'stolen.yml'), join(project, 'flows', 'link-out.yml'));
  transport = new StdioClientTransport({
    command: process.execPath,
    args: [cli, 'serve', '--target', 'mcp-ci.yml', '--target', 'faulty.yml'],
    cwd: project,
    stderr: 'pipe',
  });
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  client = new Client({ name: 'mcp-ci-serve-tests', version: '0.0.0' });
  client.setNotificationHandler(
    LoggingMessageNotificationSchema,
    (notification) => void logs.push(notification.params),
  );
  await client.connect(transport);
}, 120_000);

afterAll(async () => {
  await client?.close();
  await removeProject(project);
  await rm(outside, { recursive: true, force: true });
  await rm(cli, { force: true });
});

describe('mcp-ci serve over stdio', { timeout: RUN_TIMEOUT_MS * 2 }, () => {
  it('lists its tools with schemas and annotations, and its prompt', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name).sort()).toEqual(
      ['compare_runs', 'explain_check', 'history', 'list_checks', 'run', 'run_status', 'trends'].sort(),
    );
    for (const tool of tools) {
      expect(tool.outputSchema?.type, tool.name).toBe('object');
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(tool.name !== 'run');
      expect(tool.annotations?.openWorldHint, tool.name).toBe(false);
    }
    const run = tools.find((tool) => tool.name === 'run')!;
    expect(Object.keys(run.inputSchema.properties ?? {}).sort()).toEqual([
      'flows',
      'protocolVersion',
      'suite',
      'target',
    ]);
    const { prompts } = await client.listPrompts();
    expect(prompts.map((prompt) => prompt.name)).toEqual(['triage_run']);
  });

  it('streams a run: progress counts up in order, and the answer carries the verdict and the reports', async () => {
    const seen: Progress[] = [];
    const result = await call('run', { suite: 'conformance', protocolVersion: '2025-11-25' }, (p) => seen.push(p));
    expect(errorText(result)).toBe('');
    const run = structured(result);
    expect(run).toMatchObject({ target: 'default', suite: 'conformance', status: 'passed', failures: [] });
    const summary = run.summary!;
    const reports = run.reports!;
    expect(summary.fail).toBe(0);
    expect(run.progress.checks).toBe(summary.pass + summary.fail + summary.warn + summary.skip);
    // One notification per finished check, numbered 1, 2, 3 ... as they finished, before the answer.
    const checkSteps = seen.filter((p) => p.message?.startsWith('checks: '));
    expect(checkSteps.length).toBe(run.progress.checks);
    expect(seen.map((p) => p.progress)).toEqual([...seen.map((p) => p.progress)].sort((a, b) => a - b));
    expect(new Set(seen.map((p) => p.progress)).size).toBe(seen.length);
    expect(checkSteps.map((p) => p.message!.match(/^checks: (\d+)( of \d+)? done/)?.[1])).toEqual(
      checkSteps.map((_, index) => String(index + 1)),
    );
    // The total is known once the versions are: from then on every check step carries it, and it is exact.
    expect(run.progress.plannedChecks).toBe(run.progress.checks);
    const firstWithTotal = checkSteps.findIndex((p) => p.total !== undefined);
    expect(firstWithTotal).toBeGreaterThanOrEqual(0);
    expect(checkSteps.slice(firstWithTotal).every((p) => p.total === run.progress.checks)).toBe(true);
    expect(checkSteps.at(-1)!.message).toMatch(
      new RegExp(`^checks: ${run.progress.checks} of ${run.progress.checks} done`),
    );
    expect(JSON.parse((result.content[0] as { text: string }).text)).toEqual(run);

    const report = await client.readResource({ uri: reports.report });
    expect(String((report.contents[0] as { text: string }).text)).toContain('mcp-ci');
    const results = await client.readResource({ uri: reports.results });
    expect(JSON.parse(String((results.contents[0] as { text: string }).text)).summary).toEqual(summary);
    const { resources } = await client.listResources();
    expect(resources.map((resource) => resource.uri)).toEqual(
      expect.arrayContaining([reports.report, reports.results]),
    );
  });

  it('logs each failure as it is found, and explains the broken check', async () => {
    const before = logs.length;
    const result = await call('run', { target: 'faulty', suite: 'conformance', protocolVersion: '2025-11-25' });
    const run = structured(result);
    expect(run.status).toBe('failed');
    expect(run.failures).toContainEqual(
      expect.objectContaining({ kind: 'check', id: 'ping-empty-result', status: 'fail', level: 'MUST' }),
    );
    const failureLogs = logs.slice(before).filter((log) => log.level === 'error');
    expect(failureLogs.map((log) => log.data)).toContainEqual(
      expect.stringMatching(/^FAIL ping-empty-result @ 2025-11-25 \(MUST\)/),
    );
    expect(failureLogs.length).toBe(run.failures.filter((f) => f.status === 'fail').length);

    const explained = structured<Explained>(await call('explain_check', { id: 'ping-empty-result' }));
    expect(explained.specSentence).toBe('The receiver MUST respond promptly with an empty response.');
    expect(explained.specUrl).toMatch(/^https:\/\/modelcontextprotocol\.io\/specification\/.+\/ping/);
    expect(explained.howToFix.join('\n')).toContain('expected-failures');
    expect(explained.latest).toMatchObject({ runId: run.runId, status: 'fail' });

    const prompt = await client.getPrompt({ name: 'triage_run', arguments: { runId: run.runId } });
    const text = String((prompt.messages[0]!.content as { text: string }).text);
    expect(text).toContain(`mcp-ci://runs/${run.runId}/report.md`);
    expect(text).toContain('ping-empty-result');
  });

  it('streams flow steps and benchmark operations, and compares runs as the PR comment does', async () => {
    const steps: Progress[] = [];
    const flows = structured(await call('run', { suite: 'flows', flows: ['flows/shop.yml'] }, (p) => steps.push(p)));
    expect(flows).toMatchObject({ status: 'passed', suite: 'flows' });
    expect(flows.progress.flowSteps).toBeGreaterThan(0);
    expect(steps.filter((p) => p.message?.startsWith('flow shop orders: step'))).toHaveLength(flows.progress.flowSteps);

    const operations: Progress[] = [];
    const bench = structured(await call('run', { suite: 'benchmarks' }, (p) => operations.push(p)));
    expect(bench.progress.benchOperations).toBeGreaterThan(0);
    expect(operations.filter((p) => p.message?.startsWith('benchmarks:'))).toHaveLength(bench.progress.benchOperations);

    const history = structured<{ runs: HistoryRun[] }>(await call('history'));
    const shopRuns = history.runs.filter((run) => run.leg === 'default');
    expect(shopRuns.length).toBe(3);
    const [head, base] = shopRuns as [HistoryRun, HistoryRun];
    const comparison = structured<{ base: number; head: number; markdown: string }>(
      await call('compare_runs', { base: base.id, head: head.id }),
    );
    expect(comparison).toMatchObject({ base: base.id, head: head.id });
    // The report puts a zero-width space after '#' so GitHub does not link an issue of that number.
    expect(comparison.markdown).toMatch(new RegExp(`^#### Since run #(&#8203;)?${base.id} `));
    const { checkRuns } = structured<{ checkRuns: { status: string }[] }>(
      await call('history', { checkId: 'ping-empty-result' }),
    );
    expect(checkRuns.map((run) => run.status).sort()).toEqual(['fail', 'pass']);
    const trends = structured<{ targets: { trends: unknown[] }[] }>(await call('trends'));
    expect(trends.targets.some((target) => target.trends.length > 0)).toBe(true);
  });

  it('refuses paths out of the project, unknown targets and checks, as tool errors', async () => {
    expect(errorText(await call('run', { suite: 'flows', flows: ['../escape.yml'] }))).toMatch(
      /flow file "\.\.\/escape\.yml" lies outside the project root/,
    );
    expect(errorText(await call('run', { suite: 'flows', flows: ['flows/link-out.yml'] }))).toMatch(
      /is a symlink to .*stolen\.yml, outside the project root/,
    );
    expect(errorText(await call('run', { suite: 'flows', flows: [join(outside, 'stolen.yml')] }))).toMatch(
      /give a path relative to the project root/,
    );
    expect(errorText(await call('run', { target: 'prod' }))).toMatch(
      /no target "prod" in this project; its targets: "default", "faulty"/,
    );
    expect(errorText(await call('explain_check', { id: 'no-such-check' }))).toMatch(/no check "no-such-check"/);
    await expect(client.callTool({ name: 'rm_rf', arguments: {} })).rejects.toThrow(/Unknown tool/);
  });

  it('runs one run at a time per target, and a cancelled run takes every process it started with it', async () => {
    const serve = transport.pid!;
    const controller = new AbortController();
    let firstProgress: () => void;
    const progressed = new Promise<void>((resolve) => (firstProgress = resolve));
    const running = client
      .callTool({ name: 'run', arguments: { suite: 'conformance' } }, undefined, {
        signal: controller.signal,
        timeout: RUN_TIMEOUT_MS,
        onprogress: () => firstProgress(),
      })
      .then(
        () => 'finished',
        (error: Error) => `rejected: ${error.message}`,
      );
    // A run refused at once would never progress: the race keeps the test from waiting for nothing.
    await Promise.race([progressed, running]);

    expect(errorText(await call('run', { suite: 'conformance' }))).toMatch(/still going on for target "default"/);
    // Both targets keep their history in one file: two runs at once would lose one of them.
    expect(errorText(await call('run', { target: 'faulty' }))).toMatch(/still going on for the same history file/);
    const status = structured(await call('run_status'));
    expect(status.status).toBe('running');

    // The worker and the example servers it booted.
    const started = await descendants(serve);
    expect(started.length).toBeGreaterThanOrEqual(2);
    controller.abort();
    expect(await running).toMatch(/^rejected: .*abort/i);
    const deadline = Date.now() + 20_000;
    let left = started;
    while (left.length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      left = (await Promise.all(started.map(async (pid) => ((await alive(pid)) ? [pid] : [])))).flat();
    }
    expect(left).toEqual([]);
    // The processes are gone; the record follows once the worker's exit has been handled.
    let cancelled = structured(await call('run_status', { runId: status.runId }));
    while (cancelled.status === 'running' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      cancelled = structured(await call('run_status', { runId: status.runId }));
    }
    expect(cancelled).toMatchObject({ status: 'cancelled', error: 'the client cancelled the run' });
    expect(stderr).toBe('');
  });
});
