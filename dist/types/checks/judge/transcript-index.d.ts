/**
 * Reads the transcript the way passive checks need it: per MCP session (a connection label from one `initialize`
 * to the next, since a reconnected session reuses its label), with the negotiated version, both sides'
 * capabilities, and every message in both directions. Raw probe frames are parsed here too, so a probe's traffic
 * counts like any other.
 *
 * Over HTTP only frames that reached the client's transport are seen: the HTTP bodies of raw probes are not read
 * back as messages here (they are judged by the probes that sent them).
 */
import type { TransportKind } from '../../model.js';
import type { TranscriptEntry } from '../../wire/types.js';
export type JsonObject = Record<string, unknown>;
export declare const isObject: (value: unknown) => value is JsonObject;
export interface WireMessage {
    /** Position in the whole transcript: later messages have larger indexes. */
    index: number;
    message: JsonObject;
}
export interface SessionView {
    /** The connection label, with `#n` appended for the n-th session on a reused label (n > 1). */
    id: string;
    label: string;
    transport: TransportKind;
    /** The version the server answered in `initialize`, once it answered. */
    version?: string;
    clientCapabilities?: JsonObject;
    serverCapabilities?: JsonObject;
    /** Client → server messages, in order. */
    sent: WireMessage[];
    /** Server → client JSON objects, in order. */
    received: WireMessage[];
    /** stdout lines that were not JSON objects (stdio only), in order. */
    nonJson: {
        index: number;
        line: string;
    }[];
}
/** A JSON-RPC id as a map key that keeps its type: `1` and `"1"` are different ids. */
export declare const idKey: (id: unknown) => string;
export declare const isRequest: (message: JsonObject) => boolean;
export declare const isNotification: (message: JsonObject) => boolean;
export declare const isResponse: (message: JsonObject) => boolean;
/**
 * A frame in an error answer to an HTTP request that carried no JSON-RPC message (the client's own GET stream
 * refused with 405, a refused DELETE): it answers that HTTP request, not any message of the session.
 */
export declare const answersHttpRequestItself: (entry: TranscriptEntry) => boolean;
export declare function indexSessions(entries: readonly TranscriptEntry[]): readonly SessionView[];
/** The client request a server response answers, when the client sent one with that id in the session. */
export declare function requestAnswered(session: SessionView, response: WireMessage): WireMessage | undefined;
/**
 * The session's responses that answer no request, by transcript index: one whose id no request of the session used
 * before it, and one more answer to an id than requests carried it (a second answer to a request already answered).
 * Counted per id, so an id the client used twice may be answered twice. Over HTTP a resumed SSE stream may deliver
 * the same message again: the identical response once more is a redelivery, not a second answer.
 */
export declare function unmatchedResponses(session: SessionView): Map<number, string>;
/** Where the server answered a client request in the session: its position, or Infinity while unanswered. */
export declare function answerIndex(session: SessionView, request: WireMessage): number;
/** A message for evidence: long strings and big arrays cut so reports stay readable. */
export declare function trimmed(value: unknown, depth?: number): unknown;
