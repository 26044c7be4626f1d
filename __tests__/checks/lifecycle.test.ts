import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/sections-2025/lifecycle.js';
import { faultyStdio, runChecks, shopHttp, shopStdio } from '../helpers/conformance.js';

const ids = checks.map((check) => check.id);
const newest = { protocolVersion: '2025-11-25' } as const;

describe('lifecycle checks', () => {
  it('pass on the shop server over stdio, every version', async () => {
    const results = await runChecks(ids, shopStdio());
    expect(results.filter((r) => r.status !== 'pass')).toEqual([]);
    expect(new Set(results.map((r) => r.protocolVersion))).toEqual(
      new Set(['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05']),
    );
  });

  it('pass on the shop server over Streamable HTTP', async () => {
    const results = await runChecks(ids, await shopHttp());
    expect(results.filter((r) => r.status !== 'pass').map((r) => [r.id, r.status, r.message])).toEqual([
      ['lifecycle-ping-before-initialized', 'skip', 'applies to stdio only; the target uses http'],
    ]);
    // The pass says what was watched: over HTTP no fixed window, only the answers' streams.
    expect(results.find((r) => r.id === 'lifecycle-no-requests-before-initialized')!.message).toBe(
      'no requests on the streams answering initialize and a ping sent before notifications/initialized',
    );
  });

  // [check, fault, expected status, message pattern, run the whole version matrix?]
  it.each([
    [
      'lifecycle-initialize-result',
      'initialize-malformed-for-2024',
      'fail',
      /offering 2024-11-05 returned a malformed result: serverInfo\.version/,
      true,
    ],
    [
      'lifecycle-version-negotiation',
      'nonexistent-version-for-2025-03',
      'fail',
      /offered 2025-03-26, got "2025-13-01"/,
      true,
    ],
    [
      'lifecycle-unsupported-version-counter-offer',
      'echo-unknown-version',
      'fail',
      /echoed the unsupported version 2099-12-31/,
      false,
    ],
    [
      'lifecycle-counter-offer-latest',
      'counter-offer-oldest',
      'warn',
      /counter-offered 2024-11-05, but the latest version it accepts is 2025-11-25/,
      true,
    ],
    [
      'lifecycle-initialized-notification-accepted',
      'initialized-answered',
      'fail',
      /answered notifications\/initialized with a response/,
      false,
    ],
    [
      'lifecycle-ping-before-initialized',
      'ping-gated-before-initialize',
      'warn',
      /answered a ping before initialize with an error/,
      false,
    ],
    [
      'lifecycle-no-requests-before-initialized',
      'roots-request-before-initialized',
      'warn',
      /sent roots\/list before notifications\/initialized/,
      false,
    ],
    [
      'lifecycle-negotiated-capabilities-only',
      'tools-list-changed-undeclared',
      'fail',
      /sent notifications\/tools\/list_changed without declaring tools\.listChanged in a 2025-11-25 session/,
      false,
    ],
  ] as const)('%s reports fault %s as %s', async (id, fault, status, message, everyVersion) => {
    const results = await runChecks([id], faultyStdio(fault), everyVersion ? {} : newest);
    expect(results.map((r) => [r.status, r.message])).toContainEqual([status, expect.stringMatching(message)]);
    expect(results.find((r) => r.status === status)!.evidence).toBeDefined();
  });

  it('lifecycle-negotiated-capabilities-only only warns where the rule was a SHOULD (2025-03-26)', async () => {
    const [result] = await runChecks(
      ['lifecycle-negotiated-capabilities-only'],
      faultyStdio('tools-list-changed-undeclared'),
      {
        protocolVersion: '2025-03-26',
      },
    );
    expect(result!.status).toBe('warn');
    expect(result!.message).toMatch(/in a 2025-03-26 session.*a SHOULD in that version/);
  });

  it('lifecycle-negotiated-version-constructs fails a URL elicitation in a 2025-06-18 session', async () => {
    const [result] = await runChecks(
      ['lifecycle-negotiated-version-constructs'],
      faultyStdio('url-elicitation-in-old-session'),
      {
        protocolVersion: '2025-06-18',
      },
    );
    expect(result!.status).toBe('fail');
    expect(result!.message).toMatch(/sent elicitation\/create params\.mode "url", which only exists from 2025-11-25/);
  });

  it('lifecycle-negotiated-version-constructs is skipped when the server speaks only 2025-11-25', async () => {
    const [result] = await runChecks(['lifecycle-negotiated-version-constructs'], shopStdio(), newest);
    expect(result!.status).toBe('skip');
  });
});
