import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/sections-2025/progress.js';
import { faultyStdio, runChecks, shopHttp, shopStdio } from '../helpers/conformance.js';

const ids = checks.map((check) => check.id);
const newest = { protocolVersion: '2025-11-25' } as const;

describe('progress checks', () => {
  it('pass on the shop server, whose slow_count reports progress, over stdio and Streamable HTTP', async () => {
    for (const target of [shopStdio(), await shopHttp()]) {
      const results = await runChecks(ids, target, newest);
      expect(results.map((r) => [r.id, r.status])).toEqual(ids.map((id) => [id, 'pass']));
      expect(results.find((r) => r.id === 'progress-token-echoed')!.message).toBe(
        'slow_count: string and integer tokens echoed',
      );
    }
  });

  it.each([
    [
      'progress-token-echoed',
      'progress-token-as-string',
      'fail',
      /slow_count echoed the number token \d+ as string token "\d+"/,
    ],
    ['progress-increasing', 'progress-not-increasing', 'fail', /slow_count sent progress 1 after 1/],
    [
      'progress-stops-after-response',
      'progress-after-response',
      'fail',
      /\w+ sent 1 progress notification\(s\) after its response/,
    ],
    [
      'progress-notifications-solicited',
      'progress-invented-token',
      'fail',
      /token "invented", which no request of the session carried/,
    ],
    ['progress-notifications-solicited', 'progress-empty-message', 'warn', /empty message/],
  ])('%s reports fault %s as %s', async (id, fault, status, message) => {
    // The passive check judges what the active ones provoked.
    const results = await runChecks([id, 'progress-token-echoed'], faultyStdio(fault), newest);
    const result = results.find((r) => r.id === id)!;
    expect([result.status, result.message]).toEqual([status, expect.stringMatching(message)]);
    expect(result.evidence).toBeDefined();
  });

  it('uses the configured progress-tool and skips when it may not be called', async () => {
    const named = await runChecks(['progress-increasing'], shopStdio(), { ...newest, progressTool: 'slow_count' });
    expect(named[0]!.status).toBe('pass');
    const refused = await runChecks(['progress-increasing'], shopStdio(), { ...newest, progressTool: 'create_order' });
    expect([refused[0]!.status, refused[0]!.message]).toEqual([
      'skip',
      expect.stringMatching(/create_order may not be called/),
    ]);
  });

  it('learns from the tool checks’ own calls that no callable tool reports progress', async () => {
    const onlyEcho = { ...newest, callTools: 'none' as const, tools: [{ name: 'echo', arguments: { text: 'hi' } }] };
    const [result] = await runChecks(['progress-token-echoed'], shopStdio(), onlyEcho);
    expect([result!.status, result!.message]).toEqual([
      'skip',
      'no callable tool sent progress while it was called; name one with progress-tool',
    ]);
  });

  it('skips when no tool may be called', async () => {
    const [result] = await runChecks(['progress-token-echoed'], shopStdio(), { ...newest, callTools: 'none' });
    expect([result!.status, result!.message]).toEqual(['skip', expect.stringMatching(/no tool may be called/)]);
  });
});
