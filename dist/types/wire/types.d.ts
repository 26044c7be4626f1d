/**
 * What the engine needs from a live server: SDK-backed connections for normal traffic, raw channels for probes
 * the SDK will not send, and (over HTTP) a recorded HTTP probe. Suites depend only on these interfaces.
 */
import type { TransportKind } from '../model.js';
export interface RpcError {
    code: number;
    message: string;
    data?: unknown;
}
/** A JSON-RPC outcome as the server sent it: no SDK-side validation of the result. */
export type RpcOutcome = {
    ok: true;
    result: Record<string, unknown>;
} | {
    ok: false;
    error: RpcError;
};
export interface ServerNotification {
    method: string;
    params?: Record<string, unknown>;
}
export interface RequestOptions {
    timeoutMs?: number;
    /** Attach a progress token (a fresh one unless given) and receive the server's progress notifications. */
    onProgress?: (params: Record<string, unknown>) => void;
    progressToken?: string | number;
    /**
     * With `onProgress`: each progress notification for the request starts its timeout again, as the spec allows
     * ("implementations MAY choose to reset the timeout clock when receiving a progress notification"), up to
     * PROGRESS_TIMEOUT_CAP times the timeout in all (the maximum it says to enforce). A tool that keeps reporting
     * progress is working, not hung.
     */
    progressResetsTimeout?: boolean;
    signal?: AbortSignal;
}
/**
 * How many timeouts a request whose progress restarts its timeout may last in all: the engine's budget for one
 * check (three request timeouts), which the check awaiting a session's tool call starts after the call did, so
 * the check still judges it.
 */
export declare const PROGRESS_TIMEOUT_CAP = 3;
export interface ClientCapabilitiesOffer {
    roots?: boolean;
    sampling?: boolean;
    elicitation?: boolean;
}
export interface ConnectOptions {
    /** The version to offer in `initialize`; defaults to the newest the tester speaks. */
    protocolVersion?: string;
    /** Client capabilities to declare; the tester honours each one it declares with canned replies. */
    capabilities?: ClientCapabilitiesOffer;
    /** Label used in the transcript, e.g. `main@2025-11-25` or `probe:ping`. */
    label?: string;
}
/** Thrown by `Connection.request` when no response arrives in time. */
export declare class RequestTimeoutError extends Error {
    readonly method: string;
    readonly timeoutMs: number;
    constructor(method: string, timeoutMs: number);
}
/**
 * Thrown by `Connection.request` (and when opening a connection, for `initialize`) when an answer to the request
 * arrived but is not one a client can accept: not JSON-RPC 2.0, the wrong id, a malformed result. The answer is
 * kept as evidence.
 */
export declare class InvalidAnswerError extends Error {
    readonly method: string;
    readonly problem: string;
    readonly answer: unknown;
    constructor(method: string, problem: string, answer: unknown);
}
/** Thrown by `Connection.request` when the connection closed before the response. */
export declare class ConnectionClosedError extends Error {
    readonly method: string;
    constructor(method: string);
}
/**
 * Why a request found no HTTP server to answer it (nothing listening any more, the connection reset), or undefined
 * when the error is something else. The socket's error is the cause of fetch's `TypeError('fetch failed')`, and
 * the HTTP probes keep the error they wrap as its cause.
 */
export declare function unreachableReason(error: unknown): string | undefined;
/** Why a check that needs a raw channel or a wire of its own is skipped on an in-process server. */
export declare const NEEDS_WIRE = "needs a process/HTTP transport";
/**
 * Thrown by `Target.openRaw` when the target has no wire to send raw frames over (an in-process server): the
 * check cannot be judged there, which is a skip, not a finding.
 */
export declare class RawChannelUnavailableError extends Error {
    constructor(message: string);
}
/** An initialized MCP session over the SDK client. Every message is recorded in the transcript. */
export interface Connection {
    readonly label: string;
    readonly transport: TransportKind;
    /** The version the server answered in `initialize`. */
    readonly protocolVersion: string;
    /** The raw `initialize` result. */
    readonly initializeResult: Record<string, unknown>;
    readonly serverCapabilities: Record<string, unknown>;
    readonly closed: boolean;
    request(method: string, params?: Record<string, unknown>, options?: RequestOptions): Promise<RpcOutcome>;
    notify(method: string, params?: Record<string, unknown>): Promise<void>;
    /** Subscribe to server notifications; returns the unsubscribe function. */
    onNotification(listener: (notification: ServerNotification) => void): () => void;
    close(): Promise<void>;
}
/** What one raw send observed. */
export interface RawExchange {
    sent: string;
    /** JSON-RPC messages received (parsed), in arrival order. */
    messages: Record<string, unknown>[];
    /** Output that was not JSON (stdio lines, or an HTTP body that did not parse). */
    nonJson: string[];
    /** Over HTTP: the response to the POST that carried the message. */
    http?: HttpExchange;
}
export interface RawSendOptions {
    /** Stop collecting once a response with this id arrived. */
    waitForId?: string | number;
    /**
     * Stop collecting once a message satisfies this too (e.g. a request's first progress notification). Over HTTP
     * the response body is then no longer read: its stream is closed, which is how a client cancels a request there.
     */
    until?: (message: Record<string, unknown>) => boolean;
    /** How long to collect when no `waitForId` response arrives (or after it, for stdio stragglers). */
    waitMs?: number;
    /**
     * Each message that satisfies this (a progress notification for the request) starts `waitMs` again, up to
     * PROGRESS_TIMEOUT_CAP times `waitMs` in all: see RequestOptions.progressResetsTimeout.
     */
    restartOn?: (message: Record<string, unknown>) => boolean;
    /**
     * stdio: a process that has not written anything yet may still be starting; until its first output the wait
     * may run this much longer, and from that output on `waitMs` counts again. Readiness first, then the answer.
     */
    startupMs?: number;
    /** Extra HTTP headers (HTTP only). */
    headers?: Record<string, string>;
}
export interface RawOpenOptions {
    /** Perform the initialize handshake first (default true). */
    initialize?: boolean;
    /**
     * With `initialize: false` over stdio: the check sends nothing but pings and a plain `initialize` (no client
     * capabilities), so once it is done its process may serve the checks that want an initialized channel.
     */
    handOver?: boolean;
    /**
     * Over stdio, for a check that ends the channel's server: it gets a pooled channel only once no other check is
     * waiting for one, so the checks that leave the channel clean go first and no process is started for them.
     */
    last?: boolean;
    protocolVersion?: string;
    label?: string;
}
/** A raw request's options: its timeout (`waitMs`) and what the send options say of the wait. */
export type RawRequestOptions = Pick<RawSendOptions, 'startupMs' | 'headers' | 'restartOn'> & {
    timeoutMs?: number;
};
/**
 * A connection of its own for probes the SDK will not send (malformed JSON, bad ids, requests before
 * initialize). A probe cannot poison the main session.
 */
export interface RawChannel {
    readonly label: string;
    /** The initialize result when the channel was opened with `initialize: true`. */
    readonly initializeResult?: Record<string, unknown>;
    send(text: string, options?: RawSendOptions): Promise<RawExchange>;
    /** Sends a JSON-RPC request and waits for its response (or the timeout). */
    request(method: string, params?: Record<string, unknown>, options?: RawRequestOptions): Promise<RawExchange & {
        response?: Record<string, unknown>;
    }>;
    /** stdio only: close the server's stdin and wait up to `waitMs` for it to exit by itself. */
    endInput?(waitMs: number): Promise<{
        exited: boolean;
        exitCode: number | null;
        signal: string | null;
    }>;
    /** Whether the process / endpoint still answers a ping. */
    isAlive(timeoutMs?: number): Promise<boolean>;
    close(): Promise<void>;
}
export interface HttpExchange {
    status: number;
    headers: Record<string, string>;
    body: string;
}
/** Raw HTTP access to the endpoint (Streamable HTTP / SSE targets), recorded in the transcript. */
export interface HttpProbe {
    readonly url: string;
    /** The configured headers (auth etc.), added to every probe unless overridden. */
    readonly baseHeaders: Record<string, string>;
    fetch(init: {
        method: string;
        headers?: Record<string, string>;
        body?: string;
        url?: string;
    }, options?: {
        timeoutMs?: number;
        readBody?: 'all' | 'first-event' | 'none';
        label?: string;
        /** Stop reading the body once this settles (or at the timeout, whichever comes first). */
        until?: Promise<unknown>;
        /**
         * Read the body at most this long once the response headers arrived (the timeout still bounds the whole
         * exchange): a short look at what a stream sends at once, however long a busy server took to answer.
         */
        bodyWindowMs?: number;
        /** Called when the response's head has arrived, before its body is read (a stream is open from then on). */
        opened?: () => void;
    }): Promise<HttpExchange>;
    /**
     * Resolves once every SSE stream still read after its response (2026-07-28 channels follow a request's stream
     * to its end, see `TranscriptEntry.streamTail`) has ended or reached its request's timeout.
     */
    settled?(): Promise<void>;
}
export interface TranscriptEntry {
    /** Milliseconds since the run started. */
    t: number;
    /** Which connection or probe. */
    conn: string;
    dir: 'send' | 'recv';
    /** The JSON-RPC message, when the frame parsed as JSON. */
    message?: unknown;
    /** The raw frame, when it did not parse as JSON (or for HTTP-level probes). */
    raw?: string;
    /** The length of `raw` when it was longer than the transcript keeps. */
    rawChars?: number;
    http?: {
        method?: string;
        status?: number;
        headers?: Record<string, string>;
    };
    transport: TransportKind;
    protocolVersion?: string;
    /** The frame's bytes were not valid UTF-8 (invalid sequences were decoded as U+FFFD). */
    invalidUtf8?: true;
    /**
     * Set on a message whose stdout line was longer than the transcript file keeps: the line's size in bytes and its
     * start, written in the message's place.
     */
    frame?: {
        bytes: number;
        excerpt: string;
    };
    /**
     * A response that came on the stream of a POST carrying other requests (Streamable HTTP): its id and the ids of
     * the POST's requests, as JSON texts. Recorded beside the message itself, which the SDK client may still accept.
     */
    misrouted?: {
        answerId: string;
        requestIds: string[];
    };
    /** Set when `raw` holds only the head of a longer stdout line: the whole line's size in bytes. */
    lineBytes?: number;
    /**
     * Over Streamable HTTP, 2026-07-28 channels: what a request's SSE stream carried after its response (`raw`), read
     * to the stream's end or to the request's timeout, and whether it ended by then. `requestId` is the id of the
     * request the stream answered.
     */
    streamTail?: {
        requestId: unknown;
        ended: boolean;
    };
    /** A server process of the target exited while mcp-ci still talked to it (it had not closed its stdin). */
    exit?: {
        code: number | null;
        signal: string | null;
        stderrTail: string;
    };
}
