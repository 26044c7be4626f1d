import { describe, expect, it } from 'vitest';
import { runHttpFixture, runStdioFixture, type HostileRun } from './helpers.js';

/** A broken handshake is the server's fault, told at once: exit 1, the rule named, raw-channel checks judged. */
function expectToldAtOnce(run: HostileRun, started: number): void {
  expect(run.exitCode).toBe(1);
  expect(run.result.boot.handshakeError).toMatch(/the answer to initialize is invalid/);
  // Well inside the boot timeout (30 s), which the run used to wait out.
  expect(Date.now() - started).toBeLessThan(25_000);
  expect(run.survivors).toEqual([]);
}

const rawChecksJudged = (run: HostileRun) =>
  run.result.checks.filter((c) => c.id.startsWith('base-') && (c.status === 'pass' || c.status === 'fail'));

describe('an initialize answer that arrives but is invalid', () => {
  it('without jsonrpc: base-jsonrpc-envelope fails with the answer as evidence', async () => {
    const started = Date.now();
    const run = await runStdioFixture('handshake-no-jsonrpc.mjs', { bootTimeoutMs: 30_000 });
    expectToldAtOnce(run, started);
    expect(run.result.boot.handshakeError).toMatch(/jsonrpc member is undefined, not "2.0"/);
    const envelope = run.check('base-jsonrpc-envelope');
    expect(envelope?.status).toBe('fail');
    expect(envelope?.message).toMatch(/jsonrpc undefined instead of "2.0"/);
    expect(JSON.stringify(envelope?.evidence)).toContain('serverInfo');
    expect(rawChecksJudged(run).length).toBeGreaterThan(2);
  });

  it('without serverInfo over stdio: lifecycle-initialize-result names it, no validation dump', async () => {
    const started = Date.now();
    const run = await runStdioFixture('handshake-no-serverinfo.mjs', { bootTimeoutMs: 30_000 });
    expectToldAtOnce(run, started);
    expect(run.result.boot.handshakeError).toMatch(/serverInfo/);
    const result = run.check('lifecycle-initialize-result');
    expect(result?.status).toBe('fail');
    expect(result?.message).toMatch(/serverInfo/);
    expect(rawChecksJudged(run).length).toBeGreaterThan(2);
  });

  it('without serverInfo over HTTP: not retried for the boot timeout', async () => {
    const started = Date.now();
    const run = await runHttpFixture('handshake-no-serverinfo-http.mjs', { bootTimeoutMs: 30_000 });
    expectToldAtOnce(run, started);
    expect(run.check('lifecycle-initialize-result')?.status).toBe('fail');
  });

  it('with the wrong id: base-jsonrpc-envelope names the id', async () => {
    const started = Date.now();
    const run = await runStdioFixture('handshake-wrong-id.mjs', { bootTimeoutMs: 30_000 });
    expectToldAtOnce(run, started);
    expect(run.result.boot.handshakeError).toMatch(/carries id \d+, but the request's id was \d+/);
    expect(run.check('base-jsonrpc-envelope')?.message).toMatch(/which no request used/);
  });
});
