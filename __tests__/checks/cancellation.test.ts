import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/cancellation.js';
import { faultyHttp, faultyStdio, runChecks, shopHttp, shopStdio } from '../helpers/conformance.js';

const ids = checks.map((check) => check.id);
const newest = { protocolVersion: '2025-11-25' } as const;

describe('cancellation checks', () => {
  it('pass on the shop server over stdio and Streamable HTTP', async () => {
    for (const target of [shopStdio(), await shopHttp()]) {
      const results = await runChecks(ids, target, newest);
      expect(results.map((r) => [r.id, r.status, r.message])).toEqual(
        ids.map((id) => [id, 'pass', expect.any(String)]),
      );
      // suggest_product asks mcp-ci's model as a task on the client, which these sessions take.
      expect(results.find((r) => r.id === 'cancellation-client-tasks-use-tasks-cancel')!.message).toMatch(
        /^[1-9]\d* task-augmented request\(s\) to the client, none cancelled with notifications\/cancelled/,
      );
    }
  });

  it('cancellation-client-tasks-use-tasks-cancel skips when no tool asks the client anything', async () => {
    const [result] = await runChecks(['cancellation-client-tasks-use-tasks-cancel'], shopStdio(), {
      ...newest,
      callTools: 'none',
    });
    expect([result!.status, result!.message]).toEqual(['skip', expect.stringMatching(/no tool asked the client/)]);
  });

  it.each([
    [
      'cancellation-stops-processing',
      'cancel-ignored',
      'warn',
      /slow_count still answered request \d+ after it was cancelled/,
    ],
    [
      'cancellation-invalid-ignored',
      'cancel-unknown-answered',
      'warn',
      /answered the cancellation of an unknown request/,
    ],
    [
      'cancellation-race-handled',
      'cancel-crash',
      'fail',
      /stopped serving after a cancellation that crossed its response/,
    ],
    [
      'cancellation-server-references-own-requests',
      'server-cancels-unknown-request',
      'fail',
      /cancelled request "never-sent"/,
    ],
    [
      'cancellation-client-tasks-use-tasks-cancel',
      'client-task-cancelled-by-notification',
      'fail',
      /cancelled the task-augmented sampling\/createMessage request \d+ with notifications\/cancelled/,
    ],
  ])('%s reports fault %s as %s', async (id, fault, status, message) => {
    const [result] = await runChecks([id], faultyStdio(fault), newest);
    expect([result!.status, result!.message]).toEqual([status, expect.stringMatching(message)]);
    expect(result!.evidence).toBeDefined();
  });

  it('cancellation-race-handled fails a server that dies on a cancellation over HTTP', async () => {
    const [result] = await runChecks(['cancellation-race-handled'], await faultyHttp('cancel-crash'), newest);
    expect(result!.status).toBe('fail');
  });

  it('cancellation-stops-processing skips a tool that reports completion at its first progress', async () => {
    const [result] = await runChecks(['cancellation-stops-processing'], faultyStdio('progress-total-reached'), newest);
    expect([result!.status, result!.message]).toEqual(['skip', expect.stringMatching(/too late to cancel/)]);
  });
});
