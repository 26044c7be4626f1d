/**
 * The SSE streams that answered 2026-07-28 requests over Streamable HTTP, read back from the transcript: what each
 * carried up to its response, after it, and whether it ended (M-15). A modern channel reads a stream on after its
 * response (to its end or the request's timeout) and records that rest as an entry of its own (`streamTail`).
 */
import { isModernLabel } from '../../wire/modern-connection.js';
import type { TranscriptEntry } from '../../wire/types.js';
import { parseFrames } from './modern-transcript.js';
import { idKey, isObject, type JsonObject } from './transcript-index.js';

export interface RequestStream {
  conn: string;
  request: JsonObject;
  /** Everything the stream carried, in order, up to and including the response. */
  untilResponse: JsonObject[];
  /** Messages after the response: later on the same read, and on the rest read after it. */
  afterResponse: JsonObject[];
  /** Whether the stream ended after its response; undefined when its rest was not read (not followed). */
  ended?: boolean;
}

const isSse = (entry: TranscriptEntry) => (entry.http?.headers?.['content-type'] ?? '').includes('text/event-stream');

/** Request streams of modern HTTP channels that carried their response, each with what followed it. */
export function requestStreams(entries: readonly TranscriptEntry[]): RequestStream[] {
  const sent = new Map<string, JsonObject>();
  const streams = new Map<string, RequestStream>();
  const key = (conn: string, id: unknown) => `${conn} ${idKey(id)}`;
  for (const entry of entries) {
    if (entry.transport !== 'http' || !isModernLabel(entry.conn)) continue;
    if (entry.dir === 'send') {
      const message = isObject(entry.message) ? entry.message : parseFrames(entry.raw, 'application/json')[0];
      if (message && typeof message.method === 'string' && 'id' in message)
        sent.set(key(entry.conn, message.id), message);
      continue;
    }
    if (!isSse(entry)) continue;
    const frames = parseFrames(entry.raw, 'text/event-stream');
    if (entry.streamTail) {
      const stream = streams.get(key(entry.conn, entry.streamTail.requestId));
      if (!stream) continue;
      stream.afterResponse.push(...frames);
      stream.ended = entry.streamTail.ended;
      continue;
    }
    const at = frames.findIndex((m) => !('method' in m) && 'id' in m && sent.has(key(entry.conn, m.id)));
    if (at < 0) continue;
    const request = sent.get(key(entry.conn, frames[at]!.id))!;
    streams.set(key(entry.conn, request.id), {
      conn: entry.conn,
      request,
      untilResponse: frames.slice(0, at + 1),
      afterResponse: frames.slice(at + 1),
    });
  }
  return [...streams.values()];
}

/** Notifications that belong on a `subscriptions/listen` stream, never on a request's. */
const LISTEN_ONLY = new Set([
  'notifications/subscriptions/acknowledged',
  'notifications/tools/list_changed',
  'notifications/prompts/list_changed',
  'notifications/resources/list_changed',
  'notifications/resources/updated',
]);

/** Why a notification on a request's stream does not relate to that request, or undefined when it may. */
export function unrelatedBecause(notification: JsonObject, request: JsonObject): string | undefined {
  const method = String(notification.method);
  if (LISTEN_ONLY.has(method)) return `${method} is a subscription notification`;
  if (method !== 'notifications/progress') return undefined;
  const params = isObject(request.params) ? request.params : {};
  const asked = isObject(params._meta) ? params._meta.progressToken : undefined;
  const token = isObject(notification.params) ? notification.params.progressToken : undefined;
  if (asked === undefined) return `progress for token ${idKey(token)}, but the request asked for no progress`;
  return idKey(token) === idKey(asked)
    ? undefined
    : `progress for token ${idKey(token)}, not the request's ${idKey(asked)}`;
}
