/**
 * Checks that judge the first answer of a server process they start: a server that takes seconds to start is
 * judged on its answers, not on its start-up time, and one that never answers is still caught.
 */
import { describe, expect, it } from 'vitest';
import type { TargetConfig } from '../../src/config/config.js';
import { probeTimeout } from '../../src/checks/probes/raw-probes.js';
import type { CheckContext } from '../../src/checks/types.js';
import { faultyStdio, runChecks } from '../helpers/conformance.js';
import { FAULTY_SERVER, launch } from '../helpers/config.js';

const SLOW_START = '__tests__/fixtures/boot/slow-start.mjs';
/** The defaults of `boot-timeout` and `timeout-ms`. */
const DEFAULT_TIMEOUTS = { bootTimeoutMs: 30_000, requestTimeoutMs: 10_000 };

/** The fault fixture over stdio, each of its processes starting `delayMs` late. */
function slowStdio(delayMs: number, ...faults: string[]): TargetConfig {
  return {
    transport: 'stdio',
    launch: launch(['node', SLOW_START], {
      SLOW_START_SERVER: FAULTY_SERVER,
      START_DELAY_MS: String(delayMs),
      MCP_FAULTS: faults.join(','),
    }),
  };
}

const FRESH_PROCESS_CHECKS = [
  'lifecycle-unsupported-version-counter-offer',
  'lifecycle-counter-offer-latest',
  'lifecycle-ping-before-initialized',
  'lifecycle-initialized-notification-accepted',
  'lifecycle-no-requests-before-initialized',
  // The early ping's answer may come after the initialize behind it went out: still an answer to a request sent.
  'base-jsonrpc-envelope',
];

const verdicts = (results: Awaited<ReturnType<typeof runChecks>>) =>
  Object.fromEntries(results.map((r) => [r.id, [r.status, r.message]]));

describe('checks on a fresh server process', () => {
  it('pass on a server whose processes take 3 s to start, with default timeouts', async () => {
    const results = await runChecks(FRESH_PROCESS_CHECKS, slowStdio(3_000), {
      ...DEFAULT_TIMEOUTS,
      protocolVersion: '2025-11-25',
    });
    expect(results).toHaveLength(FRESH_PROCESS_CHECKS.length);
    expect(results.filter((r) => r.status !== 'pass' && r.id !== 'lifecycle-counter-offer-latest')).toEqual([]);
    // With the matrix narrowed to one version the latest supported one is unknown: a skip, not a failure.
    expect(verdicts(results)['lifecycle-counter-offer-latest']?.[0]).toBe('skip');
  });

  it('fail on a slow server that never answers an unknown version, and warn when it never answers an early ping', async () => {
    // Both runs at once: each starts processes while the other's start too.
    const [unanswered, pingless] = await Promise.all([
      runChecks(['lifecycle-unsupported-version-counter-offer'], slowStdio(3_000, 'unknown-version-unanswered'), {
        bootTimeoutMs: 15_000,
        requestTimeoutMs: 2_000,
        protocolVersion: '2025-11-25',
      }),
      runChecks(['lifecycle-ping-before-initialized'], slowStdio(3_000, 'ping-unanswered-before-initialize'), {
        ...DEFAULT_TIMEOUTS,
        protocolVersion: '2025-11-25',
      }),
    ]);
    expect(verdicts(unanswered)['lifecycle-unsupported-version-counter-offer']).toEqual([
      'fail',
      expect.stringMatching(
        /^no answer to initialize offering 2099-12-31 within 17 s of starting its process \(boot timeout plus request timeout\)$/,
      ),
    ]);
    expect(verdicts(pingless)['lifecycle-ping-before-initialized']).toEqual([
      'warn',
      'did not answer a ping sent before initialize by the time it answered the initialize after it',
    ]);
  });
});

describe('the handshake probe on a busy server', () => {
  it('does not take late answers to its own pings for replies to notifications/initialized', async () => {
    const results = await runChecks(
      ['lifecycle-initialized-notification-accepted', 'lifecycle-ping-before-initialized'],
      faultyStdio('pings-answered-late-before-initialized'),
      { protocolVersion: '2025-11-25' },
    );
    expect(Object.fromEntries(results.map((r) => [r.id, r.status]))).toEqual({
      'lifecycle-initialized-notification-accepted': 'pass',
      // Held back past the handshake's window, the early ping's answer is not one given before initialization; a
      // real server reads its input in order and answers that ping before the initialize behind it.
      'lifecycle-ping-before-initialized': 'warn',
    });
  });
});

describe('probeTimeout', () => {
  const withTimeout = (timeoutMs: number) => ({ timeoutMs }) as CheckContext;

  it('is 2 s under the default request timeout and never more than the request timeout', () => {
    expect(probeTimeout(withTimeout(10_000))).toBe(2_000);
    expect(probeTimeout(withTimeout(1_000))).toBe(1_000);
  });

  it('grows with --timeout-ms', () => {
    expect(probeTimeout(withTimeout(30_000))).toBe(6_000);
  });
});
