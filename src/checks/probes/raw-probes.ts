/**
 * Helpers for checks that talk to the server over a raw channel: sending a frame and collecting what it
 * provoked, and telling a server that rejected bad input apart from one that stopped serving.
 */
import type { CheckContext } from '../types.js';
import { unreachableReason, type RawChannel, type RawExchange } from '../../wire/types.js';
import { idKey, isObject, type JsonObject } from '../judge/transcript-index.js';

/**
 * How long a probe waits for an answer it expects promptly from a server that is up: a correct server answers in
 * milliseconds, so a fifth of the request timeout, at least 2 s (never more than the request timeout). Raising
 * `--timeout-ms` raises it too.
 */
export const probeTimeout = (ctx: CheckContext): number =>
  Math.min(ctx.timeoutMs, Math.max(2_000, Math.round(ctx.timeoutMs / 5)));

/**
 * How long to wait for the first answer of a server process a check has just started (stdio): the process gets
 * the boot budget to become ready, as the boot session did, before the request timeout starts. Other processes
 * start beside it and a busy machine can take seconds; a shorter window would judge start-up speed, not the
 * answer. Over HTTP the server is already up, so only the request timeout counts.
 */
export const firstAnswerTimeout = (ctx: CheckContext): number =>
  (ctx.transport === 'stdio' ? ctx.config.bootTimeoutMs : 0) + ctx.timeoutMs;

/**
 * The request options for that first answer: the start-up budget counts only until the process writes its first
 * output (then it is up, and the answer gets the request timeout), so a server that answers at once with
 * something else is judged in seconds, not after the boot timeout.
 */
export const firstAnswerWait = (ctx: CheckContext): { timeoutMs: number; startupMs: number } => ({
  timeoutMs: ctx.timeoutMs,
  startupMs: ctx.transport === 'stdio' ? ctx.config.bootTimeoutMs : 0,
});

export const CLIENT_INFO = { name: 'mcp-ci', version: '0.1.0' };

/** JSON-RPC responses (result or error) among received messages. */
export const responsesIn = (messages: readonly JsonObject[]): JsonObject[] =>
  messages.filter((m) => !('method' in m) && ('result' in m || 'error' in m));

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
export async function sendThenPing(ctx: CheckContext, raw: RawChannel, frame: string): Promise<FrameOutcome> {
  if (ctx.transport === 'stdio') await raw.request('ping', undefined, { timeoutMs: probeTimeout(ctx) }).catch(() => {});
  const first = await raw
    .send(frame, { waitMs: ctx.transport === 'stdio' ? 0 : ctx.timeoutMs })
    .catch((error: unknown) => {
      // Over HTTP, nothing listened when the frame was sent: the server was gone before it, which is no answer to
      // this frame (the engine starts a server it started again, and judges the check again).
      if (unreachableReason(error) === 'ECONNREFUSED') throw error;
      return failedExchange(frame, error);
    });
  const ping = await raw.request('ping', undefined, { timeoutMs: ctx.timeoutMs }).catch((error: unknown) => {
    // Over HTTP checks running together share the server: one that went away may have been stopped by another
    // check's messages. Only a check judged alone may say its own frame stopped it.
    if (!ctx.alone && unreachableReason(error) !== undefined) throw error;
    return failedExchange('ping', error);
  });
  const provoked = [...first.messages, ...ping.messages].filter((m) => m !== ping.response);
  return {
    messages: provoked,
    nonJson: [...first.nonJson, ...ping.nonJson],
    http: first.http,
    // A slow answer is not a dead server: ask once more before calling it one.
    serving: ping.response !== undefined || (await raw.isAlive(probeTimeout(ctx))),
    pingId: ping.response?.id,
  };
}

/** Over HTTP a server that dies mid-request breaks the connection; that is an answer too. */
function failedExchange(sent: string, error: unknown): RawExchange & { response?: JsonObject } {
  return {
    sent,
    messages: [],
    nonJson: [`(connection failed: ${error instanceof Error ? error.message : String(error)})`],
  };
}

/** The response carrying exactly this id (same value and JSON type). */
export const responseWithId = (messages: readonly JsonObject[], id: unknown): JsonObject | undefined =>
  responsesIn(messages).find((m) => idKey(m.id) === idKey(id));

export const errorOf = (message: JsonObject | undefined): JsonObject | undefined =>
  message && isObject(message.error) ? message.error : undefined;
