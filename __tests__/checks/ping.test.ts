import { describe, expect, it } from 'vitest';
import { faultyStdio, runChecks, shopHttp, shopStdio } from '../helpers/conformance.js';

describe('ping check', () => {
  it('passes on the shop server over stdio (every version) and Streamable HTTP', async () => {
    const stdio = await runChecks(['ping-empty-result'], shopStdio());
    expect(stdio.map((r) => [r.protocolVersion, r.status])).toEqual([
      ['2025-11-25', 'pass'],
      ['2025-06-18', 'pass'],
      ['2025-03-26', 'pass'],
      ['2024-11-05', 'pass'],
    ]);
    const http = await runChecks(['ping-empty-result'], await shopHttp(), { protocolVersion: '2025-11-25' });
    expect(http.map((r) => r.status)).toEqual(['pass']);
  });

  it.each([
    ['ping-error', /ping returned error -32601: Method not found/],
    ['ping-result-not-empty', /ping result is not an empty object/],
  ])('fails on fault %s', async (fault, message) => {
    const [result] = await runChecks(['ping-empty-result'], faultyStdio(fault), { protocolVersion: '2025-11-25' });
    expect([result!.status, result!.message]).toEqual(['fail', expect.stringMatching(message)]);
    expect(result!.evidence).toBeDefined();
  });

  it('schema-results-valid also reports a non-empty ping result', async () => {
    const [result] = await runChecks(
      ['schema-results-valid', 'ping-empty-result'],
      faultyStdio('ping-result-not-empty'),
      {
        protocolVersion: '2025-11-25',
      },
    );
    expect([result!.id, result!.status, result!.message]).toEqual([
      'schema-results-valid',
      'fail',
      expect.stringMatching(/the ping result is invalid/),
    ]);
  });
});
