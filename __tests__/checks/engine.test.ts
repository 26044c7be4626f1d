/** The engine under a hostile server, and the user's policy over results. */
import { describe, expect, it } from 'vitest';
import { applyPolicy, validateCheckIds } from '../../src/checks/policy.js';
import { ConfigError } from '../../src/config/errors.js';
import { gatePassed, summarize } from '../../src/gate.js';
import type { CheckResult } from '../../src/model.js';
import { runConformance } from '../../src/checks/engine.js';
import { CATALOGUE } from '../../src/checks/registry.js';
import { bootTarget } from '../../src/target/boot.js';
import { Transcript } from '../../src/wire/transcript.js';
import { testConfig } from '../helpers/config.js';
import { faultyHttp, faultyStdio, runChecks, shopStdio } from '../helpers/conformance.js';

function result(id: string, status: CheckResult['status'], protocolVersion = '2025-11-25'): CheckResult {
  return {
    id,
    title: id,
    section: 'ping',
    level: 'MUST',
    status,
    message: `${id} ${status}`,
    protocolVersion,
    transport: 'stdio',
    spec: { version: protocolVersion, url: 'https://modelcontextprotocol.io/specification' },
    requirements: ['PING-01'],
    durationMs: 1,
  };
}

describe('a server that hangs or dies during the checks', () => {
  it('fails a hung check with "no response within N ms" and goes on with the other checks', async () => {
    const results = await runChecks(
      ['ping-empty-result', 'tools-list-shape', 'prompts-list-shape'],
      faultyStdio('ping-never-answered'),
      // Short enough to keep the test quick, long enough for the other two lists on a busy machine.
      { requestTimeoutMs: 1_000, protocolVersion: '2025-11-25' },
    );
    const byId = Object.fromEntries(results.map((r) => [r.id, r]));
    expect(byId['ping-empty-result']?.status).toBe('fail');
    expect(byId['ping-empty-result']?.message).toMatch(/no response to ping within 1000 ms/);
    expect(byId['tools-list-shape']?.status).toBe('pass');
    expect(byId['prompts-list-shape']?.status).toBe('pass');
  });

  it('runs the remaining checks on a fresh connection after the server died', async () => {
    const results = await runChecks(
      ['ping-empty-result', 'tools-list-shape', 'prompts-list-shape', 'resources-list-shape'],
      faultyStdio('crash-on-ping'),
      { protocolVersion: '2025-11-25' },
    );
    const byId = Object.fromEntries(results.map((r) => [r.id, r]));
    expect(byId['ping-empty-result']?.status).toBe('fail');
    expect(byId['ping-empty-result']?.message).toMatch(/connection closed/);
    for (const id of ['tools-list-shape', 'prompts-list-shape', 'resources-list-shape']) {
      expect(byId[id]?.status, id).toBe('pass');
    }
  });

  // tools-call-result-shape does not throw on a closed session: it reads the session's shared tool calls, which
  // the crash ping-empty-result causes cuts. Judged on those, it blamed the tools for another check's crash.
  it.each([
    ['stdio', () => faultyStdio('crash-on-ping-holding-calls')],
    ['HTTP', () => faultyHttp('crash-on-ping-holding-calls')],
  ])(
    'judges again, alone, a check that read answers a crash cut without throwing (%s)',
    async (_transport, target) => {
      const results = await runChecks(['ping-empty-result', 'tools-call-result-shape'], await target(), {
        protocolVersion: '2025-11-25',
      });
      expect(results.map((r) => [r.id, r.status])).toEqual([
        ['ping-empty-result', expect.stringMatching(/^(fail|warn)$/)],
        ['tools-call-result-shape', 'pass'],
      ]);
      expect(results[1]!.message).toMatch(/result\(s\) well-formed/);
    },
    60_000,
  );

  it('judges again, alone, the checks whose shared side session a crash took down', async () => {
    const results = await runChecks(
      ['logging-set-level', 'resources-subscribe-unsubscribe', 'client-features-roots-list-changed'],
      faultyStdio('crash-on-set-level'),
      { protocolVersion: '2025-11-25' },
    );
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['logging-set-level', 'fail'],
      ['resources-subscribe-unsubscribe', 'pass'],
      ['client-features-roots-list-changed', 'pass'],
    ]);
    expect(results[0]!.message).toMatch(/connection closed/);
  });
});

describe('the order sessions start in, over stdio', () => {
  /** When each connection's first message was recorded, and when each version session first called a tool. */
  async function sessionStarts(startsOnCpu: boolean) {
    const config = testConfig(shopStdio());
    const transcript = new Transcript();
    const booted = await bootTarget(config, transcript, () => {});
    // The boot measures this on the machine as it is; the test sets it, so the order it asserts does not depend
    // on how loaded the machine is (__tests__/target/startup-cpu.test.ts tests the measurement).
    (booted as { startsOnCpu?: boolean }).startsOnCpu = startsOnCpu;
    try {
      // One check on the side session, one on a fresh process of its own, one on each version's session.
      const ids = ['logging-set-level', 'lifecycle-ping-before-initialized', 'tools-call-result-shape'];
      await runConformance(
        booted,
        config,
        () => {},
        CATALOGUE.filter((c) => ids.includes(c.id)),
      );
    } finally {
      await booted.close();
    }
    const firstCall = new Map<string, number>();
    const firstSeen = new Map<string, number>();
    for (const entry of transcript.entries()) {
      if (!firstSeen.has(entry.conn)) firstSeen.set(entry.conn, entry.t);
      const method = (entry.message as { method?: unknown } | undefined)?.method;
      if (
        entry.conn.startsWith('main@') &&
        entry.dir === 'send' &&
        method === 'tools/call' &&
        !firstCall.has(entry.conn)
      )
        firstCall.set(entry.conn, entry.t);
    }
    // The shop speaks the four initialize-era versions; each session calls its tools.
    expect([...firstCall.keys()].sort()).toEqual([
      'main@2024-11-05',
      'main@2025-03-26',
      'main@2025-06-18',
      'main@2025-11-25',
    ]);
    const others = [...firstSeen].filter(([conn]) => conn.startsWith('side@') || conn.startsWith('probe'));
    expect(others.map(([conn]) => conn)).toEqual(expect.arrayContaining(['side@2025-11-25']));
    expect(others.length).toBeGreaterThan(1);
    return { versionsCalling: Math.max(...firstCall.values()), others };
  }

  it('starts the side session and probe processes once every version session calls its tools, when starting the server is CPU work', async () => {
    const { versionsCalling, others } = await sessionStarts(true);
    for (const [conn, t] of others) expect(t, conn).toBeGreaterThan(versionsCalling);
  });

  it('starts the side session beside the version sessions when the server waits while it starts', async () => {
    const { versionsCalling, others } = await sessionStarts(false);
    const side = others.find(([conn]) => conn.startsWith('side@'))!;
    expect(side[1]).toBeLessThan(versionsCalling);
  });
});

describe('expected-failures and skip-checks', () => {
  it('turns an expected failure into a warning and a passing entry into a failure, so the list cannot rot', () => {
    const [expected, stale, other] = applyPolicy(
      [result('ping-empty-result', 'fail'), result('tools-list-shape', 'pass'), result('prompts-list-shape', 'fail')],
      { expectedFailures: [{ id: 'ping-empty-result' }, { id: 'tools-list-shape' }] },
    );
    expect(expected).toMatchObject({ status: 'warn', policy: { expectedFailure: true } });
    expect(expected!.message).toMatch(/^expected failure/);
    expect(stale).toMatchObject({ status: 'fail', policy: { staleExpectedFailure: true } });
    expect(stale!.message).toMatch(/remove it from expected-failures/);
    expect(other!.status).toBe('fail');
  });

  it('limits an expected failure to the versions listed', () => {
    const [older, newer] = applyPolicy(
      [result('ping-empty-result', 'fail', '2025-03-26'), result('ping-empty-result', 'fail', '2025-11-25')],
      { expectedFailures: [{ id: 'ping-empty-result', versions: ['2025-03-26'] }] },
    );
    expect(older!.status).toBe('warn');
    expect(newer!.status).toBe('fail');
  });

  it('rejects unknown check ids with a message naming the key', () => {
    expect(() => validateCheckIds({ expectedFailures: [{ id: 'ping-typo' }], skipChecks: [] })).toThrow(ConfigError);
    expect(() => validateCheckIds({ expectedFailures: [], skipChecks: [{ id: 'nope', reason: 'x' }] })).toThrow(
      /skip-checks: unknown check id "nope"/,
    );
  });

  it('skips a check by configuration with the reason in the result', async () => {
    const results = await runChecks(['ping-empty-result'], faultyStdio('ping-error'), {
      skipChecks: [{ id: 'ping-empty-result', reason: 'ping is answered by our proxy' }],
    });
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({
      status: 'skip',
      message: 'skipped by configuration: ping is answered by our proxy',
    });
  });

  it('fails the gate on warnings only under strict', () => {
    const summary = summarize({ checks: [result('a', 'pass'), result('b', 'warn')], flows: [], bench: [] });
    expect(gatePassed(summary, false)).toBe(true);
    expect(gatePassed(summary, true)).toBe(false);
  });
});
