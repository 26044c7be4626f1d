/**
 * Sessions the Streamable HTTP checks open for themselves, so a probe controls every header it sends (the
 * session id, the protocol version) without touching the shared main session.
 */
import type { HttpExchange, HttpProbe, RawChannel, RawExchange } from '../../wire/types.js';
import type { CheckContext } from '../types.js';
export declare const SESSION_HEADER = "mcp-session-id";
export declare const VERSION_HEADER = "mcp-protocol-version";
/** What every client POST carries (basic/transports: Accept lists both types). */
export declare const POST_HEADERS: Readonly<Record<string, string>>;
export declare const CLIENT_INFO: {
    name: string;
    version: string;
};
export interface ProbeSession {
    raw: RawChannel;
    /** Absent when the server runs without sessions. */
    id?: string;
    protocolVersion: string;
    initialize: RawExchange & {
        response?: Record<string, unknown>;
    };
    /** The headers a client sends on every request after initialization: session id and negotiated version. */
    headers: Record<string, string>;
}
export declare function httpProbe(ctx: CheckContext): HttpProbe;
export declare function initializeParams(protocolVersion: string): Record<string, unknown>;
export declare function rpc(method: string, id?: string | number, params?: unknown): string;
/** Initializes a session of the check's own at the check's protocol version (the engine closes it). */
export declare function openProbeSession(ctx: CheckContext, label: string, options?: {
    sendInitialized?: boolean;
}): Promise<ProbeSession>;
/** POSTs one JSON-RPC text with exactly these MCP headers (plus Accept / Content-Type), through the recorded probe. */
export declare function post(ctx: CheckContext, body: string, headers: Record<string, string>, options: {
    label: string;
    timeoutMs?: number;
}): Promise<HttpExchange>;
/** An exchange trimmed for evidence: status, the headers that matter, the start of the body. */
export declare function httpEvidence(exchange: HttpExchange): Record<string, unknown>;
/** Ends a session a probe opened by accident (a foreign Origin or Host, or no credentials, was let in). */
export declare function endStraySession(ctx: CheckContext, exchange: HttpExchange, label: string): Promise<void>;
