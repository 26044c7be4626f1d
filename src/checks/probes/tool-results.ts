/**
 * Calls every tool the call-tools policy allows, once per session, and shares the outcomes among the checks that
 * judge tool results (result shape, structured content, text mirror), so each tool runs once per session, not
 * once per check.
 */
import { ConnectionClosedError, RequestTimeoutError, type Connection, type RpcOutcome } from '../../wire/types.js';
import { isObject } from '../judge/content.js';
import type { CheckContext, ToolInvocation } from '../types.js';

/**
 * How long one tool call a check makes may take before it is left unjudged and cancelled (`tool-budget-ms`, never
 * more than the request timeout). Tools may legitimately be slow (a demo tool that sleeps for ten seconds); the
 * suite must stay fast, and slowness breaks no rule here.
 */
export const toolBudget = (ctx: Pick<CheckContext, 'config'>): number =>
  Math.min(ctx.config.requestTimeoutMs, ctx.config.toolBudgetMs);
const PARALLEL_CALLS = 4;

export interface ToolCallRecord {
  invocation: ToolInvocation;
  sent: { method: 'tools/call'; params: { name: string; arguments: Record<string, unknown> } };
  /** The server's answer, when one came in time. */
  outcome?: RpcOutcome;
  /** Why there is no answer: no answer within the budget, or the connection closed. */
  failure?: { kind: 'timeout' | 'closed'; message: string };
  /** The progress token the call carried, so the progress checks learn from it which tools report progress. */
  progressToken?: string;
  /** Set when the call was not made: the tool gave no answer within the budget on the leader session. */
  notCalled?: true;
}

interface SessionCall {
  name: string;
  record: Promise<ToolCallRecord>;
}

const calls = new WeakMap<Connection, SessionCall[]>();

/** Callable tools that may be called without a task (taskSupport "required" ones answer plain calls with -32601). */
export function plainCallableTools(ctx: CheckContext): ToolInvocation[] {
  return ctx.callableTools.filter(isPlainlyCallable);
}

const isPlainlyCallable = (t: ToolInvocation): boolean =>
  !(isObject(t.tool.execution) && t.tool.execution.taskSupport === 'required');

/** One pending call per plainly callable tool on the check's session, started once per session. */
function sessionCalls(ctx: CheckContext): Promise<ToolCallRecord>[] {
  return startSessionCalls(ctx.main, ctx.callableTools, toolBudget(ctx));
}

/**
 * Starts the session's tool calls unless they are under way. The engine calls this as soon as a session is
 * listed, so the calls (a slow tool takes its whole budget) overlap the other checks instead of delaying them.
 * With a `leader` (the boot session, whose calls started first), each tool waits for its call there, and a tool
 * that gave no answer within the budget there is not called again: it would only spend the budget once more.
 */
export function startSessionCalls(
  main: Connection,
  callableTools: readonly ToolInvocation[],
  budget: number,
  leader?: Connection,
): Promise<ToolCallRecord>[] {
  let pending = calls.get(main);
  if (!pending) {
    const invocations = callableTools.filter(isPlainlyCallable);
    const slowOnLeader = async (name: string): Promise<string | undefined> => {
      const earlier = leader && calls.get(leader)?.find((c) => c.name === name);
      const failure = (await earlier?.record)?.failure;
      return failure?.kind === 'timeout' ? `not called again after ${failure.message} on ${leader!.label}` : undefined;
    };
    const records = startCalls(main, invocations, budget, `mcp-ci-progress-${main.label}`, slowOnLeader);
    pending = invocations.map((invocation, i) => ({ name: invocation.name, record: records[i]! }));
    calls.set(main, pending);
  }
  return pending.map((c) => c.record);
}

/** The outcome of calling each plainly callable tool on the check's session. */
export function callableToolResults(ctx: CheckContext): Promise<ToolCallRecord[]> {
  return Promise.all(sessionCalls(ctx));
}

/** The first tool's outcome alone, without waiting for slower tools. */
export function firstToolResult(ctx: CheckContext): Promise<ToolCallRecord | undefined> {
  return sessionCalls(ctx)[0] ?? Promise.resolve(undefined);
}

/**
 * Starts the calls in order, at most PARALLEL_CALLS at once; one promise per call. With `progressTokenPrefix`
 * each call carries a progress token of its own. A tool `slowElsewhere` has a reason for is not called.
 */
function startCalls(
  connection: Connection,
  invocations: readonly ToolInvocation[],
  budgetMs: number,
  progressTokenPrefix?: string,
  slowElsewhere?: (name: string) => Promise<string | undefined>,
): Promise<ToolCallRecord>[] {
  let active = 0;
  const waiting: (() => void)[] = [];
  const inSlot = async (invocation: ToolInvocation, i: number): Promise<ToolCallRecord> => {
    const slow = await slowElsewhere?.(invocation.name);
    if (slow) {
      const sent = {
        method: 'tools/call' as const,
        params: { name: invocation.name, arguments: invocation.arguments },
      };
      return { invocation, sent, failure: { kind: 'timeout', message: slow }, notCalled: true };
    }
    if (active >= PARALLEL_CALLS) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      const progressToken = progressTokenPrefix === undefined ? undefined : `${progressTokenPrefix}-${i}`;
      return await callOne(connection, invocation, budgetMs, {}, progressToken);
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
  return invocations.map(inSlot);
}

export async function callOne(
  connection: Connection,
  invocation: ToolInvocation,
  budgetMs: number,
  extraParams: Record<string, unknown> = {},
  progressToken?: string,
): Promise<ToolCallRecord> {
  const params = { name: invocation.name, arguments: invocation.arguments, ...extraParams };
  const sent = { method: 'tools/call' as const, params };
  const progress = progressToken === undefined ? {} : { progressToken, onProgress: () => {} };
  try {
    // A timed-out request is cancelled by the client (notifications/cancelled), so a slow tool stops working.
    const outcome = await connection.request('tools/call', params, { timeoutMs: budgetMs, ...progress });
    return { invocation, sent, outcome, ...(progressToken === undefined ? {} : { progressToken }) };
  } catch (error) {
    const record = { invocation, sent, ...(progressToken === undefined ? {} : { progressToken }) };
    if (error instanceof RequestTimeoutError)
      return { ...record, failure: { kind: 'timeout', message: error.message } };
    if (error instanceof ConnectionClosedError)
      return { ...record, failure: { kind: 'closed', message: error.message } };
    throw error;
  }
}

/** A note for pass messages: which tools were left unjudged because they were slow. */
export function unjudgedNote(records: readonly ToolCallRecord[]): string {
  const slow = records.filter((r) => r.failure?.kind === 'timeout');
  return slow.length
    ? `; not judged: ${slow.map((r) => `${r.invocation.name} (${r.failure!.message})`).join(', ')}`
    : '';
}
