import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/sections-2025/tasks.js';
import { faultyStdio, runChecks, shopStdio } from '../helpers/conformance.js';

const ids = checks.map((check) => check.id);
const newest = { protocolVersion: '2025-11-25' } as const;

describe('task checks', () => {
  it('pass on the shop, which runs stock_report as a task', async () => {
    const results = await runChecks(ids, shopStdio(), newest);
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['tasks-capability-declared', 'skip'],
      ['tasks-ignored-without-capability', 'skip'],
      ['tasks-capability-implemented', 'pass'],
      ['tasks-unknown-task-id', 'pass'],
      ['tasks-forbidden-tool-with-task', 'pass'],
      ['tasks-required-tool-without-task', 'skip'],
    ]);
  });

  it('tasks-unknown-task-id gives an unknown id the request timeout, not the tool budget', async () => {
    const quick = { ...newest, toolBudgetMs: 300, requestTimeoutMs: 3_000 };
    const [result] = await runChecks(['tasks-unknown-task-id'], faultyStdio('tasks-unknown-id-slow'), quick);
    expect([result!.status, result!.message]).toEqual([
      'pass',
      'tasks/get, tasks/result, tasks/cancel, tasks/list: -32602',
    ]);
  });

  it('skip before 2025-11-25, where tasks do not exist', async () => {
    const results = await runChecks(ids, shopStdio(), { protocolVersion: '2025-06-18' });
    expect(results.every((r) => r.status === 'skip' && /applies to protocol 2025-11-25/.test(r.message))).toBe(true);
  });

  it('a server without the tasks capability that ignores task passes both capability rules', async () => {
    const results = await runChecks(
      ['tasks-capability-declared', 'tasks-ignored-without-capability'],
      faultyStdio('tasks-undeclared-ignored'),
      newest,
    );
    expect(results.map((r) => [r.id, r.status, r.message])).toEqual([
      ['tasks-capability-declared', 'pass', 'task ignored, ordinary result'],
      ['tasks-ignored-without-capability', 'pass', 'task ignored, ordinary result'],
    ]);
  });

  it('the required-task rule passes on a shop that enforces it', async () => {
    const [result] = await runChecks(['tasks-required-tool-without-task'], faultyStdio('task-required-tool'), newest);
    expect([result!.status, result!.message]).toEqual(['pass', 'list_products: -32601']);
  });

  it.each([
    [
      'tasks-capability-declared',
      ['task-created-undeclared'],
      'fail',
      /returned a task \(CreateTaskResult\) without tasks.requests.tools.call declared/,
    ],
    ['tasks-ignored-without-capability', ['tasks-list-only'], 'fail', /fails once task is added \(error -32603/],
    [
      'tasks-ignored-without-capability',
      ['tasks-undeclared-refused'],
      'fail',
      /fails once task is added \(error -32603.*the server declares no tasks capability: such a request must be processed normally/,
    ],
    ['tasks-capability-implemented', ['tasks-advertised-not-served'], 'fail', /answers tasks\/get with -32601/],
    [
      'tasks-unknown-task-id',
      ['tasks-unknown-id-internal-error'],
      'fail',
      /tasks\/get with an unknown taskId is answered with error -32603/,
    ],
    [
      'tasks-forbidden-tool-with-task',
      ['tasks-forbidden-tool-runs'],
      'warn',
      /check_inventory \(taskSupport "forbidden"\) called as a task is answered with a result, not -32601/,
    ],
    [
      'tasks-required-tool-without-task',
      ['task-required-tool-runs-without-task'],
      'fail',
      /list_products requires a task but, called without one, answers a result/,
    ],
  ])('%s reports faults %s as %s', async (id, faults, status, message) => {
    const [result] = await runChecks([id], faultyStdio(...faults), newest);
    expect(result!.status).toBe(status);
    expect(result!.message).toMatch(message);
    expect(result!.evidence).toBeDefined();
  });
});
