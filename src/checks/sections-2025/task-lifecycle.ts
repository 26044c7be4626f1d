/**
 * The life of a task (basic/utilities/tasks, 2025-11-25, experimental), inventory section 5.12: creation, ids,
 * status transitions, timestamps, tasks/result, related-task metadata, cancellation and listing. They apply when
 * the server declares task-augmented tools/call and the call-tools policy allows a tool that can run as a task;
 * all of them judge one shared run of task-probe.ts.
 */
import { requireCallableTools } from '../applicability.js';
import { resultProblems } from '../judge/message-schema.js';
import { INVALID_PARAMS, describeOutcome, receivedOf } from '../judge/outcome.js';
import {
  declaresTaskToolCalls,
  endedBeforeCancel,
  isTerminal,
  RELATED_TASK,
  taskCapability,
  taskOf,
  taskProbe,
  taskTool,
  TASK_TTL_MS,
  type TaskCall,
  type TaskProbe,
} from '../probes/task-probe.js';
import {
  answerIndex,
  indexSessions,
  isObject,
  isRequest,
  trimmed,
  type JsonObject,
  type WireMessage,
} from '../judge/transcript-index.js';
import { pass, skip, violation, type CheckContext, type CheckDefinition, type Judgement } from '../types.js';
import { versionsFrom } from '../versions.js';

const BOTH = ['stdio', 'http', 'sse'] as const;
const TASK_VERSIONS = versionsFrom('2025-11-25');
const STATUSES = ['working', 'input_required', 'completed', 'failed', 'cancelled'];
/** Valid next statuses (basic/utilities/tasks#task-status-lifecycle); staying in a status is not a transition. */
const NEXT: Record<string, string[]> = {
  working: ['working', 'input_required', 'completed', 'failed', 'cancelled'],
  input_required: ['input_required', 'working', 'completed', 'failed', 'cancelled'],
  completed: ['completed'],
  failed: ['failed'],
  cancelled: ['cancelled'],
};
/** ISO 8601 date-time as RFC 3339 profiles it (the spec links RFC 3339 section 5). */
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function requireTaskTool(ctx: CheckContext): string | undefined {
  if (!declaresTaskToolCalls(ctx)) return 'the server does not declare tasks.requests.tools.call';
  const missing = requireCallableTools(ctx);
  if (missing) return missing;
  return taskTool(ctx)
    ? undefined
    : 'no callable tool has execution.taskSupport "optional" or "required" (list one under tools to have it run as a task)';
}

const requireTaskMethod = (capability: 'cancel' | 'list') => (ctx: CheckContext) =>
  requireTaskTool(ctx) ??
  (taskCapability(ctx)?.[capability] === undefined ? `the server does not declare tasks.${capability}` : undefined);

/** The skip for a request that got no answer within the wait (a closed connection is thrown, not skipped). */
const unanswered = (method: string, probe: TaskProbe) =>
  skip(`${method} did not answer within ${probe.waitMs} ms (timeout-ms)`);

/** The probe, or a skip when no task could be followed. */
async function probed(ctx: CheckContext, judge: (probe: TaskProbe) => Judgement): Promise<Judgement> {
  const probe = await taskProbe(ctx);
  return probe.unavailable ? skip(probe.unavailable) : judge(probe);
}

const evidenceOf = (call: TaskCall) => ({
  sent: { method: call.method, params: call.params },
  received: call.outcome ? receivedOf(call.outcome) : '(no answer in time)',
});

const okResult = (call: TaskCall | undefined): JsonObject | undefined =>
  call?.outcome?.ok ? call.outcome.result : undefined;

const relatedTaskOf = (result: JsonObject | undefined): unknown =>
  isObject(result?._meta) ? result._meta[RELATED_TASK] : undefined;

/** Every tasks/get answer of the probe. */
function taskGets(probe: TaskProbe): TaskCall[] {
  return [
    ...(probe.followed?.polls ?? []),
    ...(probe.followed?.afterResult ?? []),
    ...(probe.misdirected ? [probe.misdirected.call] : []),
    ...(probe.cancelled?.later ? [probe.cancelled.later] : []),
  ];
}

/** Problems with one task object's timestamps (and its ttl, which tasks/get answers must carry). */
function timestampProblems(task: JsonObject, where: string, needsTtl: boolean): string[] {
  const problems: string[] = [];
  for (const field of ['createdAt', 'lastUpdatedAt']) {
    const value = task[field];
    if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) {
      problems.push(
        `${where}: ${field} ${value === undefined ? 'is missing' : `${JSON.stringify(value)} is not an ISO 8601 date-time`}`,
      );
    }
  }
  if (needsTtl && !('ttl' in task && (task.ttl === null || typeof task.ttl === 'number'))) {
    problems.push(
      `${where}: ttl ${'ttl' in task ? `${JSON.stringify(task.ttl)} is neither a number nor null` : 'is missing'}`,
    );
  }
  return problems;
}

/** The server requests that belong to a task's input_required phase: what it asks the requestor. */
const INPUT_REQUESTS = ['elicitation/create', 'sampling/createMessage'];

interface InputRequests {
  /** Input requests naming one of the probe's tasks in _meta. */
  labelled: WireMessage[];
  /** Input requests without related-task _meta. */
  unlabelled: WireMessage[];
}

/**
 * The input requests the server sent on the probe's session from its first task creation until tasks/result for
 * the followed task was answered. Nothing but the tasks ran on that session, so every one of them is the tasks'.
 */
function requestsWhileTasksRan(ctx: CheckContext, probe: TaskProbe): InputRequests {
  const found: InputRequests = { labelled: [], unlabelled: [] };
  const taskId = probe.followed!.taskId;
  const session = indexSessions(ctx.transcript())
    .filter((s) => s.label === probe.label)
    .at(-1);
  if (!session) return found;
  const params = (m: WireMessage) => (isObject(m.message.params) ? m.message.params : {});
  const isTaskCreation = (m: WireMessage) => m.message.method === 'tools/call' && isObject(params(m).task);
  const firstCreation = session.sent.find(isTaskCreation);
  const resultRequest = session.sent.find((m) => m.message.method === 'tasks/result' && params(m).taskId === taskId);
  if (!firstCreation || !resultRequest) return found;
  const end = answerIndex(session, resultRequest);
  for (const received of session.received) {
    const { index, message } = received;
    if (index <= firstCreation.index || index >= end) continue;
    if (!isRequest(message) || !INPUT_REQUESTS.includes(message.method as string)) continue;
    const related = isObject(message.params) ? relatedTaskOf(message.params) : undefined;
    if (isObject(related) && probe.ids.includes(related.taskId as string)) found.labelled.push(received);
    else if (related === undefined) found.unlabelled.push(received);
  }
  return found;
}

export const checks: CheckDefinition[] = [
  {
    id: 'tasks-create-result',
    title: 'a task-augmented tools/call is answered with a CreateTaskResult',
    section: 'tasks',
    level: 'MUST',
    requirements: ['TASK-05'],
    spec: 'basic/utilities/tasks#result-retrieval',
    rule: 'Receivers that accept a task-augmented request MUST return a CreateTaskResult as the response.',
    versions: TASK_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies: requireTaskTool,
    async run(ctx) {
      // Judges the creations even when the probe could not go on with them.
      const probe = await taskProbe(ctx);
      if (probe.created.length === 0) return skip(probe.unavailable ?? 'no task was created');
      for (const call of probe.created) {
        if (!call.outcome?.ok) continue;
        if (!isObject(call.outcome.result.task)) {
          return violation(
            `${probe.tool} called with a task answered with an ordinary result, not a CreateTaskResult ({task: {...}})`,
            evidenceOf(call),
          );
        }
        const problems = resultProblems('tools/call', call.outcome.result, call.params, ctx.main.serverCapabilities);
        if (problems.length) {
          return violation(`the CreateTaskResult is not valid: ${problems.slice(0, 3).join('; ')}`, evidenceOf(call));
        }
      }
      if (probe.ids.length === 0) {
        const first = probe.created[0]!.outcome;
        return skip(
          `${probe.tool} called with a task created none: ${first ? describeOutcome(first) : 'no answer in time'}`,
        );
      }
      return pass(`${probe.ids.length} task(s) created by ${probe.tool}`);
    },
  },
  {
    id: 'tasks-ids-unique',
    title: 'task ids are strings, unique among the server\u2019s tasks',
    section: 'tasks',
    level: 'MUST',
    requirements: ['TASK-06'],
    spec: 'basic/utilities/tasks#task-id-requirements',
    rule: 'Task IDs MUST be a string value. Task IDs MUST be generated by the receiver when creating a task. Task IDs MUST be unique among all tasks controlled by the receiver.',
    versions: TASK_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies: requireTaskTool,
    run: (ctx) =>
      probed(ctx, (probe) => {
        const tasks = probe.created.map((call) => ({ call, task: taskOf(call.outcome) }));
        const bad = tasks.find(({ task }) => task && typeof task.taskId !== 'string');
        if (bad) return violation(`taskId ${JSON.stringify(bad.task!.taskId)} is not a string`, evidenceOf(bad.call));
        if (probe.ids.length < 2) return skip('fewer than two tasks were created, so ids cannot be compared');
        const repeated = probe.ids.find((id, i) => probe.ids.indexOf(id) !== i);
        if (repeated !== undefined) {
          const sharing = probe.ids.filter((id) => id === repeated).length;
          return violation(
            `of ${probe.ids.length} tasks created, ${sharing} share the task id ${JSON.stringify(repeated)}`,
            {
              sent: probe.created.map((call) => ({ method: call.method, params: call.params })),
              received: probe.ids,
            },
          );
        }
        return pass(`${probe.ids.length} distinct task ids`);
      }),
  },
  {
    id: 'tasks-status-lifecycle',
    title: 'task statuses follow the valid transitions and a terminal status never changes',
    section: 'tasks',
    level: 'MUST',
    requirements: ['TASK-07'],
    spec: 'basic/utilities/tasks#task-status-lifecycle',
    rule: 'Tasks MUST begin in the working status when created. Receivers MUST only transition tasks through the valid paths (working to input_required, completed, failed or cancelled; input_required to working, completed, failed or cancelled); tasks with a completed, failed, or cancelled status are in a terminal state and MUST NOT transition to any other status.',
    versions: TASK_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies: requireTaskTool,
    run: (ctx) =>
      probed(ctx, (probe) => {
        // Only answers to requests sent one after another: their order is the server's order on every transport.
        const statuses = probe.followed!.statuses;
        const created = statuses[0]!;
        if (created.status !== 'working') {
          const message = `${created.from} reports status ${JSON.stringify(created.status)}: a task begins "working"`;
          return violation(message, { received: statuses });
        }
        for (const [i, { status, from }] of statuses.entries()) {
          if (!STATUSES.includes(status as string)) {
            return violation(`${from} reports status ${JSON.stringify(status)}, which is not a task status`, {
              received: statuses,
            });
          }
          const before = statuses[i - 1];
          if (before && !NEXT[before.status as string]!.includes(status as string)) {
            return violation(
              `the task went from ${before.status as string} (${before.from}) to ${status as string} (${from})${isTerminal(before.status) ? ': a terminal status must never change' : ''}`,
              { received: statuses },
            );
          }
        }
        const cancelled = probe.cancelled;
        const cancelledStatus = okResult(cancelled?.cancel)?.status;
        const laterStatus = okResult(cancelled?.later)?.status;
        if (cancelledStatus === 'cancelled' && laterStatus !== undefined && laterStatus !== 'cancelled') {
          return violation(
            `a cancelled task later reports status ${JSON.stringify(laterStatus)}`,
            evidenceOf(cancelled!.later!),
          );
        }
        if (!isTerminal(statuses.at(-1)?.status)) {
          return skip(
            `the task did not end within ${probe.waitMs} ms (timeout-ms), so its terminal status could not be watched`,
          );
        }
        const path = statuses.map((s) => s.status).filter((status, i, all) => status !== all[i - 1]);
        return pass(`${path.join(' \u2192 ')} over ${statuses.length} observations`);
      }),
  },
  {
    id: 'tasks-timestamps',
    title: 'task objects carry ISO 8601 createdAt and lastUpdatedAt; tasks/get carries ttl',
    section: 'tasks',
    level: 'MUST',
    requirements: ['TASK-08'],
    spec: 'basic/utilities/tasks#ttl-and-resource-management',
    rule: 'Receivers MUST include a createdAt and a lastUpdatedAt ISO 8601-formatted timestamp in all task responses; receivers MUST include the actual ttl duration (or null for unlimited) in tasks/get responses.',
    versions: TASK_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies: requireTaskTool,
    run: (ctx) =>
      probed(ctx, (probe) => {
        const judged: { call: TaskCall; task: JsonObject; where: string; needsTtl: boolean }[] = [];
        for (const call of probe.created) {
          const task = taskOf(call.outcome);
          if (task) judged.push({ call, task, where: 'CreateTaskResult.task', needsTtl: false });
        }
        for (const call of taskGets(probe)) {
          const task = okResult(call);
          if (task) judged.push({ call, task, where: 'tasks/get result', needsTtl: true });
        }
        const cancel = probe.cancelled?.cancel;
        const cancelled = okResult(cancel);
        if (cancel && cancelled)
          judged.push({ call: cancel, task: cancelled, where: 'tasks/cancel result', needsTtl: false });
        for (const call of probe.list?.pages ?? []) {
          const tasks = okResult(call)?.tasks;
          for (const task of Array.isArray(tasks) ? tasks : []) {
            if (isObject(task)) judged.push({ call, task, where: 'tasks/list entry', needsTtl: false });
          }
        }
        for (const { call, task, where, needsTtl } of judged) {
          const problems = timestampProblems(task, where, needsTtl);
          if (problems.length) return violation(problems.join('; '), evidenceOf(call));
        }
        return pass(`${judged.length} task object(s) checked`);
      }),
  },
  {
    id: 'tasks-result-blocks',
    title: 'tasks/result answers only once the task ended, with the underlying result',
    section: 'tasks',
    level: 'MUST',
    requirements: ['TASK-09'],
    spec: 'basic/utilities/tasks#result-retrieval',
    rule: 'When a receiver receives a tasks/result request for a task in a non-terminal status, it MUST block the response until the task reaches a terminal status; for tasks in a terminal status, receivers MUST return from tasks/result exactly what the underlying request would have returned, whether that is a successful result or a JSON-RPC error.',
    versions: TASK_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies: requireTaskTool,
    run: (ctx) =>
      probed(ctx, (probe) => {
        const { result, afterResult } = probe.followed!;
        if (!result.outcome) return unanswered('tasks/result', probe);
        const after = okResult(afterResult[0]);
        if (after && !isTerminal(after.status)) {
          return violation(
            `tasks/result answered while the task was still ${JSON.stringify(after.status)} (tasks/get right after it)`,
            { ...evidenceOf(result), received: { 'tasks/result': receivedOf(result.outcome), 'tasks/get': after } },
          );
        }
        if (result.outcome.ok) {
          const problems = resultProblems('tools/call', result.outcome.result, {});
          if (problems.length) {
            return violation(
              `tasks/result is not a CallToolResult: ${problems.slice(0, 3).join('; ')}`,
              evidenceOf(result),
            );
          }
        } else if (after?.status === 'completed') {
          return violation(
            `tasks/result answered ${describeOutcome(result.outcome)} for a task whose status is completed; a JSON-RPC error ends a task as failed`,
            evidenceOf(result),
          );
        }
        return pass(
          `tasks/result: ${describeOutcome(result.outcome)} once the task was ${String(after?.status ?? 'over')}`,
        );
      }),
  },
  {
    id: 'tasks-result-related-task',
    title: 'the tasks/result response names its task in _meta',
    section: 'tasks',
    level: 'MUST',
    requirements: ['TASK-10'],
    spec: 'basic/utilities/tasks#associating-task-related-messages',
    rule: 'The tasks/result operation MUST include this metadata in its response (_meta["io.modelcontextprotocol/related-task"] with the taskId), as the result structure itself does not contain the task ID.',
    versions: TASK_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies: requireTaskTool,
    run: (ctx) =>
      probed(ctx, (probe) => {
        const { result, taskId } = probe.followed!;
        if (!result.outcome) return unanswered('tasks/result', probe);
        if (!result.outcome.ok)
          return skip(`tasks/result answered ${describeOutcome(result.outcome)}; an error has no _meta`);
        const related = relatedTaskOf(result.outcome.result);
        if (!isObject(related) || related.taskId !== taskId) {
          return violation(
            related === undefined
              ? `the tasks/result response has no _meta["${RELATED_TASK}"]`
              : `the tasks/result response names task ${JSON.stringify(isObject(related) ? related.taskId : related)}, not ${JSON.stringify(taskId)}`,
            evidenceOf(result),
          );
        }
        return pass();
      }),
  },
  {
    id: 'tasks-input-requests-related-task',
    title: 'requests the server sends for a task name the task in _meta',
    section: 'tasks',
    level: 'MUST',
    requirements: ['TASK-13'],
    spec: 'basic/utilities/tasks#input-required-status',
    rule: 'When the task receiver has messages for the requestor that are necessary to complete the task, the receiver SHOULD move the task to the input_required status. The receiver MUST include the io.modelcontextprotocol/related-task metadata in the request to associate it with the task.',
    versions: TASK_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies: requireTaskTool,
    run: (ctx) =>
      probed(ctx, (probe) => {
        const { labelled, unlabelled } = requestsWhileTasksRan(ctx, probe);
        const first = unlabelled[0];
        if (first) {
          return violation(
            `${String(first.message.method)} arrived while the tasks of ${probe.tool!} ran, on a session where nothing else was asked, and has no _meta["${RELATED_TASK}"]`,
            { received: trimmed(first.message) },
          );
        }
        if (labelled.length === 0) {
          return skip(`the server sent no elicitation or sampling request while the tasks of ${probe.tool!} ran`);
        }
        return pass(`${labelled.length} request(s) for input named their task`);
      }),
  },
  {
    id: 'tasks-task-id-authoritative',
    title: 'tasks/get follows its taskId parameter, not related-task _meta',
    section: 'tasks',
    level: 'MUST',
    requirements: ['TASK-11'],
    spec: 'basic/utilities/tasks#associating-task-related-messages',
    rule: 'For the tasks/get, tasks/result, and tasks/cancel operations, the taskId parameter in the request MUST be used as the source of truth for identifying the target task; receivers MUST ignore such metadata if present in favor of the RPC method parameter.',
    versions: TASK_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies: requireTaskTool,
    run: (ctx) =>
      probed(ctx, (probe) => {
        const misdirected = probe.misdirected;
        if (!misdirected) return skip('fewer than two tasks were created');
        const { call, taskId, otherId } = misdirected;
        if (!call.outcome) {
          // Plain tasks/get requests were answered: this one was lost to the _meta (e.g. queued for the other task).
          return violation(
            `tasks/get with _meta naming another task got no answer within ${probe.waitMs} ms, though plain tasks/get requests were answered`,
            evidenceOf(call),
          );
        }
        if (!call.outcome.ok) {
          return violation(
            `tasks/get with _meta naming another task failed: ${describeOutcome(call.outcome)}`,
            evidenceOf(call),
          );
        }
        if (call.outcome.result.taskId !== taskId) {
          return violation(
            `tasks/get {taskId: ${JSON.stringify(taskId)}} answered task ${JSON.stringify(call.outcome.result.taskId)}${call.outcome.result.taskId === otherId ? ', the one named in _meta' : ''}`,
            evidenceOf(call),
          );
        }
        return pass();
      }),
  },
  {
    id: 'tasks-no-related-task-in-results',
    title: 'tasks/get, tasks/list, tasks/cancel results and task status notifications carry no related-task _meta',
    section: 'tasks',
    level: 'SHOULD',
    requirements: ['TASK-12'],
    spec: 'basic/utilities/tasks#associating-task-related-messages',
    rule: 'For the tasks/get, tasks/list, and tasks/cancel operations, receivers SHOULD NOT include io.modelcontextprotocol/related-task metadata in the result messages; the notifications/tasks/status notification SHOULD NOT include it, as the task ID is already present.',
    versions: TASK_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies: requireTaskTool,
    run: (ctx) =>
      probed(ctx, (probe) => {
        const calls = [
          ...taskGets(probe),
          ...(probe.list?.pages ?? []),
          ...(probe.cancelled ? [probe.cancelled.cancel] : []),
        ];
        const carrying = calls.find((call) => relatedTaskOf(okResult(call)) !== undefined);
        if (carrying)
          return violation(`the ${carrying.method} result carries _meta["${RELATED_TASK}"]`, evidenceOf(carrying));
        const notification = probe.notifications.find((n) => relatedTaskOf(n.params) !== undefined);
        if (notification) {
          return violation(`notifications/tasks/status carries _meta["${RELATED_TASK}"]`, { received: notification });
        }
        return pass(`${calls.length} result(s) and ${probe.notifications.length} status notification(s) checked`);
      }),
  },
  {
    id: 'tasks-cancel-terminal-rejected',
    title: 'cancelling a task that already ended is error -32602',
    section: 'tasks',
    level: 'MUST',
    requirements: ['TASK-15'],
    spec: 'basic/utilities/tasks#task-cancellation',
    rule: 'Receivers MUST reject cancellation requests for tasks already in a terminal status (completed, failed, or cancelled) with error code -32602 (Invalid params).',
    versions: TASK_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies: requireTaskMethod('cancel'),
    run: (ctx) =>
      probed(ctx, (probe) => {
        const call = probe.followed!.cancelAfterEnd;
        if (!call) return skip(`the task did not end within ${probe.waitMs} ms (timeout-ms)`);
        if (!call.outcome) return unanswered('tasks/cancel', probe);
        if (call.outcome.ok || call.outcome.error.code !== INVALID_PARAMS) {
          return violation(
            `tasks/cancel of a task that had ended (${String(probe.followed!.statuses.at(-1)?.status)}) is answered with ${describeOutcome(call.outcome)}, not -32602`,
            evidenceOf(call),
          );
        }
        return pass();
      }),
  },
  {
    id: 'tasks-cancel-working',
    title: 'a cancelled task is cancelled when tasks/cancel answers, and stays cancelled',
    section: 'tasks',
    level: 'MUST',
    requirements: ['TASK-16'],
    spec: 'basic/utilities/tasks#task-cancellation',
    rule: 'Upon receiving a valid cancellation request, receivers MUST transition the task to cancelled status before sending the response. Once a task is cancelled, it MUST remain in cancelled status even if execution continues to completion or fails.',
    versions: TASK_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies: requireTaskMethod('cancel'),
    run: (ctx) =>
      probed(ctx, (probe) => {
        const cancelled = probe.cancelled;
        if (!cancelled) return skip('fewer than three tasks were created');
        const { cancel, later } = cancelled;
        if (!cancel.outcome) return unanswered('tasks/cancel', probe);
        const laterStatus = okResult(later)?.status;
        if (!cancel.outcome.ok) {
          // A task that ended before the cancel arrived is rightly refused (TASK-15); every task tried did.
          if (endedBeforeCancel(cancelled)) {
            return skip(
              `each of ${cancelled.attempts} task(s) ended (${String(laterStatus)}) before tasks/cancel arrived`,
            );
          }
          return violation(
            `tasks/cancel of a working task failed: ${describeOutcome(cancel.outcome)}`,
            evidenceOf(cancel),
          );
        }
        if (cancel.outcome.result.status !== 'cancelled') {
          return violation(
            `tasks/cancel answered with status ${JSON.stringify(cancel.outcome.result.status)}; the task must be cancelled before the response`,
            evidenceOf(cancel),
          );
        }
        if (laterStatus !== undefined && laterStatus !== 'cancelled') {
          return violation(
            `the cancelled task later reports status ${JSON.stringify(laterStatus)}`,
            evidenceOf(later!),
          );
        }
        return pass(laterStatus ? 'cancelled, and still cancelled later' : 'cancelled (no longer retrievable later)');
      }),
  },
  {
    id: 'tasks-list-complete',
    title: 'tasks/list lists every task tasks/get retrieves',
    section: 'tasks',
    level: 'MUST',
    requirements: ['TASK-17'],
    spec: 'basic/utilities/tasks#task-listing',
    rule: 'Receivers MUST include a nextCursor in the response if more tasks are available. If a task is retrievable via tasks/get for a requestor, it MUST be retrievable via tasks/list for that requestor.',
    versions: TASK_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies: requireTaskMethod('list'),
    run: (ctx) =>
      probed(ctx, (probe) => {
        const list = probe.list!;
        const failed = list.pages.find((page) => !page.outcome?.ok);
        if (failed) {
          if (!failed.outcome) return unanswered('tasks/list', probe);
          return violation(`tasks/list failed: ${describeOutcome(failed.outcome)}`, evidenceOf(failed));
        }
        if (!list.complete) return skip(`tasks/list has more than ${list.pages.length} pages; not all were read`);
        const retrievable = new Set(
          taskGets(probe)
            .map((call) => okResult(call)?.taskId)
            .filter((id): id is string => typeof id === 'string'),
        );
        const missing = [...retrievable].filter((id) => !list.ids.includes(id));
        if (missing.length) {
          return violation(
            `tasks/get retrieves ${missing.map((id) => JSON.stringify(id)).join(', ')}, but tasks/list (${list.pages.length} page(s), ${list.ids.length} task(s)) does not list ${missing.length === 1 ? 'it' : 'them'}`,
            { sent: list.pages.map((page) => ({ method: page.method, params: page.params })), received: list.ids },
          );
        }
        return pass(`${retrievable.size} task(s) retrievable, all listed`);
      }),
  },
  {
    id: 'tasks-get-not-sse',
    title: 'tasks/get over HTTP is answered as JSON, not upgraded to SSE',
    section: 'tasks',
    level: 'SHOULD',
    requirements: ['TASK-19'],
    spec: 'basic/utilities/tasks#input-required-status',
    rule: 'Where possible, servers SHOULD NOT upgrade to an SSE stream in response to a tasks/get request, as the client has indicated it wishes to poll for a result.',
    versions: TASK_VERSIONS,
    transports: ['http'],
    scope: 'per-version',
    applies: requireTaskTool,
    async run(ctx) {
      const tool = taskTool(ctx)!;
      // Its own session: the main one goes through the SDK client, which does not tell how a response came.
      const raw = await ctx.openRaw({
        protocolVersion: ctx.protocolVersion,
        label: `probe:task-poll@${ctx.protocolVersion}`,
      });
      const params = { name: tool.name, arguments: tool.arguments, task: { ttl: TASK_TTL_MS } };
      const created = await raw.request('tools/call', params, { timeoutMs: ctx.timeoutMs });
      const task = isObject(created.response?.result) ? created.response.result.task : undefined;
      if (!isObject(task) || typeof task.taskId !== 'string') {
        return skip(`${tool.name} called with a task did not answer with a task (see tasks-create-result)`);
      }
      const poll = await raw.request('tasks/get', { taskId: task.taskId }, { timeoutMs: ctx.timeoutMs });
      const type = poll.http?.headers['content-type'] ?? '';
      if (type.includes('text/event-stream')) {
        return violation('tasks/get was answered with Content-Type text/event-stream', {
          sent: { method: 'tasks/get', params: { taskId: task.taskId } },
          received: poll.http,
        });
      }
      return pass(`tasks/get answered with ${type || 'no Content-Type'}`);
    },
  },
];
