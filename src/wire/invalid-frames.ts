/**
 * The SDK's HTTP client drops a frame that fails its message schema (a null id, a wrong `jsonrpc`) before any
 * transport hook sees it, so the passive checks would never judge it. This fetch wrapper reads every response
 * body as it passes to the SDK and records each frame the SDK will drop; valid frames are recorded by
 * RecordingTransport. Each dropped frame is also handed to `onDropped`, so a request it answers fails at once
 * instead of timing out.
 */
import type { FetchLike } from '@modelcontextprotocol/sdk/shared/transport.js';
import { JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js';
import { createParser } from 'eventsource-parser';
import type { TransportKind } from '../model.js';
import { httpFetch } from './http-fetch.js';
import type { Transcript } from './transcript.js';

export function fetchRecordingInvalidFrames(
  transcript: Transcript,
  label: string,
  kind: TransportKind,
  protocolVersion: () => string | undefined,
  onDropped: (frame: unknown) => void,
): FetchLike {
  // Each frame keeps the HTTP request and status it came with: the error body of a refused GET stream answers
  // that GET, not a message the client sent.
  // A POST's stream answers the requests that POST carried: a response on it with another id is on the wrong
  // stream, even when the SDK routes it to a request of that id sent on another POST.
  const record = (text: string, http: { method: string; status: number }, requestIds: readonly string[]) => {
    const entry = { conn: label, dir: 'recv' as const, transport: kind, http, protocolVersion: protocolVersion() };
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      transcript.record({ ...entry, raw: text });
      return;
    }
    for (const message of Array.isArray(parsed) ? parsed : [parsed]) {
      const id = answerId(message);
      if (id !== undefined && requestIds.length > 0 && !requestIds.includes(id))
        transcript.record({ ...entry, misrouted: { answerId: id, requestIds: [...requestIds] } });
      if (JSONRPCMessageSchema.safeParse(message).success) continue;
      transcript.record({ ...entry, message });
      onDropped(message);
    }
  };
  return async (url, init) => {
    const response = await httpFetch(url, init);
    const type = response.headers.get('content-type') ?? '';
    const isSse = type.includes('text/event-stream');
    if (!response.body || (!isSse && !type.includes('application/json'))) return response;
    const http = { method: init?.method ?? 'GET', status: response.status };
    const requestIds = requestIdsOf(init?.body);
    if (!isSse) {
      // A JSON body is one complete answer: judged before the SDK reads it, so a request it breaks fails with the
      // wire's reason rather than with the SDK's schema error.
      const text = await response.text();
      if (text.trim() !== '') record(text, http, requestIds);
      return new Response(text, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    }
    return new Response(
      recordingAsRead(response.body, (text) => record(text, http, requestIds)),
      {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      },
    );
  };
}

/**
 * The body as the SDK reads it, each SSE event recorded just before the SDK sees it. Not a tee: a tee's branch
 * cancels its source only once both branches cancelled, so when the SDK cancelled the body of a response it did not
 * need (the 200 SSE answer to a notification) and the server held that stream open, the cancel never returned and
 * the session hung in its handshake. Here the SDK's cancel ends the server's stream at once.
 */
function recordingAsRead(body: ReadableStream<Uint8Array>, record: (text: string) => void): ReadableStream<Uint8Array> {
  const parser = createParser({ onEvent: (event) => event.data !== '' && record(event.data) });
  const decoder = new TextDecoder();
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) return controller.close();
        parser.feed(decoder.decode(value, { stream: true }));
        controller.enqueue(value);
      } catch (error) {
        controller.error(error);
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
}

const idKey = (id: unknown): string => JSON.stringify(id) ?? 'undefined';

/** The id of a response (as a key that keeps its type), or undefined for anything else. */
function answerId(message: unknown): string | undefined {
  if (message === null || typeof message !== 'object' || Array.isArray(message)) return undefined;
  const record = message as Record<string, unknown>;
  if ('method' in record || !('result' in record || 'error' in record)) return undefined;
  return record.id === null || record.id === undefined ? undefined : idKey(record.id);
}

/** The ids of the requests a POST body carried (as keys), none for anything else. */
function requestIdsOf(body: unknown): string[] {
  if (typeof body !== 'string') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return [];
  }
  return (Array.isArray(parsed) ? parsed : [parsed]).flatMap((item: unknown) => {
    if (item === null || typeof item !== 'object') return [];
    const { method, id } = item as { method?: unknown; id?: unknown };
    return typeof method === 'string' && id !== undefined && id !== null ? [idKey(id)] : [];
  });
}
