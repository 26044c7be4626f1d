import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/sections-2025/http-streams.js';
import { everythingHttp, faultyHttp, runChecks, shopHttp } from '../helpers/conformance.js';

const ids = checks.map((check) => check.id);
const newest = { protocolVersion: '2025-11-25' } as const;

describe('checks of which stream a message travels on', () => {
  it('pass on the shop, whose slow_count reports progress on its own POST stream', async () => {
    const results = await runChecks(ids, await shopHttp(), newest);
    expect(results.map((r) => [r.id, r.status])).toEqual(ids.map((id) => [id, 'pass']));
    expect(results[1]!.message).toMatch(/^3 progress notification\(s\) on the call's own stream, none on the GET/);
  });

  it('judges the streams of a progress tool slower than the tool budget', async () => {
    // slow_count answers after 1.5 s, five times the budget: its stream is still read to the answer and judged.
    const slow = { name: 'slow_count', arguments: { steps: 5, delayMs: 300 } };
    const options = { ...newest, toolBudgetMs: 300, progressTool: 'slow_count', tools: [slow] };
    const results = await runChecks(ids, await shopHttp(), options);
    expect(results.map((r) => [r.id, r.status])).toEqual(ids.map((id) => [id, 'pass']));
    expect(results[1]!.message).toMatch(/^5 progress notification\(s\) on the call's own stream, none on the GET/);
  });

  it('on server-everything, whose progress tool runs ten seconds, only HTTP-11 is judged: it is not run whole twice', async () => {
    const results = await runChecks(ids, await everythingHttp(), newest);
    expect(results.map((r) => [r.id, r.status, r.message])).toEqual([
      ['http-get-stream-no-responses', 'pass', expect.any(String)],
      [
        'http-get-stream-unrelated',
        'skip',
        expect.stringMatching(
          /^trigger-long-running-operation reports progress but outlived the request timeout \(name a faster one/,
        ),
      ],
      ['http-post-stream-related', 'skip', expect.stringMatching(/^trigger-long-running-operation reports progress/)],
    ]);
  });

  it.each([
    [
      'http-get-stream-no-responses',
      'get-stream-response',
      'fail',
      /the GET stream \(not resumed\) carried 1 JSON-RPC response/,
    ],
    [
      'http-get-stream-unrelated',
      'progress-on-get-stream',
      'warn',
      /progress for the tools\/call in flight on its POST came on the GET stream/,
    ],
    // Misroutes only to a GET stream the client sees open: caught because the probe POSTs once its GET opened.
    [
      'http-get-stream-unrelated',
      'progress-on-open-get-stream',
      'warn',
      /progress for the tools\/call in flight on its POST came on the GET stream/,
    ],
    [
      'http-post-stream-related',
      'progress-token-rewritten',
      'warn',
      /the tools\/call stream carried 2 message\(s\) about another request/,
    ],
  ])('%s reports fault %s as %s', async (id, fault, status, message) => {
    const [result] = await runChecks([id], await faultyHttp(fault), newest);
    expect([result!.status, result!.message]).toEqual([status, expect.stringMatching(message)]);
    expect(result!.evidence).toBeDefined();
  });
});
