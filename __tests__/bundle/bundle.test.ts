/**
 * The committed bundles, run the way users run them: `node dist/cli.js` and `node dist/index.js` (the action,
 * with INPUT_* variables and the GitHub files a runner provides), against the example server and a fake GitHub
 * REST API on loopback. `.ci/run` rebuilds dist/ before the tests, so these always test the current sources.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { githubActionsEnv, startFakeGitHub, writePullRequestEvent, type FakeGitHub } from '../helpers/fake-github.js';
import { FAULTY_SERVER, SHOP_SERVER } from '../helpers/config.js';

const exec = promisify(execFile);

interface Finished {
  code: number;
  stdout: string;
  stderr: string;
}

async function node(args: string[], env: Record<string, string> = {}): Promise<Finished> {
  try {
    const { stdout, stderr } = await exec(process.execPath, args, {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mcp-ci-bundle-'));
});

describe('dist/cli.js', () => {
  it('runs the pipeline against the example server and exits 0', async () => {
    const out = join(dir, 'out');
    const run = await node(['dist/cli.js', 'run', '--stdio', `node ${SHOP_SERVER}`, '--out', out, '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'));
    expect(results.outcome).toBe('passed');
    expect(results.summary.fail).toBe(0);
    await expect(readFile(join(out, 'junit.xml'), 'utf8')).resolves.toContain('<testsuites');
    await expect(readFile(join(out, 'report.md'), 'utf8')).resolves.toContain('<!-- mcp-ci:default -->');
  });

  it('exits 1 when a MUST check fails', async () => {
    const run = await node(
      ['dist/cli.js', 'run', '--stdio', `node ${FAULTY_SERVER}`, '--out', join(dir, 'out'), '--quiet'],
      {
        MCP_FAULTS: 'ping-error',
      },
    );
    expect(run.code).toBe(1);
  });

  it('exits 2 on a configuration error that names the flag', async () => {
    const run = await node(['dist/cli.js', 'run', '--stdio', 'node x.js', '--timeout-ms', 'soon']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--timeout-ms/);
  });

  it('exits 3 when the server cannot be booted, with its stderr tail', async () => {
    const run = await node([
      'dist/cli.js',
      'run',
      '--stdio',
      'node __tests__/fixtures/boot/exits-at-once.mjs',
      '--out',
      join(dir, 'out'),
    ]);
    expect(run.code).toBe(3);
    expect(run.stdout + run.stderr).toContain('WEATHER_API_KEY');
  });

  it('loads the chunks each command imports on use: flows, benchmarks, history, merge and a run of mcp-ci serve', async () => {
    const history = join(dir, 'history.db');
    const out = join(dir, 'out');
    const config = join(dir, 'bench.yml');
    // No slowdown under a minute is a regression: the second run's comparison loads the statistics library all the
    // same, and a runner that gets busier between the two runs (a 1.9 ms ping became 19.8 ms under load) does not
    // fail the gate, as it would by design with the default thresholds.
    await writeFile(config, 'bench:\n  iterations: 5\n  warmup: 1\n  concurrency: [1]\n  regression-min-ms: 60000\n');
    // Twice: the second run compares its latencies with the first's in the history (the statistics library).
    for (const attempt of [1, 2]) {
      const run = await node([
        'dist/cli.js',
        'run',
        '--stdio',
        `node ${SHOP_SERVER}`,
        '--flows',
        'examples/flows/shop.yml',
        '--config',
        config,
        '--out',
        out,
        '--history',
        history,
      ]);
      expect(run.stderr).toBe('');
      // On a failure, what the run printed says which check or step failed.
      expect(run.code, `run ${attempt}:\n${run.stdout.slice(-3_000)}`).toBe(0);
    }
    const results = JSON.parse(await readFile(join(out, 'results.json'), 'utf8'));
    expect(results.flows.map((flow: { status: string }) => flow.status)).toEqual(['pass']);
    expect(results.bench.length).toBeGreaterThan(0);
    expect(results.comparison.base.runs).toBe(1);
    expect(results.comparison.latency.length).toBeGreaterThan(0);
    await expect(readFile(join(out, 'bench.json'), 'utf8')).resolves.toContain('"name"');
    const listed = await node(['dist/cli.js', 'history', '--history', history, '--json']);
    expect(listed.stderr).toBe('');
    expect(JSON.parse(listed.stdout)).toHaveLength(2);
    const merged = await node(['dist/cli.js', 'merge', out, '--out', join(dir, 'merged'), '--quiet']);
    expect(merged.code).toBe(0);
    await expect(readFile(join(dir, 'merged', 'report.md'), 'utf8')).resolves.toContain('mcp-ci');

    // serve forks the launcher for each run, which then loads the run's stages in the worker.
    const shop = `node ${join(process.cwd(), SHOP_SERVER)}`;
    await writeFile(join(dir, 'mcp-ci.yml'), `stdio: ${JSON.stringify(shop)}\nhistory: off\n`);
    const transport = new StdioClientTransport({
      command: process.execPath,
      args: [join(process.cwd(), 'dist/cli.js'), 'serve', '--target', 'mcp-ci.yml'],
      cwd: dir,
      stderr: 'pipe',
    });
    const client = new Client({ name: 'bundle-test', version: '0.0.0' });
    try {
      await client.connect(transport);
      const result = await client.callTool(
        { name: 'run', arguments: { suite: 'conformance', protocolVersion: '2025-11-25' } },
        undefined,
        { timeout: 120_000 },
      );
      expect(result.isError).toBeFalsy();
      expect(result.structuredContent).toMatchObject({ status: 'passed', failures: [] });
    } finally {
      await client.close();
    }
  }, 180_000);

  it('lists the catalogue', async () => {
    const run = await node(['dist/cli.js', 'checks', '--json']);
    expect(run.code).toBe(0);
    const entries = JSON.parse(run.stdout) as { id: string; requirements: string[] }[];
    expect(entries.length).toBeGreaterThan(50);
    expect(entries.every((e) => e.requirements.length > 0)).toBe(true);
  });
});

describe('dist/index.js (the action) with a fake GitHub API', () => {
  let github: FakeGitHub;
  beforeEach(async () => {
    github = await startFakeGitHub();
  });
  afterEach(async () => {
    await github.close();
  });

  async function runAction(
    eventPath: string,
    inputs: Record<string, string> = {},
  ): Promise<Finished & { outputs: string }> {
    // The runner creates both files before the step starts.
    const outputFile = join(dir, `output-${Math.random().toString(36).slice(2)}`);
    await writeFile(outputFile, '');
    await writeFile(join(dir, 'summary.md'), '', { flag: 'a' });
    const finished = await node(['dist/index.js'], {
      ...githubActionsEnv({
        apiUrl: github.url,
        eventPath,
        repository: 'octo/shop',
        stepSummary: join(dir, 'summary.md'),
      }),
      GITHUB_OUTPUT: outputFile,
      INPUT_STDIO: `node ${SHOP_SERVER}`,
      INPUT_OUT: join(dir, 'out'),
      'INPUT_GITHUB-TOKEN': 'ghs_faketoken1234',
      ...inputs,
    });
    return { ...finished, outputs: await readFile(outputFile, 'utf8') };
  }

  it('creates the sticky comment, updates the same comment in place, and leaves an unchanged one alone', async () => {
    const event = await writePullRequestEvent(dir, { number: 7, repository: 'octo/shop' });
    // One version per run keeps three runs of the action short; the change of version changes the comment.
    const first = await runAction(event, { 'INPUT_PROTOCOL-VERSION': '2025-11-25' });
    expect(first.code).toBe(0);
    expect(first.outputs).toMatch(/passed<<.*\n\d+\n/);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toContain('<!-- mcp-ci:default -->');
    const summary = await readFile(join(dir, 'summary.md'), 'utf8');
    expect(summary).toContain('mcp-ci');

    const second = await runAction(event, { 'INPUT_PROTOCOL-VERSION': '2025-06-18' });
    expect(second.code).toBe(0);
    expect(github.comments).toHaveLength(1);
    expect(github.comments[0]!.body).toContain('2025-06-18');
    expect(github.writes().map((w) => w.method)).toEqual(['POST', 'PATCH']);

    // The same findings again (only timings and message counts differ): no write.
    await runAction(event, { 'INPUT_PROTOCOL-VERSION': '2025-06-18' });
    expect(github.writes().map((w) => w.method)).toEqual(['POST', 'PATCH']);
  }, 60_000);

  it('makes no write on a fork pull request and saves the comment for a publisher workflow', async () => {
    const event = await writePullRequestEvent(dir, { number: 8, repository: 'octo/shop', forkOf: 'someone/shop' });
    const run = await runAction(event);
    expect(run.code).toBe(0);
    expect(github.writes()).toEqual([]);
    await expect(readFile(join(dir, 'out', 'comment.md'), 'utf8')).resolves.toContain('<!-- mcp-ci:default -->');
    await expect(readFile(join(dir, 'out', 'pr-number.txt'), 'utf8')).resolves.toContain('8');
  });

  it('fails the step when the gate fails, after writing the outputs', async () => {
    const event = await writePullRequestEvent(dir, { number: 9, repository: 'octo/shop' });
    const run = await runAction(event, { INPUT_STDIO: `node ${FAULTY_SERVER}`, INPUT_ENV: 'MCP_FAULTS=ping-error' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/::error::mcp-ci gate failed/);
    expect(run.outputs).toMatch(/failed<<.*\n[1-9]\d*\n/);
  });
});

describe('Ctrl-C', () => {
  it('ends the server and its children when the CLI is interrupted mid-run', async () => {
    const { spawn } = await import('node:child_process');
    const pidsFile = join(dir, 'pids');
    const cli = spawn(
      process.execPath,
      ['dist/cli.js', 'run', '--stdio', 'node __tests__/fixtures/boot/spawns-child.mjs', '--out', join(dir, 'out')],
      { stdio: 'ignore', env: { ...process.env, PIDS_FILE: pidsFile } },
    );
    const exited = new Promise<number | null>((resolve) => cli.once('exit', (exitCode) => resolve(exitCode)));
    // The fixture writes its pid and its child's once it runs; wait for them (bounded), then interrupt the CLI.
    let pids: number[] = [];
    for (let waited = 0; pids.length < 2 && waited < 10_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      pids = (await readFile(pidsFile, 'utf8').catch(() => '')).split(/\s+/).filter(Boolean).map(Number);
    }
    expect(pids).toHaveLength(2);
    cli.kill('SIGINT');
    expect(await exited).toBe(130);
    const alive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    // SIGKILL is delivered at once, but the kernel reaps the processes a moment later.
    for (let waited = 0; pids.some(alive) && waited < 3_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(pids.filter(alive)).toEqual([]);
  });
});
