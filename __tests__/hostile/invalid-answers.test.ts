import { describe, expect, it } from 'vitest';
import { runHttpFixture, runStdioFixture, type HostileRun } from './helpers.js';

const TIMEOUT_MS = 10_000;

/** The null result fails the request at once, and the message-format check reports it. */
function expectJudgedAtOnce(run: HostileRun): void {
  expect(run.exitCode).toBe(1);
  const declared = run.check('completion-capability-declared');
  expect(declared?.status).toBe('skip');
  expect(declared?.message).toMatch(/answer to completion\/complete is invalid: its result is null, not an object/);
  // Failed when the answer came, not at the request timeout.
  expect(declared!.durationMs).toBeLessThan(TIMEOUT_MS);
  expect(run.result.checks.filter((c) => /no response (to completion\/complete )?within/.test(c.message))).toEqual([]);
  expect(run.check('base-jsonrpc-envelope')?.message).toMatch(/result of response \S+ is not an object/);
  expect(run.survivors).toEqual([]);
}

describe('an answer the SDK client drops fails its request at once', () => {
  it('over stdio', async () => {
    expectJudgedAtOnce(await runStdioFixture('completion-null-result.mjs', { requestTimeoutMs: TIMEOUT_MS }));
  });

  it('over Streamable HTTP', async () => {
    expectJudgedAtOnce(await runHttpFixture('completion-null-result-http.mjs', { requestTimeoutMs: TIMEOUT_MS }));
  });
});
