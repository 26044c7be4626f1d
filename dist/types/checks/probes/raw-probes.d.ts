/**
 * Helpers for checks that talk to the server over a raw channel: sending a frame and collecting what it
 * provoked, and telling a server that rejected bad input apart from one that stopped serving.
 */
import type { CheckContext } from '../types.js';
import { type RawChannel, type RawExchange } from '../../wire/types.js';
import { type JsonObject } from '../judge/transcript-index.js';
/**
 * How long a probe waits for an answer it expects promptly from a server that is up: a correct server answers in
 * milliseconds, so a fifth of the request timeout, at least 2 s (never more than the request timeout). Raising
 * `--timeout-ms` raises it too.
 */
export declare const probeTimeout: (ctx: CheckContext) => number;
/**
 * How long to wait for the first answer of a server process a check has just started (stdio): the process gets
 * the boot budget to become ready, as the boot session did, before the request timeout starts. Other processes
 * start beside it and a busy machine can take seconds; a shorter window would judge start-up speed, not the
 * answer. Over HTTP the server is already up, so only the request timeout counts.
 */
export declare const firstAnswerTimeout: (ctx: CheckContext) => number;
/**
 * The request options for that first answer: the start-up budget counts only until the process writes its first
 * output (then it is up, and the answer gets the request timeout), so a server that answers at once with
 * something else is judged in seconds, not after the boot timeout.
 */
export declare const firstAnswerWait: (ctx: CheckContext) => {
    timeoutMs: number;
    startupMs: number;
};
export declare const CLIENT_INFO: {
    name: string;
    version: string;
};
/** JSON-RPC responses (result or error) among received messages. */
export declare const responsesIn: (messages: readonly JsonObject[]) => JsonObject[];
export interface FrameOutcome {
    /** Everything the frame provoked before the follow-up ping was answered. */
    messages: JsonObject[];
    nonJson: string[];
    /** Over HTTP: the response to the POST that carried the frame. */
    http?: RawExchange['http'];
    /** Whether the server still answered a ping afterwards. */
    serving: boolean;
    /** The id of the follow-up ping, so its response can be told apart. */
    pingId?: unknown;
}
/**
 * Sends one frame and then a ping. Over stdio the server handles lines in order, so whatever the frame provokes
 * arrives before the ping's answer and no fixed wait is needed; over HTTP the frame's own POST carries the answer.
 * The frame's POST and the ping get the request timeout, the window any request gets: their absence is judged
 * (no HTTP answer, stopped serving), and a correct server answers both at once, so only a broken one waits.
 *
 * Over stdio a ping goes first too: what the channel's earlier messages provoke (an answer a server sends to the
 * handshake's notifications/initialized, or to another check's last frame on a pooled channel) arrives before its
 * answer, not after the frame, where it was taken for the frame's answer when the runner was slow.
 */
export declare function sendThenPing(ctx: CheckContext, raw: RawChannel, frame: string): Promise<FrameOutcome>;
/** The response carrying exactly this id (same value and JSON type). */
export declare const responseWithId: (messages: readonly JsonObject[], id: unknown) => JsonObject | undefined;
export declare const errorOf: (message: JsonObject | undefined) => JsonObject | undefined;
