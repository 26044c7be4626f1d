import { describe, expect, it } from 'vitest';
import { testConfig } from '../helpers/config.js';
import { faultyHttp } from '../helpers/conformance.js';
import { runConfig, runHttpFixture, runStdioFixture } from './helpers.js';

describe('a server that crashes or falls silent mid-run', () => {
  it('over stdio: the crash fails the run with its exit code and stderr tail', async () => {
    const run = await runStdioFixture('crash-mid-run.mjs');
    expect(run.result.boot.ok).toBe(true);
    expect(run.exitCode).toBe(1);
    const crash = run.check('lifecycle-no-unexpected-exit');
    expect(crash?.status).toBe('fail');
    expect(crash?.message).toMatch(/exited with code 1/);
    expect(JSON.stringify(crash?.evidence)).toContain('segmentation fault');
    expect(run.survivors).toEqual([]);
  }, 120_000);

  it('over HTTP: a server that dies mid-run gets a complete report and the crash is a finding', async () => {
    const run = await runHttpFixture('http-dies-mid-run.mjs', { requestTimeoutMs: 2_000 });
    expect(run.exitCode).toBe(1);
    const crash = run.check('lifecycle-no-unexpected-exit');
    expect(crash?.status).toBe('fail');
    expect(JSON.stringify(crash?.evidence)).toContain('connection pool exhausted');
    expect(run.survivors).toEqual([]);
  });

  it('over HTTP: a crash one check causes costs that check alone; the server mcp-ci started is started again', async () => {
    const target = await faultyHttp('parse-error-crash');
    if (target.transport !== 'http' || !target.launch) throw new Error('faultyHttp gives an HTTP server it starts');
    // Its processes are told from other tests' by the command line, which names the port.
    const run = await runConfig(testConfig(target), target.launch.commandLine);
    expect(run.result.outcome).toBe('failed');
    const failed = run.result.checks.filter((c) => c.status === 'fail');
    expect(failed.map((c) => c.id).sort()).toEqual(['base-parse-error', 'lifecycle-no-unexpected-exit']);
    expect(run.check('base-parse-error')?.message).toBe('stopped serving after a line of malformed JSON');
    // Every other check was judged on a server that ran: none is left unjudged for the crash.
    expect(run.result.checks.filter((c) => c.status === 'warn')).toEqual([]);
    expect(run.survivors).toEqual([]);
  });

  it('over HTTP: a server that dies at every tool call fails the run, not mcp-ci', async () => {
    const run = await runHttpFixture('http-dies-at-tool-call.mjs', { requestTimeoutMs: 2_000 });
    expect(run.result.error).toBeUndefined();
    expect(run.result.outcome).toBe('failed');
    expect(run.exitCode).toBe(1);
    expect(run.check('lifecycle-no-unexpected-exit')?.message).toMatch(/exited with code 1 .*\(\d+ processes in all\)/);
    // The checks a crash cut say so, and none blames a request that the exit cut (ping never crashes it).
    expect(run.result.checks.some((c) => c.message === 'not judged: the server process exited during the check')).toBe(
      true,
    );
    expect(run.result.checks.filter((c) => c.id === 'ping-empty-result' && c.status === 'fail')).toEqual([]);
    expect(run.result.checks.filter((c) => /mcp-ci could not complete/.test(c.message))).toEqual([]);
    expect(run.survivors).toEqual([]);
  });

  it('over HTTP: a server silent after initialize gets a complete report, its silence judged', async () => {
    const run = await runHttpFixture('http-silent-after-initialize.mjs', { requestTimeoutMs: 1_000 });
    expect(run.result.outcome).toBe('failed');
    expect(run.exitCode).toBe(1);
    expect(run.result.checks.some((c) => c.status === 'fail' && /no response/.test(c.message))).toBe(true);
    expect(run.survivors).toEqual([]);
  });
});
