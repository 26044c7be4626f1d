/**
 * Reads the 2026-07-28 traffic of a run for the passive modern checks: every message the server sent on a modern
 * connection or probe, with the request it answers. Over HTTP the bodies are read back from the recorded probe
 * exchanges (a JSON body or SSE `data:` events), since modern traffic goes through the raw HTTP probe.
 */
import { createParser } from 'eventsource-parser';
import { isModernLabel } from '../../wire/modern-connection.js';
import type { TranscriptEntry } from '../../wire/types.js';
import { idKey, isObject, type JsonObject } from './transcript-index.js';

export interface ModernMessage {
  conn: string;
  /** The server's message. */
  message: JsonObject;
  /** The client request it answers (responses only), when the transcript has it. */
  request?: JsonObject;
  /** Over HTTP: the status and headers of the response that carried it. */
  http?: { status?: number; headers?: Record<string, string> };
}

/** The JSON-RPC messages of one recorded body: a JSON body, or the `data:` of each SSE event. */
export function parseFrames(raw: string | undefined, contentType: string | undefined): JsonObject[] {
  if (raw === undefined || raw.trim() === '') return [];
  const texts: string[] = [];
  if (contentType?.includes('text/event-stream')) {
    const parser = createParser({ onEvent: (event) => texts.push(event.data) });
    parser.feed(raw.endsWith('\n\n') ? raw : `${raw}\n\n`);
  } else texts.push(raw);
  return texts.flatMap((text) => {
    try {
      const parsed: unknown = JSON.parse(text);
      return (Array.isArray(parsed) ? parsed : [parsed]).filter(isObject);
    } catch {
      return [];
    }
  });
}

/** Server messages of modern connections and probes, in order, each response with the request it answers. */
export function modernMessages(entries: readonly TranscriptEntry[]): ModernMessage[] {
  const requests = new Map<string, Map<string, JsonObject>>();
  const out: ModernMessage[] = [];
  for (const entry of entries) {
    if (!isModernLabel(entry.conn)) continue;
    const frames = isObject(entry.message)
      ? [entry.message]
      : parseFrames(entry.raw, entry.http?.headers?.['content-type']);
    let sent = requests.get(entry.conn);
    if (!sent) requests.set(entry.conn, (sent = new Map()));
    for (const message of frames) {
      if (entry.dir === 'send') {
        if (typeof message.method === 'string' && 'id' in message) sent.set(idKey(message.id), message);
        continue;
      }
      const answered = 'method' in message ? undefined : sent.get(idKey(message.id));
      out.push({
        conn: entry.conn,
        message,
        ...(answered && { request: answered }),
        ...(entry.http && { http: { status: entry.http.status, headers: entry.http.headers } }),
      });
    }
  }
  return out;
}
