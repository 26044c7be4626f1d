/**
 * Tasks (basic/utilities/tasks, 2025-11-25, experimental), inventory section 5.12: servers without task support
 * ignore `task`; servers with it serve the task methods and reject unknown task ids.
 */
import { requireCallableTools } from '../applicability.js';
import { isObject } from '../judge/content.js';
import { INVALID_PARAMS, METHOD_NOT_FOUND, describeOutcome, nonexistentName, receivedOf } from '../judge/outcome.js';
import { callOne, firstToolResult, plainCallableTools } from '../probes/tool-results.js';
import { pass, skip, violation, warn, type CheckContext, type CheckDefinition } from '../types.js';
import { versionsFrom } from '../versions.js';
import { declaresTaskToolCalls, taskCapability, taskSupportOf } from '../probes/task-probe.js';

const BOTH = ['stdio', 'http', 'sse'] as const;
const TASK_VERSIONS = versionsFrom('2025-11-25');
const TASK_PARAMS = { task: { ttl: 60_000 } };

const requireTasks = (ctx: CheckContext): string | undefined =>
  taskCapability(ctx) ? undefined : 'the server does not declare the tasks capability';

/** The task methods to probe with an unknown id: get and result always, cancel and list when declared. */
function taskMethods(ctx: CheckContext): { method: string; params: Record<string, unknown> }[] {
  const tasks = taskCapability(ctx) ?? {};
  const probes: { method: string; params: Record<string, unknown> }[] = [
    { method: 'tasks/get', params: { taskId: nonexistentName() } },
    { method: 'tasks/result', params: { taskId: nonexistentName() } },
  ];
  if (tasks.cancel !== undefined) probes.push({ method: 'tasks/cancel', params: { taskId: nonexistentName() } });
  if (tasks.list !== undefined) probes.push({ method: 'tasks/list', params: { cursor: 'mcp-ci-invalid-cursor' } });
  return probes;
}

/** The first callable tool, called with `task`, awaited up to the request timeout like any call whose answer is judged. */
function callAsTask(ctx: CheckContext) {
  return callOne(ctx.main, (plainCallableTools(ctx)[0] ?? ctx.callableTools[0])!, undefined, TASK_PARAMS);
}

export const checks: CheckDefinition[] = [
  {
    id: 'tasks-capability-declared',
    title: 'no task is created for a tools/call unless tasks.requests.tools.call is declared',
    section: 'tasks',
    level: 'MUST',
    requirements: ['TASK-01'],
    spec: 'basic/utilities/tasks#capabilities',
    rule: 'Servers that support task-augmented requests MUST declare the tasks capability, naming the request types (tasks.requests.tools.call).',
    versions: TASK_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies(ctx) {
      if (declaresTaskToolCalls(ctx)) return 'the server declares tasks.requests.tools.call';
      return requireCallableTools(ctx);
    },
    async run(ctx) {
      const record = await callAsTask(ctx);
      if (!record.outcome) return skip(`${record.invocation.name} with a task gave no answer by the request timeout`);
      if (record.outcome.ok && isObject(record.outcome.result.task)) {
        return violation(
          `${record.invocation.name} returned a task (CreateTaskResult) without tasks.requests.tools.call declared`,
          {
            sent: record.sent,
            received: record.outcome.result,
          },
        );
      }
      return pass(
        record.outcome.ok ? 'task ignored, ordinary result' : `task refused: ${describeOutcome(record.outcome)}`,
      );
    },
  },
  {
    id: 'tasks-ignored-without-capability',
    title: 'a server that does not declare tasks for tools/call ignores task on tools/call',
    section: 'tasks',
    level: 'MUST',
    requirements: ['TASK-02'],
    spec: 'basic/utilities/tasks#task-support-and-handling',
    rule: 'Receivers that do not declare the task capability for a request type MUST process requests of that type normally, ignoring any task-augmentation metadata if present.',
    versions: TASK_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies(ctx) {
      // Binds every server that does not declare tasks.requests.tools.call, with or without a tasks capability.
      if (declaresTaskToolCalls(ctx)) return 'the server declares tasks.requests.tools.call';
      return requireCallableTools(ctx);
    },
    async run(ctx) {
      const record = await callAsTask(ctx);
      if (!record.outcome) return skip(`${record.invocation.name} with a task gave no answer by the request timeout`);
      const evidence = { sent: record.sent, received: receivedOf(record.outcome) };
      const undeclared = taskCapability(ctx)
        ? 'tasks.requests.tools.call is not declared'
        : 'the server declares no tasks capability';
      if (!record.outcome.ok) {
        // The same call without the task tells a refusal of the task from a tool that fails anyway.
        const plain = await firstToolResult(ctx);
        if (plain?.invocation.name === record.invocation.name && plain.outcome && !plain.outcome.ok) {
          return skip(
            `${record.invocation.name} fails without a task too (${describeOutcome(plain.outcome)}), so whether the task was ignored cannot be told`,
          );
        }
        return violation(
          `${record.invocation.name} fails once task is added (${describeOutcome(record.outcome)}), though ${undeclared}: such a request must be processed normally`,
          evidence,
        );
      }
      if (!Array.isArray(record.outcome.result.content) || isObject(record.outcome.result.task)) {
        return violation(`${record.invocation.name} with a task did not return an ordinary CallToolResult`, evidence);
      }
      return pass('task ignored, ordinary result');
    },
  },
  {
    id: 'tasks-capability-implemented',
    title: 'the declared task methods are served',
    section: 'tasks',
    level: 'MUST',
    requirements: ['SCH-02'],
    spec: 'basic/utilities/tasks#capabilities',
    rule: 'A declared capability means the feature is implemented: tasks/get and tasks/result for task-augmented requests, tasks/list with tasks.list, tasks/cancel with tasks.cancel; none answers -32601.',
    versions: TASK_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies: requireTasks,
    async run(ctx) {
      for (const probe of taskMethods(ctx)) {
        const outcome = await ctx.main.request(probe.method, probe.params);
        if (!outcome.ok && outcome.error.code === METHOD_NOT_FOUND) {
          return violation(`declares tasks but answers ${probe.method} with -32601 (Method not found)`, {
            sent: probe,
            received: receivedOf(outcome),
          });
        }
      }
      return pass();
    },
  },
  {
    id: 'tasks-unknown-task-id',
    title: 'unknown task ids and invalid task cursors are error -32602',
    section: 'tasks',
    level: 'MUST',
    requirements: ['TASK-14'],
    spec: 'basic/utilities/tasks#protocol-errors',
    rule: 'Receivers MUST return -32602 (Invalid params) for an invalid or nonexistent taskId in tasks/get, tasks/result and tasks/cancel, and for an invalid or nonexistent cursor in tasks/list.',
    versions: TASK_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies: requireTasks,
    async run(ctx) {
      for (const probe of taskMethods(ctx)) {
        const outcome = await ctx.main.request(probe.method, probe.params);
        if (outcome.ok || outcome.error.code !== INVALID_PARAMS) {
          return violation(
            `${probe.method} with ${'taskId' in probe.params ? 'an unknown taskId' : 'an invalid cursor'} is answered with ${describeOutcome(outcome)}, not -32602`,
            {
              sent: probe,
              received: receivedOf(outcome),
            },
          );
        }
      }
      return pass(
        `${taskMethods(ctx)
          .map((p) => p.method)
          .join(', ')}: -32602`,
      );
    },
  },
  {
    id: 'tasks-forbidden-tool-with-task',
    title: 'a tool without task support called with a task is error -32601',
    section: 'tasks',
    level: 'SHOULD',
    requirements: ['TASK-04'],
    spec: 'basic/utilities/tasks#tool-level-negotiation',
    rule: 'If execution.taskSupport is not present or "forbidden", clients MUST NOT attempt to invoke the tool as a task; servers SHOULD return a -32601 (Method not found) error if a client attempts to do so.',
    versions: TASK_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies(ctx) {
      if (!declaresTaskToolCalls(ctx)) return 'the server does not declare tasks.requests.tools.call';
      const missing = requireCallableTools(ctx);
      if (missing) return missing;
      return ctx.callableTools.some((t) =>
        [undefined, 'forbidden'].includes(taskSupportOf(t.tool) as string | undefined),
      )
        ? undefined
        : 'every callable tool supports tasks';
    },
    async run(ctx) {
      const tool = ctx.callableTools.find((t) =>
        [undefined, 'forbidden'].includes(taskSupportOf(t.tool) as string | undefined),
      )!;
      const record = await callOne(ctx.main, tool, undefined, TASK_PARAMS);
      if (!record.outcome) return skip(`${tool.name} gave no answer by the request timeout`);
      const evidence = { sent: record.sent, received: receivedOf(record.outcome) };
      if (!record.outcome.ok && record.outcome.error.code === METHOD_NOT_FOUND) return pass(`${tool.name}: -32601`);
      return violation(
        `${tool.name} (taskSupport ${JSON.stringify(taskSupportOf(tool.tool) ?? 'absent')}) called as a task is answered with ${describeOutcome(record.outcome)}, not -32601`,
        evidence,
      );
    },
  },
  {
    id: 'tasks-required-tool-without-task',
    title: 'a tool that requires a task, called without one, is error -32601',
    section: 'tasks',
    level: 'MUST',
    requirements: ['TASK-03'],
    spec: 'basic/utilities/tasks#tool-level-negotiation',
    rule: 'If execution.taskSupport is "required", clients MUST invoke the tool as a task; servers MUST return a -32601 (Method not found) error if a client does not attempt to do so.',
    versions: TASK_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies(ctx) {
      const missing = requireCallableTools(ctx);
      if (missing) return missing;
      return ctx.callableTools.some((t) => taskSupportOf(t.tool) === 'required')
        ? undefined
        : 'no callable tool has execution.taskSupport "required"';
    },
    async run(ctx) {
      const tool = ctx.callableTools.find((t) => taskSupportOf(t.tool) === 'required')!;
      const record = await callOne(ctx.main, tool, undefined);
      if (!record.outcome) return skip(`${tool.name} gave no answer by the request timeout`);
      const evidence = { sent: record.sent, received: receivedOf(record.outcome) };
      if (!record.outcome.ok && record.outcome.error.code === METHOD_NOT_FOUND) return pass(`${tool.name}: -32601`);
      if (!record.outcome.ok && record.outcome.error.code === -32600) {
        return warn(
          `${tool.name} called without a task is answered with -32600; the tool-level rule asks for -32601 (the generic task error list allows -32600)`,
          evidence,
        );
      }
      return violation(
        `${tool.name} requires a task but, called without one, answers ${describeOutcome(record.outcome)} instead of -32601`,
        evidence,
      );
    },
  },
];
