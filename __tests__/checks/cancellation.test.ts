import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/sections-2025/cancellation.js';
import { faultyHttp, faultyStdio, runChecks, shopHttp, shopStdio } from '../helpers/conformance.js';

const ids = checks.map((check) => check.id);
const newest = { protocolVersion: '2025-11-25' } as const;
/** A progress tool that still has most of its 600 ms to run when the probe cancels it at its first progress. */
const longCount = {
  ...newest,
  progressTool: 'slow_count',
  tools: [{ name: 'slow_count', arguments: { steps: 4, delayMs: 150 } }],
};
/** The same tool found by its shared call's progress, with no progress-tool named. */
const foundCount = { ...newest, tools: longCount.tools };

describe('cancellation checks', () => {
  it('pass on the shop server over stdio and Streamable HTTP', async () => {
    for (const target of [shopStdio(), await shopHttp()]) {
      const results = await runChecks(ids, target, longCount);
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

  it('cancellation-stops-processing warns when a cancelled tool still answers after the cancellation was acknowledged', async () => {
    for (const target of [faultyStdio('cancel-ignored'), await faultyHttp('cancel-ignored')]) {
      const [result] = await runChecks(['cancellation-stops-processing'], target, longCount);
      expect([result!.status, result!.message], target.transport).toEqual([
        'warn',
        expect.stringMatching(/^slow_count still answered request \d+ after the server had its cancellation/),
      ]);
      expect(result!.evidence).toBeDefined();
    }
  });

  it('cancellation-stops-processing does not judge an answer that crossed the cancellation, judged by order', async () => {
    // The fixture answers right behind its first progress notification, before it can read the cancellation that
    // notification prompts: however slow or fast the machine, the answer comes before the server has the cancel.
    for (const target of [faultyStdio('cancel-crossed-by-answer'), await faultyHttp('cancel-crossed-by-answer')]) {
      const [result] = await runChecks(['cancellation-stops-processing'], target, longCount);
      expect([result!.status, result!.message], target.transport).toEqual([
        'skip',
        'slow_count answered before the server had the cancellation (the answer crossed it, which the spec allows; 3 calls tried), so whether the server stops a cancelled request is not known',
      ]);
    }
  });

  it.each([
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

  it('cancels the tool that reported progress while the other tools are still being called', async () => {
    // wait_for_cancellation answers only once the server has read a cancellation, on any session (HTTP: one process
    // serves them all). The probe cancels slow_count as soon as its shared call reports progress; had it waited for
    // every shared call to end, wait_for_cancellation would have held it until the request timeout, unanswered.
    const results = await runChecks(
      ['tools-call-answered', 'cancellation-stops-processing'],
      await faultyHttp('tool-awaits-a-cancellation'),
      foundCount,
    );
    expect(results.map((r) => [r.id, r.status, r.message])).toEqual([
      ['cancellation-stops-processing', 'pass', 'slow_count was cancelled mid-run and sent no response'],
      ['tools-call-answered', 'pass', expect.not.stringMatching(/wait_for_cancellation/)],
    ]);
  });

  it('cancels the tool the probe chooses when another reported progress first', async () => {
    // hang_with_progress reports progress at once and never answers; slow_count reports progress and answers, so
    // the probe chooses it whichever call reported progress first, and cancels it, not the other. The probe chooses
    // once hang_with_progress's call has ended at the request timeout, shortened here (progress resets it, so
    // slow_count's calls are not cut by it however loaded the machine is).
    const settings = { ...foundCount, requestTimeoutMs: 2_500 };
    for (const target of [faultyStdio('progress-then-silence'), await faultyHttp('progress-then-silence')]) {
      const results = await runChecks(['cancellation-stops-processing', 'progress-token-echoed'], target, settings);
      expect(
        results.map((r) => [r.id, r.status, r.message]),
        target.transport,
      ).toEqual([
        ['cancellation-stops-processing', 'pass', 'slow_count was cancelled mid-run and sent no response'],
        ['progress-token-echoed', 'pass', expect.stringMatching(/^slow_count: /)],
      ]);
    }
  });
});
