import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/sections-2025/client-features.js';
import { faultyHttp, faultyStdio, runChecks, shopHttp, shopStdio } from '../helpers/conformance.js';

const ids = checks.map((check) => check.id);

describe('client feature checks', () => {
  it('pass on the shop server over stdio', async () => {
    const results = await runChecks(ids, shopStdio());
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['client-features-undeclared-requests', 'pass'],
      // The shop speaks 2025-06-18 and newer, so the MUST form of the rule judged it.
      ['client-features-undeclared-requests-legacy', 'skip'],
      ['client-features-roots-list-changed', 'pass'],
    ]);
    // suggest_product and stock_report ask the main session, so the tools were called again without capabilities.
    expect(results[0]!.message).toMatch(/^none sent while \d+ tool\(s\) were called$/);
  });

  it('pass on the shop server over Streamable HTTP', async () => {
    const results = await runChecks(ids, await shopHttp(), { protocolVersion: '2025-11-25' });
    expect(results.filter((r) => r.status === 'fail' || r.status === 'warn')).toEqual([]);
  });

  it('does not read the 405 refusing the client’s GET stream as an answer to roots/list_changed', async () => {
    const [result] = await runChecks(['client-features-roots-list-changed'], await faultyHttp('http-get-405-late'));
    expect([result!.status, result!.message]).toEqual(['pass', 'session healthy']);
  });

  it('still reads a response in the answer to the POST that carried roots/list_changed as an answer to it', async () => {
    const [result] = await runChecks(
      ['client-features-roots-list-changed'],
      await faultyHttp('roots-changed-answered'),
    );
    expect([result!.status, result!.message]).toEqual([
      'warn',
      'answered notifications/roots/list_changed with a response',
    ]);
  });

  it('client-features-undeclared-requests-legacy passes a 2025-03-26 server that asks nothing', async () => {
    const [, legacy] = await runChecks(ids.slice(0, 2), faultyStdio('only-2025-03-26'));
    expect([legacy!.id, legacy!.status, legacy!.protocolVersion]).toEqual([
      'client-features-undeclared-requests-legacy',
      'pass',
      '2025-03-26',
    ]);
  });

  it('calls the tools again without capabilities once a tool asked the main session for sampling', async () => {
    const [result] = await runChecks(
      ['client-features-undeclared-requests'],
      faultyStdio('sampling-without-capability'),
    );
    expect(result!.evidence?.sent).toMatchObject({
      initialize: { capabilities: {} },
      toolsCalled: expect.arrayContaining(['echo']),
    });
  });

  it('calls again a tool slower than the budget, but not one that gave no answer by the request timeout', async () => {
    const slow = { name: 'slow_count', arguments: { steps: 5, delayMs: 200 } };
    const [result] = await runChecks(
      ['client-features-undeclared-requests'],
      faultyStdio('sampling-without-capability', 'tool-hangs'),
      { protocolVersion: '2025-11-25', toolBudgetMs: 300, requestTimeoutMs: 2_000, tools: [slow] },
    );
    expect(result!.status).toBe('fail');
    const called = (result!.evidence?.sent as { toolsCalled: string[] }).toolsCalled;
    expect(called).toEqual(expect.arrayContaining(['echo', 'slow_count']));
    expect(called).not.toContain('wait_for_delivery');
  });

  it('watches the probe pool’s sessions, which declare nothing, when no tool needs calling again', async () => {
    const none = { protocolVersion: '2025-11-25' as const, callTools: 'none' as const };
    const [shop] = await runChecks(['client-features-undeclared-requests'], shopStdio(), none);
    expect([shop!.status, shop!.message]).toEqual([
      'pass',
      'none sent to one session that declared no capabilities (no tool may be called, so only handshakes were watched)',
    ]);
    const [faulty] = await runChecks(
      ['client-features-undeclared-requests'],
      faultyStdio('roots-without-capability'),
      none,
    );
    expect([faulty!.status, faulty!.message]).toEqual([
      'fail',
      'sent roots/list to a client that declared no capabilities (roots not declared)',
    ]);
  });

  it.each([
    [
      'client-features-undeclared-requests',
      ['sampling-without-capability'],
      'fail',
      /sent sampling\/createMessage to a client that declared no capabilities \(sampling not declared\)/,
    ],
    [
      'client-features-undeclared-requests-legacy',
      ['sampling-without-capability', 'only-2025-03-26'],
      'warn',
      /sent sampling\/createMessage/,
    ],
    [
      'client-features-roots-list-changed',
      ['roots-changed-answered'],
      'warn',
      /answered notifications\/roots\/list_changed with a response/,
    ],
  ])('%s reports faults %s as %s', async (id, faults, status, message) => {
    const [result] = await runChecks([id], faultyStdio(...faults));
    expect(result!.status).toBe(status);
    expect(result!.message).toMatch(message);
    expect(result!.evidence).toBeDefined();
  });
});
