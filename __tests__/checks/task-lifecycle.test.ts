import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/sections-2025/task-lifecycle.js';
import { faultyHttp, faultyStdio, runChecks, shopHttp, shopStdio } from '../helpers/conformance.js';

const ids = checks.map((check) => check.id);
const stdioIds = ids.filter((id) => id !== 'tasks-get-not-sse');
const newest = { protocolVersion: '2025-11-25' } as const;

describe('task lifecycle checks', () => {
  it('pass on the shop over stdio, where stock_report runs as a task', async () => {
    const results = await runChecks(ids, shopStdio(), newest);
    expect(Object.fromEntries(results.map((r) => [r.id, r.status]))).toEqual({
      ...Object.fromEntries(stdioIds.map((id) => [id, 'pass'])),
      'tasks-get-not-sse': 'skip',
    });
    // stock_report asks mcp-ci whether to list sold-out products, which may show as input_required.
    expect(results.find((r) => r.id === 'tasks-status-lifecycle')!.message).toMatch(
      /^working( → input_required → working)? → completed over \d+/,
    );
    expect(results.find((r) => r.id === 'tasks-input-requests-related-task')!.message).toMatch(
      /^[1-9]\d* request\(s\) for input named their task$/,
    );
  });

  it('pass on the shop over Streamable HTTP, which answers tasks/get as JSON', async () => {
    const results = await runChecks(ids, await shopHttp(), newest);
    expect(results.filter((r) => r.status !== 'pass').map((r) => [r.id, r.message])).toEqual([]);
    expect(results.find((r) => r.id === 'tasks-get-not-sse')!.message).toBe('tasks/get answered with application/json');
  });

  it('cancel a fresh task when the first ones end before tasks/cancel reaches them, and skip only when all do', async () => {
    const [retried] = await runChecks(['tasks-cancel-working'], faultyStdio('task-ends-before-two-cancels'), newest);
    expect([retried!.status, retried!.message]).toEqual(['pass', 'cancelled, and still cancelled later']);
    const [never] = await runChecks(['tasks-cancel-working'], faultyStdio('task-ends-before-every-cancel'), newest);
    expect([never!.status, never!.message]).toEqual([
      'skip',
      'each of 3 task(s) ended (completed) before tasks/cancel arrived',
    ]);
  });

  it('skip with the reason when no callable tool can run as a task', async () => {
    const results = await runChecks(ids, shopStdio(), { ...newest, callTools: 'none' });
    expect(results.every((r) => r.status === 'skip')).toBe(true);
    expect(results[0]!.message).toMatch(/call-tools/);
  });

  it.each([
    [
      'tasks-create-result',
      ['task-create-plain-result'],
      'fail',
      /answered with an ordinary result, not a CreateTaskResult/,
    ],
    ['tasks-ids-unique', ['task-ids-repeat'], 'fail', /of 3 tasks created, 3 share the task id "task-1"/],
    [
      'tasks-status-lifecycle',
      ['task-status-reopens'],
      'fail',
      /went from completed .* to working .*: a terminal status must never change/,
    ],
    [
      'tasks-timestamps',
      ['task-timestamp-not-iso'],
      'fail',
      /tasks\/get result: lastUpdatedAt ".*GMT.*" is not an ISO 8601 date-time/,
    ],
    ['tasks-result-blocks', ['task-result-early'], 'fail', /tasks\/result answered while the task was still "working"/],
    [
      'tasks-result-related-task',
      ['task-result-unlabelled'],
      'fail',
      /has no _meta\["io.modelcontextprotocol\/related-task"\]/,
    ],
    ['tasks-task-id-authoritative', ['task-id-from-meta'], 'fail', /answered task ".*", the one named in _meta/],
    ['tasks-no-related-task-in-results', ['task-get-labelled'], 'warn', /the tasks\/get result carries _meta/],
    [
      'tasks-status-lifecycle',
      ['task-begins-completed'],
      'fail',
      /the CreateTaskResult reports status "completed": a task begins "working"/,
    ],
    [
      'tasks-input-requests-related-task',
      ['task-request-unlabelled'],
      'fail',
      /elicitation\/create arrived while the tasks of stock_report ran, on a session where nothing else was asked, and has no _meta/,
    ],
    ['tasks-cancel-terminal-rejected', ['task-cancel-ended-accepted'], 'fail', /is answered with a result, not -32602/],
    ['tasks-cancel-working', ['task-cancel-reports-working'], 'fail', /tasks\/cancel answered with status "working"/],
    [
      'tasks-list-complete',
      ['task-list-empty'],
      'fail',
      /but tasks\/list \(1 page\(s\), 0 task\(s\)\) does not list them/,
    ],
  ])('%s reports faults %s as %s', async (id, faults, status, message) => {
    const [result] = await runChecks([id], faultyStdio(...faults), newest);
    expect([result!.status, result!.message]).toEqual([status, expect.stringMatching(message)]);
    expect(result!.evidence).toBeDefined();
  });

  // The tasks run on a session of their own: the session's shared tool calls (tools-call-result-shape reads them)
  // ran beside them on the main session, and whether the fault's request was a task's depended on how far they had
  // come (fail idle, pass loaded).
  it('tasks-input-requests-related-task fails an unlabelled request whatever else the run calls', async () => {
    const results = await runChecks(
      ['tasks-input-requests-related-task', 'tools-call-result-shape'],
      faultyStdio('sampling-without-capability'),
      newest,
    );
    const byId = new Map(results.map((r) => [r.id, r]));
    expect(byId.get('tools-call-result-shape')?.status).toBe('pass');
    const related = byId.get('tasks-input-requests-related-task');
    expect([related?.status, related?.message]).toEqual([
      'fail',
      expect.stringMatching(/^sampling\/createMessage arrived while the tasks of stock_report ran/),
    ]);
  });

  it('tasks-get-not-sse warns when tasks/get is answered as an SSE stream', async () => {
    const [result] = await runChecks(['tasks-get-not-sse'], await faultyHttp('task-poll-sse'), newest);
    expect([result!.status, result!.message]).toEqual([
      'warn',
      'tasks/get was answered with Content-Type text/event-stream',
    ]);
  });
});
