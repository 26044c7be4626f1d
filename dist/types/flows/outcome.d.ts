/**
 * What one run of a step produced, in the shape assertions and `{{ steps.<id>.… }}` read it.
 */
import type { RpcError, RpcOutcome, ServerNotification } from '../wire/types.js';
import type { StepKind } from './types.js';
export interface StepOutcome {
    /** The result as the server sent it; absent after a protocol error. */
    result?: Record<string, unknown>;
    error?: RpcError;
    /** A call's `isError`. */
    isError: boolean;
    /** A call's `structuredContent`. */
    structured?: unknown;
    /** Text content joined by newlines (call, read, prompt, complete); the result as JSON for other steps. */
    text?: string;
    durationMs: number;
    /** Notifications that arrived while the step ran. */
    notifications: ServerNotification[];
}
export declare function toOutcome(kind: StepKind, rpc: RpcOutcome, durationMs: number, notifications: ServerNotification[]): StepOutcome;
/** The fields `{{ steps.<id>.… }}` can read. */
export declare function referenceView(outcome: StepOutcome): Record<string, unknown>;
/** The methods a flow's notification name stands for (`progress`, `log`, … or a method itself). */
export declare function notificationMethods(name: string): string[];
