import type { RawChannel, RawExchange } from '../../wire/types.js';
import type { CheckContext } from '../types.js';
export interface ModernSendOptions {
    /** `_meta` fields to set (or, with `undefined`, to leave out) on top of the envelope. */
    meta?: Record<string, unknown>;
    /** HTTP headers to set on top of the standard ones; `undefined` leaves a standard header out. */
    headers?: Record<string, string | undefined>;
}
export type ModernExchange = RawExchange & {
    response?: Record<string, unknown>;
    status?: number;
};
/** A raw channel for modern probes, labelled so the passive modern checks read its traffic. */
export declare function openModernProbe(ctx: CheckContext, name: string): Promise<RawChannel>;
/** Sends one modern request with the envelope (and HTTP headers) changed as asked. */
export declare function sendModern(ctx: CheckContext, channel: RawChannel, method: string, params?: Record<string, unknown>, options?: ModernSendOptions): Promise<ModernExchange>;
/** The JSON-RPC error of a response, when it is one. */
export declare function errorOf(response: Record<string, unknown> | undefined): {
    code: unknown;
    message: unknown;
    data?: unknown;
} | undefined;
/** What came back, for messages: `HTTP 400, error -32020` or `a result`. */
export declare function describeModern(exchange: ModernExchange): string;
/** Evidence of one probe: what was sent and what came back. */
export declare function modernEvidence(exchange: ModernExchange): {
    sent: unknown;
    received: unknown;
};
