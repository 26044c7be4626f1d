import type { RawChannel, RawExchange } from '../../wire/types.js';
import { type JsonObject } from '../judge/transcript-index.js';
import type { CheckContext, ToolInvocation } from '../types.js';
/** The tool to cancel, or why there is none. */
export declare function modernProgressTool(ctx: CheckContext): Promise<ToolInvocation | {
    unavailable: string;
}>;
export interface ToolCall {
    id: string;
    token: string;
    sent: JsonObject;
    exchange: RawExchange;
    /** The call's answer, when it came on this exchange. */
    response?: JsonObject;
    /** Its first progress notification, when one came on this exchange. */
    progress?: JsonObject;
}
export declare const isProgressFor: (token: string) => (message: Record<string, unknown>) => boolean;
/** Whether a message the server sent is about this call: its answer or its progress. */
export declare const isAbout: (call: Pick<ToolCall, "id" | "token">) => (message: Record<string, unknown>) => boolean;
/**
 * Calls the tool with a progress token on `channel`, up to its answer, or with `atFirstProgress` only up to its
 * first progress notification (over HTTP its stream is then closed: the cancellation there).
 */
export declare function callTool(ctx: CheckContext, channel: RawChannel, invocation: ToolInvocation, name: string, options?: {
    atFirstProgress?: boolean;
    startupMs?: number;
}): Promise<ToolCall>;
/** Why a call cancelled at its first progress cannot be judged, or undefined when it can. */
export declare function notCancellable(call: ToolCall, tool: string, timeoutMs: number): string | undefined;
