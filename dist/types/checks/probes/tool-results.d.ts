/**
 * Calls every tool the call-tools policy allows, once per session, and shares the outcomes among the checks that
 * judge tool results (result shape, structured content, text mirror), so each tool runs once per session, not
 * once per check. Each call is awaited up to the request timeout, however slow: a result judged only when it came
 * fast would make the verdict depend on the runner's load.
 */
import { type Connection, type RpcOutcome } from '../../wire/types.js';
import type { CheckContext, ToolInvocation } from '../types.js';
/**
 * How long one tool call may hold one of the session's parallel call slots (`tool-budget-ms`, never more than the
 * request timeout). A slower call frees its slot for the next tool but is still awaited, up to the request timeout,
 * and its answer is judged: whether a result is judged must not depend on how busy the runner is. Tools may
 * legitimately be slow (a demo tool that sleeps for seconds), and slowness breaks no rule here.
 */
export declare const toolBudget: (ctx: Pick<CheckContext, "config">) => number;
export interface ToolCallRecord {
    invocation: ToolInvocation;
    sent: {
        method: 'tools/call';
        params: {
            name: string;
            arguments: Record<string, unknown>;
        };
    };
    /** The server's answer, when one came by the request timeout. */
    outcome?: RpcOutcome;
    /** Why there is no answer: none by the request timeout, or the connection closed. */
    failure?: {
        kind: 'timeout' | 'closed';
        message: string;
    };
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
/** Callable tools that may be called without a task (taskSupport "required" ones answer plain calls with -32601). */
export declare function plainCallableTools(ctx: CheckContext): ToolInvocation[];
/**
 * Starts the session's tool calls unless they are under way. The engine calls this as soon as a session is
 * listed, so the calls (a slow tool takes as long as it takes, up to the request timeout) overlap the other checks
 * instead of delaying them. Every session calls every tool: each version's checks judge that version's answers.
 * A quick run (`quick`) cancels a call at the tool budget instead: its result is then not judged, and the pass
 * messages name it, so a pre-commit run never waits on a slow tool (a full run judges every answer).
 */
export declare function startSessionCalls(main: Connection, callableTools: readonly ToolInvocation[], budget: number, quick: boolean): Promise<ToolCallRecord>[];
/** The check's session's shared calls, started if they were not, without waiting for any of them. */
export declare function sessionCallsUnderWay(ctx: CheckContext): readonly SessionCall[];
/** The outcome of calling each plainly callable tool on the check's session. */
export declare function callableToolResults(ctx: CheckContext): Promise<ToolCallRecord[]>;
/** One tool's outcome on the check's session (undefined when the tool is not among the session's calls). */
export declare function sessionToolResult(ctx: CheckContext, name: string): Promise<ToolCallRecord | undefined>;
/** The first tool's outcome alone, without waiting for slower tools. */
export declare function firstToolResult(ctx: CheckContext): Promise<ToolCallRecord | undefined>;
export declare function callOne(connection: Connection, invocation: ToolInvocation, 
/** Undefined: the connection's request timeout. */
budgetMs: number | undefined, extraParams?: Record<string, unknown>, progressToken?: string): Promise<ToolCallRecord>;
/** A note for pass messages: which tools were left unjudged because they gave no answer by the request timeout. */
export declare function unjudgedNote(records: readonly ToolCallRecord[]): string;
