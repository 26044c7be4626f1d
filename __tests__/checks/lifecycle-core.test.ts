import { describe, expect, it } from 'vitest';
import { faultyStdio, runChecks, shopStdio, statuses } from '../helpers/conformance.js';

describe('first lifecycle and ping checks', () => {
  it('pass on the correct shop server', async () => {
    const ids = ['lifecycle-initialize-result', 'lifecycle-version-negotiation', 'ping-empty-result'];
    const results = await runChecks(ids, shopStdio());
    expect(
      results.every((r) => r.status === 'pass'),
      JSON.stringify(statuses(results)),
    ).toBe(true);
  });

  it('ping-empty-result fails when ping is answered with an error', async () => {
    const results = await runChecks(['ping-empty-result'], faultyStdio('ping-error'));
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.status === 'fail')).toBe(true);
    expect(results[0]!.message).toMatch(/ping returned error -32601/);
  });
});
