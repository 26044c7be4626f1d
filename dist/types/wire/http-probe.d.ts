import type { TransportKind } from '../model.js';
import type { Transcript } from './transcript.js';
import { type HttpExchange, type HttpProbe, type RawChannel, type RawExchange, type RawRequestOptions, type RawSendOptions } from './types.js';
export declare const MCP_SESSION_HEADER = "mcp-session-id";
export interface SseEvent {
    id?: string;
    event?: string;
    data: string;
    retry?: number;
}
/** A fetched response with its body read as far as asked: whole, up to the first SSE event, or not at all. */
export interface ProbeResponse extends HttpExchange {
    events: SseEvent[];
}
export declare class RecordedHttpProbe implements HttpProbe {
    readonly url: string;
    readonly baseHeaders: Record<string, string>;
    private readonly transcript;
    private readonly kind;
    private readonly defaultTimeoutMs;
    constructor(url: string, baseHeaders: Record<string, string>, transcript: Transcript, kind: TransportKind, defaultTimeoutMs: number);
    /** Streams still read after their response (see `follow`), each ending by its request's deadline. */
    private readonly tails;
    private readonly stopFollowing;
    settled(): Promise<void>;
    /** Stops reading streams on after their response: the run is over, and a held stream must not outlive it. */
    close(): void;
    fetch(init: {
        method: string;
        headers?: Record<string, string>;
        body?: string;
        url?: string;
    }, options?: {
        timeoutMs?: number;
        readBody?: 'all' | 'first-event' | 'none';
        label?: string;
        until?: Promise<unknown>;
        bodyWindowMs?: number;
        opened?: () => void;
    }): Promise<HttpExchange>;
    /** The full form used by the raw channel: stop reading an SSE body once `stop` is satisfied. */
    exchange(init: {
        method: string;
        headers?: Record<string, string>;
        body?: string;
        url?: string;
    }, options: {
        timeoutMs?: number;
        label?: string;
        stop?: (events: SseEvent[]) => boolean;
        skipBody?: boolean;
        until?: Promise<unknown>;
        bodyWindowMs?: number;
        /**
         * Once `stop` is satisfied (the response came), keep reading the SSE stream to its end or the timeout, and
         * record what came after the response as an entry of its own (`streamTail`).
         */
        follow?: boolean;
        /** Each SSE message that satisfies this starts the timeout again (see RawSendOptions.restartOn). */
        restartOn?: (message: Record<string, unknown>) => boolean;
        /** Called when the response's head has arrived, before its body is read (a stream is open from then on). */
        opened?: () => void;
    }): Promise<ProbeResponse>;
}
/** JSON-RPC messages carried by an HTTP response: a JSON body (object or array) or SSE `data:` events. */
export declare function messagesOf(response: ProbeResponse): {
    messages: Record<string, unknown>[];
    nonJson: string[];
};
/** A raw JSON-RPC channel over Streamable HTTP, on a session of its own. */
export declare class HttpRawChannel implements RawChannel {
    private readonly probe;
    readonly label: string;
    private readonly timeoutMs;
    initializeResult?: Record<string, unknown>;
    private sessionId;
    private protocolVersion;
    private nextId;
    /**
     * 2026-07-28 channels read a request's SSE stream on after its response, so the transcript shows whether the
     * response ended the stream (the revision says it SHOULD); the request itself returns at its response.
     */
    private readonly followStreams;
    constructor(probe: RecordedHttpProbe, label: string, timeoutMs: number);
    /** Headers a client sends after initialization (session and negotiated version). */
    sessionHeaders(): Record<string, string>;
    initialize(protocolVersion: string): Promise<void>;
    send(text: string, options?: RawSendOptions): Promise<RawExchange>;
    request(method: string, params?: Record<string, unknown>, options?: RawRequestOptions): Promise<RawExchange & {
        response?: Record<string, unknown>;
    }>;
    isAlive(timeoutMs?: number): Promise<boolean>;
    close(): Promise<void>;
}
