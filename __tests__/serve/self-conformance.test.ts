/**
 * mcp-ci eats its own cooking: its conformance engine, run against `mcp-ci serve` over stdio and over Streamable
 * HTTP (loopback, --no-auth), finds no failure and no warning in any protocol version.
 */
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TargetConfig } from '../../src/config/config.js';
import type { RunResult } from '../../src/model.js';
import { run } from '../../src/run.js';
import { freePort, testConfig } from '../helpers/config.js';
import { buildCli, makeProject, removeProject } from './helpers.js';

let cli: string;
let project: string;

beforeAll(async () => {
  cli = await buildCli('self');
  project = await makeProject();
}, 120_000);

afterAll(async () => {
  await removeProject(project);
  await rm(cli, { force: true });
});

function serveLaunch(...args: string[]) {
  const argv = [process.execPath, cli, 'serve', ...args];
  return { commandLine: argv.join(' '), argv, cwd: project, env: {} };
}

/** Every finding that is not a pass or a skip, in a form that says what broke where. */
function findings(result: RunResult): string[] {
  return result.checks
    .filter((check) => check.status === 'fail' || check.status === 'warn')
    .map((check) => `${check.status} ${check.id} @ ${check.protocolVersion}: ${check.message}`);
}

/** The run's result and what the server wrote to stderr (it says why, should the server stop answering). */
async function conformance(target: TargetConfig): Promise<{ result: RunResult; stderr: string }> {
  // A fresh mcp-ci process takes seconds to start on a loaded two-core runner, and a tool call made by a check gets
  // more than its default half second there; the checks' own waits stay as set.
  const config = testConfig(target, { bootTimeoutMs: 60_000, requestTimeoutMs: 10_000, toolBudgetMs: 5_000 });
  const result = await run(config);
  return { result, stderr: await readFile(join(config.outDir, 'server-stderr.log'), 'utf8').catch(() => '') };
}

describe('mcp-ci serve passes its own conformance suite', { timeout: 480_000 }, () => {
  it('over stdio', async () => {
    const { result, stderr } = await conformance({ transport: 'stdio', launch: serveLaunch() });
    expect(result.boot.ok, result.boot.error).toBe(true);
    expect(result.server.name).toBe('mcp-ci');
    expect(findings(result), stderr).toEqual([]);
    expect(result.summary.pass).toBeGreaterThan(100);
    expect(result.outcome).toBe('passed');
  });

  it('over Streamable HTTP', async () => {
    const port = await freePort();
    const { result, stderr } = await conformance({
      transport: 'http',
      url: `http://127.0.0.1:${port}/mcp`,
      launch: serveLaunch('--http', `127.0.0.1:${port}`, '--no-auth'),
      headers: {},
    });
    expect(result.boot.ok, result.boot.error).toBe(true);
    expect(findings(result), stderr).toEqual([]);
    expect(result.checks.filter((check) => check.section === 'http' && check.status === 'pass').length).toBeGreaterThan(
      20,
    );
    expect(result.outcome).toBe('passed');
  });
});
