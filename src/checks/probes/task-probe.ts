/**
 * Runs a tool as a task and watches the task's life, once per session, for the task lifecycle checks
 * (basic/utilities/tasks, inventory section 5.12). The tool is the first callable tool (call-tools policy) whose
 * execution.taskSupport is "optional" or "required". Three tasks are created at once:
 * - A is followed to its end: tasks/result is asked at once (it must block), tasks/get is polled meanwhile,
 *   asked twice more after the end, and A is then cancelled (a terminal task must refuse);
 * - B is read with tasks/get while the request's _meta names A (the taskId parameter must win);
 * - C is cancelled the moment its creation answers, and read again once A has ended. A task may end before the
 *   cancel reaches it (a short tool on a busy machine): then a fresh task is created and cancelled, up to
 *   CANCEL_ATTEMPTS tasks in all, so the verdict on cancelling a working task does not depend on the runner's load.
 * Then every page of tasks/list is read. The checks judge the record; none of them sends anything itself.
 *
 * The probe runs on a session of its own (one per version session): on the shared session the other checks' tool
 * calls ran beside the tasks, and a request the server sent for input could not be told to be a task's or theirs
 * (tasks-input-requests-related-task), depending on how far those calls had come. A quick run over stdio keeps
 * them on the main session and leaves that check out.
 */
import { RELATED_TASK_META_KEY } from '@modelcontextprotocol/sdk/types.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { isObject, type JsonObject } from '../judge/transcript-index.js';
import type { CheckContext, ToolInvocation } from '../types.js';
import { RequestTimeoutError, type Connection, type RpcOutcome, type ServerNotification } from '../../wire/types.js';

/** The `_meta` key that ties a message to a task (the SDK's constant). */
export const RELATED_TASK = RELATED_TASK_META_KEY;
const TERMINAL_STATUSES = ['completed', 'failed', 'cancelled'];
/** The ttl mcp-ci asks for; tasks outlive the checks by far. */
export const TASK_TTL_MS = 60_000;
const TASK_COUNT = 3;
/** How many tasks may be created to cancel one while it still works. */
const CANCEL_ATTEMPTS = 3;
/** Bounds on the tasks/get polling interval: the server's pollInterval, clamped so a run stays fast. */
const MIN_POLL_MS = 20;
const MAX_POLL_MS = 250;
const MAX_LIST_PAGES = 20;

/** One request of the probe and what came back (no outcome: no answer within the wait). */
export interface TaskCall {
  method: string;
  params: JsonObject;
  outcome?: RpcOutcome;
}

export interface TaskProbe {
  /** Why no task could be followed. */
  unavailable?: string;
  /** The label of the probe's session in the transcript. */
  label?: string;
  tool?: string;
  /** The task-augmented tools/call requests. */
  created: TaskCall[];
  /** Task ids of the creations answered with a task. */
  ids: string[];
  followed?: {
    taskId: string;
    /** tasks/result, asked right after the creation. */
    result: TaskCall;
    /** Each task status of A in the order the server reported it: the creation, then each tasks/get answer. */
    statuses: { status: unknown; from: string }[];
    /** The tasks/get requests while waiting for tasks/result. */
    polls: TaskCall[];
    /** The tasks/get requests after tasks/result came back. */
    afterResult: TaskCall[];
    /** tasks/cancel of A once it ended (tasks.cancel declared). */
    cancelAfterEnd?: TaskCall;
  };
  /** tasks/get of B with _meta naming A. */
  misdirected?: { taskId: string; otherId: string; call: TaskCall };
  /**
   * tasks/cancel of C right after its creation, and tasks/get of C after A ended; when C had ended before the
   * cancel came, the same for a fresh task, the last one tried here. `attempts` counts the tasks tried.
   */
  cancelled?: { taskId: string; cancel: TaskCall; later?: TaskCall; attempts: number };
  /** Every page of tasks/list (tasks.list declared). */
  list?: { pages: TaskCall[]; ids: string[]; complete: boolean };
  /** notifications/tasks/status received meanwhile. */
  notifications: ServerNotification[];
  /** The longest the probe waited for a task to end, for messages. */
  waitMs: number;
}

const probes = new WeakMap<Connection, Promise<TaskProbe>>();

export const taskCapability = (ctx: CheckContext): JsonObject | undefined => {
  const tasks = ctx.main.serverCapabilities.tasks;
  return isObject(tasks) ? tasks : undefined;
};

/** Whether the server declares task-augmented tools/call (`tasks.requests.tools.call`). */
export const declaresTaskToolCalls = (ctx: CheckContext): boolean => {
  const requests = taskCapability(ctx)?.requests;
  return isObject(requests) && isObject(requests.tools) && requests.tools.call !== undefined;
};

export const taskSupportOf = (tool: Record<string, unknown>): unknown =>
  isObject(tool.execution) ? tool.execution.taskSupport : undefined;

/** The first callable tool that may run as a task. */
export function taskTool(ctx: CheckContext): ToolInvocation | undefined {
  return ctx.callableTools.find((t) => ['optional', 'required'].includes(taskSupportOf(t.tool) as string));
}

export const taskOf = (outcome: RpcOutcome | undefined): JsonObject | undefined =>
  outcome?.ok && isObject(outcome.result.task) ? outcome.result.task : undefined;

export const isTerminal = (status: unknown): boolean => TERMINAL_STATUSES.includes(status as string);

export function taskProbe(ctx: CheckContext): Promise<TaskProbe> {
  let probe = probes.get(ctx.main);
  if (!probe) {
    probe = runProbe(ctx);
    probes.set(ctx.main, probe);
  }
  return probe;
}

/** One request; no answer in time is recorded, a closed connection is thrown (the engine judges again alone). */
async function ask(connection: Connection, method: string, params: JsonObject, timeoutMs: number): Promise<TaskCall> {
  try {
    return { method, params, outcome: await connection.request(method, params, { timeoutMs }) };
  } catch (error) {
    if (error instanceof RequestTimeoutError) return { method, params };
    throw error;
  }
}

async function runProbe(ctx: CheckContext): Promise<TaskProbe> {
  const tool = taskTool(ctx);
  const waitMs = ctx.timeoutMs;
  const probe: TaskProbe = { created: [], ids: [], notifications: [], waitMs };
  if (!tool) return { ...probe, unavailable: 'no callable tool has execution.taskSupport "optional" or "required"' };
  probe.tool = tool.name;
  // Closed when the check that started the probe ends, which awaits the whole probe. A quick run over stdio starts
  // no process beyond the boot's: there the tasks share the main session, and the one check that needs them alone
  // (tasks-input-requests-related-task) is left out of it (quick.ts).
  const connection =
    ctx.config.quick && ctx.transport === 'stdio'
      ? ctx.main
      : await ctx.connect({ label: `tasks@${ctx.protocolVersion}` });
  probe.label = connection.label;
  const stopListening = connection.onNotification((n) => {
    if (n.method === 'notifications/tasks/status') probe.notifications.push(n);
  });
  try {
    const params = { name: tool.name, arguments: tool.arguments, task: { ttl: TASK_TTL_MS } };
    const canCancel = taskCapability(ctx)?.cancel !== undefined;
    // C's cancel leaves the moment C's creation answers: any wait lets a short task end first.
    const creations = Array.from({ length: TASK_COUNT }, () => ask(connection, 'tools/call', params, waitMs));
    const cancelC = canCancel ? creations[2]!.then((created) => cancelAtOnce(connection, created, waitMs)) : undefined;
    cancelC?.catch(() => {});
    probe.created = await Promise.all(creations);
    const tasks = probe.created.map((call) => taskOf(call.outcome));
    probe.ids = tasks.map((task) => task?.taskId).filter((id): id is string => typeof id === 'string');
    const [a, b] = tasks;
    if (!a || typeof a.taskId !== 'string') {
      return { ...probe, unavailable: `${tool.name} called with a task did not answer with a task` };
    }
    probe.followed = await follow(connection, a, waitMs);
    if (canCancel && isTerminal(probe.followed.statuses.at(-1)?.status)) {
      probe.followed.cancelAfterEnd = await ask(connection, 'tasks/cancel', { taskId: a.taskId }, waitMs);
    }
    if (b && typeof b.taskId === 'string') {
      const misleading = { taskId: b.taskId, _meta: { [RELATED_TASK]: { taskId: a.taskId } } };
      probe.misdirected = {
        taskId: b.taskId,
        otherId: a.taskId,
        call: await ask(connection, 'tasks/get', misleading, waitMs),
      };
    }
    let attempt = await cancelC;
    for (let attempts = 1; attempt; attempts++) {
      const later = await ask(connection, 'tasks/get', { taskId: attempt.taskId }, waitMs);
      probe.cancelled = { ...attempt, later, attempts };
      if (!endedBeforeCancel(probe.cancelled) || attempts === CANCEL_ATTEMPTS) break;
      const created = await ask(connection, 'tools/call', params, waitMs);
      probe.created.push(created);
      const id = taskOf(created.outcome)?.taskId;
      if (typeof id === 'string') probe.ids.push(id);
      attempt = await cancelAtOnce(connection, created, waitMs);
    }
    if (taskCapability(ctx)?.list !== undefined) probe.list = await listAll(connection, waitMs);
    return probe;
  } finally {
    stopListening();
  }
}

/** tasks/cancel of a task the moment its creation answered; undefined when no task was created. */
async function cancelAtOnce(
  connection: Connection,
  created: TaskCall,
  waitMs: number,
): Promise<{ taskId: string; cancel: TaskCall } | undefined> {
  const taskId = taskOf(created.outcome)?.taskId;
  if (typeof taskId !== 'string') return undefined;
  return { taskId, cancel: await ask(connection, 'tasks/cancel', { taskId }, waitMs) };
}

/** The cancel was refused because the task had already ended on its own (which TASK-15 requires). */
export function endedBeforeCancel({ cancel, later }: { cancel: TaskCall; later?: TaskCall }): boolean {
  const laterStatus = later?.outcome?.ok ? later.outcome.result.status : undefined;
  return cancel.outcome?.ok === false && isTerminal(laterStatus) && laterStatus !== 'cancelled';
}

/** Asks tasks/result for A at once and polls tasks/get until the result comes (or A ends, or the wait is over). */
async function follow(
  connection: Connection,
  task: JsonObject,
  waitMs: number,
): Promise<NonNullable<TaskProbe['followed']>> {
  const taskId = task.taskId as string;
  const statuses: { status: unknown; from: string }[] = [{ status: task.status, from: 'the CreateTaskResult' }];
  let resultCame = false;
  const result = ask(connection, 'tasks/result', { taskId }, waitMs).finally(() => {
    resultCame = true;
  });
  // Awaited below; until then a closed connection must not count as an unhandled rejection.
  result.catch(() => {});
  const polls: TaskCall[] = [];
  const pollMs = Math.min(MAX_POLL_MS, Math.max(MIN_POLL_MS, Number(task.pollInterval) || MIN_POLL_MS));
  const deadline = Date.now() + waitMs;
  while (!resultCame && Date.now() < deadline) {
    await Promise.race([sleep(pollMs), result]);
    if (resultCame) break;
    const get = await ask(connection, 'tasks/get', { taskId }, waitMs);
    polls.push(get);
    if (!get.outcome?.ok) break;
    statuses.push({ status: get.outcome.result.status, from: `tasks/get #${statuses.length}` });
    if (isTerminal(get.outcome.result.status)) break;
  }
  const resultCall = await result;
  const afterResult: TaskCall[] = [];
  for (let i = 0; i < 3; i++) {
    const get = await ask(connection, 'tasks/get', { taskId }, waitMs);
    afterResult.push(get);
    if (get.outcome?.ok)
      statuses.push({ status: get.outcome.result.status, from: `tasks/get after tasks/result #${i + 1}` });
  }
  return { taskId, result: resultCall, statuses, polls, afterResult };
}

async function listAll(connection: Connection, waitMs: number): Promise<NonNullable<TaskProbe['list']>> {
  const pages: TaskCall[] = [];
  const ids: string[] = [];
  let cursor: unknown;
  while (pages.length < MAX_LIST_PAGES) {
    const page = await ask(connection, 'tasks/list', cursor === undefined ? {} : { cursor }, waitMs);
    pages.push(page);
    if (!page.outcome?.ok) return { pages, ids, complete: false };
    const tasks = Array.isArray(page.outcome.result.tasks) ? page.outcome.result.tasks : [];
    for (const task of tasks) if (isObject(task) && typeof task.taskId === 'string') ids.push(task.taskId);
    cursor = page.outcome.result.nextCursor;
    if (typeof cursor !== 'string') return { pages, ids, complete: true };
  }
  return { pages, ids, complete: false };
}
