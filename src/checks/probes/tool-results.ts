/**
 * Calls every tool the call-tools policy allows, once per session, and shares the outcomes among the checks that
 * judge tool results (result shape, structured content, text mirror), so each tool runs once per session, not
 * once per check. Each call is awaited up to the request timeout, however slow: a result judged only when it came
 * fast would make the verdict depend on the runner's load.
 */
import { ConnectionClosedError, RequestTimeoutError, type Connection, type RpcOutcome } from '../../wire/types.js';
import { isObject } from '../judge/content.js';
import type { CheckContext, ToolInvocation } from '../types.js';

/**
 * How long one tool call may hold one of the session's parallel call slots (`tool-budget-ms`, never more than the
 * request timeout). A slower call frees its slot for the next tool but is still awaited, up to the request timeout,
 * and its answer is judged: whether a result is judged must not depend on how busy the runner is. Tools may
 * legitimately be slow (a demo tool that sleeps for seconds), and slowness breaks no rule here.
 */
export const toolBudget = (ctx: Pick<CheckContext, 'config'>): number =>
  Math.min(ctx.config.requestTimeoutMs, ctx.config.toolBudgetMs);
const PARALLEL_CALLS = 4;

export interface ToolCallRecord {
  invocation: ToolInvocation;
  sent: { method: 'tools/call'; params: { name: string; arguments: Record<string, unknown> } };
  /** The server's answer, when one came by the request timeout. */
  outcome?: RpcOutcome;
  /** Why there is no answer: none by the request timeout, or the connection closed. */
  failure?: { kind: 'timeout' | 'closed'; message: string };
  /** The progress token the call carried, so the progress checks learn from it which tools report progress. */
  progressToken?: string;
  /** Set when the call outlived the tool budget: slow (answered later) or hung (no answer at all). */
  overBudget?: true;
  /** How long the call took to settle, in ms (set on the session's shared calls). */
  elapsedMs?: number;
}

/** One of a session's shared calls, as it runs. */
export interface SessionCall {
  invocation: ToolInvocation;
  /** The progress token the call carries: a probe learns from it, before the call ends, that the tool reports progress. */
  progressToken: string;
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
  return startSessionCalls(ctx.main, ctx.callableTools, toolBudget(ctx), ctx.config.quick);
}

/**
 * Starts the session's tool calls unless they are under way. The engine calls this as soon as a session is
 * listed, so the calls (a slow tool takes as long as it takes, up to the request timeout) overlap the other checks
 * instead of delaying them. Every session calls every tool: each version's checks judge that version's answers.
 * A quick run (`quick`) cancels a call at the tool budget instead: its result is then not judged, and the pass
 * messages name it, so a pre-commit run never waits on a slow tool (a full run judges every answer).
 */
export function startSessionCalls(
  main: Connection,
  callableTools: readonly ToolInvocation[],
  budget: number,
  quick: boolean,
): Promise<ToolCallRecord>[] {
  let pending = calls.get(main);
  if (!pending) {
    const invocations = callableTools.filter(isPlainlyCallable);
    const tokens = invocations.map((_, i) => `mcp-ci-progress-${main.label}-${i}`);
    const records = startCalls(main, invocations, budget, quick, tokens);
    // Each check that reads a call awaits it and sees its failure; one no check has read yet is no stray failure
    // (over HTTP every call fails at once when the server goes away).
    for (const record of records) record.catch(() => {});
    pending = invocations.map((invocation, i) => ({ invocation, progressToken: tokens[i]!, record: records[i]! }));
    calls.set(main, pending);
  }
  return pending.map((c) => c.record);
}

/** The check's session's shared calls, started if they were not, without waiting for any of them. */
export function sessionCallsUnderWay(ctx: CheckContext): readonly SessionCall[] {
  sessionCalls(ctx);
  return calls.get(ctx.main) ?? [];
}

/** The outcome of calling each plainly callable tool on the check's session. */
export function callableToolResults(ctx: CheckContext): Promise<ToolCallRecord[]> {
  return Promise.all(sessionCalls(ctx));
}

/** One tool's outcome on the check's session (undefined when the tool is not among the session's calls). */
export function sessionToolResult(ctx: CheckContext, name: string): Promise<ToolCallRecord | undefined> {
  sessionCalls(ctx);
  return calls.get(ctx.main)?.find((c) => c.invocation.name === name)?.record ?? Promise.resolve(undefined);
}

/** The first tool's outcome alone, without waiting for slower tools. */
export function firstToolResult(ctx: CheckContext): Promise<ToolCallRecord | undefined> {
  return sessionCalls(ctx)[0] ?? Promise.resolve(undefined);
}

/**
 * Starts the calls in order, at most PARALLEL_CALLS holding a slot at once; one promise per call, settled with the
 * call's answer (or its absence at the request timeout, or at the budget with `cancelAtBudget`). A call frees its
 * slot when it is answered or when it has held it for `budgetMs`, whichever comes first, so a slow tool delays the
 * next ones by the budget at most. Each call carries the progress token at its index in `progressTokens`.
 */
function startCalls(
  connection: Connection,
  invocations: readonly ToolInvocation[],
  budgetMs: number,
  cancelAtBudget: boolean,
  progressTokens: readonly string[],
): Promise<ToolCallRecord>[] {
  let active = 0;
  const waiting: (() => void)[] = [];
  const inSlot = async (invocation: ToolInvocation, i: number): Promise<ToolCallRecord> => {
    if (active >= PARALLEL_CALLS) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    let freed = false;
    const free = () => {
      if (freed) return;
      freed = true;
      active--;
      waiting.shift()?.();
    };
    const slot = setTimeout(free, budgetMs);
    const started = performance.now();
    try {
      const progressToken = progressTokens[i];
      const record = await callOne(connection, invocation, cancelAtBudget ? budgetMs : undefined, {}, progressToken);
      if (cancelAtBudget && record.failure?.kind === 'timeout') {
        return {
          ...record,
          failure: { kind: 'timeout', message: `cut at the quick run's ${budgetMs} ms tool budget` },
        };
      }
      const elapsedMs = performance.now() - started;
      return { ...record, elapsedMs, ...(elapsedMs > budgetMs && { overBudget: true as const }) };
    } finally {
      clearTimeout(slot);
      free();
    }
  };
  return invocations.map(inSlot);
}

export async function callOne(
  connection: Connection,
  invocation: ToolInvocation,
  /** Undefined: the connection's request timeout. */
  budgetMs: number | undefined,
  extraParams: Record<string, unknown> = {},
  progressToken?: string,
): Promise<ToolCallRecord> {
  const params = { name: invocation.name, arguments: invocation.arguments, ...extraParams };
  const sent = { method: 'tools/call' as const, params };
  // Without a budget, a tool that keeps reporting progress is awaited past the request timeout: it is working, and
  // cutting it at a fixed clock would judge "hung" a tool that ends just after it.
  const progress =
    progressToken === undefined
      ? {}
      : { progressToken, onProgress: () => {}, progressResetsTimeout: budgetMs === undefined };
  try {
    // A timed-out request is cancelled by the client (notifications/cancelled), so a slow tool stops working.
    const timeout = budgetMs === undefined ? {} : { timeoutMs: budgetMs };
    const outcome = await connection.request('tools/call', params, { ...timeout, ...progress });
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

/** A note for pass messages: which tools were left unjudged because they gave no answer by the request timeout. */
export function unjudgedNote(records: readonly ToolCallRecord[]): string {
  const slow = records.filter((r) => r.failure?.kind === 'timeout');
  return slow.length
    ? `; not judged: ${slow.map((r) => `${r.invocation.name} (${r.failure!.message})`).join(', ')}`
    : '';
}
