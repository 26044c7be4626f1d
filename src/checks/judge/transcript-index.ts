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
import { isModernLabel } from '../../wire/modern-connection.js';
import type { TranscriptEntry } from '../../wire/types.js';

export type JsonObject = Record<string, unknown>;

export const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

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
  nonJson: { index: number; line: string }[];
}

/** A JSON-RPC id as a map key that keeps its type: `1` and `"1"` are different ids. */
export const idKey = (id: unknown): string => JSON.stringify(id) ?? 'undefined';

const hasId = (message: JsonObject) => 'id' in message;
export const isRequest = (message: JsonObject) => typeof message.method === 'string' && hasId(message);
export const isNotification = (message: JsonObject) => typeof message.method === 'string' && !hasId(message);
export const isResponse = (message: JsonObject) =>
  !('method' in message) && ('result' in message || 'error' in message);

/**
 * A frame in an error answer to an HTTP request that carried no JSON-RPC message (the client's own GET stream
 * refused with 405, a refused DELETE): it answers that HTTP request, not any message of the session.
 */
export const answersHttpRequestItself = (entry: TranscriptEntry): boolean =>
  entry.dir === 'recv' &&
  entry.http?.method !== undefined &&
  entry.http.method !== 'POST' &&
  (entry.http.status === undefined || entry.http.status >= 300);

/** Parsed JSON-RPC objects of a raw frame the tester sent (a batch gives several). */
function parseSentFrame(raw: string | undefined): JsonObject[] {
  if (raw === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    return (Array.isArray(parsed) ? parsed : [parsed]).filter(isObject);
  } catch {
    return [];
  }
}

/**
 * The last index built of each transcript, with the length it covered. A transcript only grows, so an index of the
 * same length is still whole; the twenty-odd passive checks that run over the finished transcript share one index
 * instead of each parsing every frame again. Callers only read what they get.
 */
const lastIndex = new WeakMap<readonly TranscriptEntry[], { length: number; sessions: readonly SessionView[] }>();

export function indexSessions(entries: readonly TranscriptEntry[]): readonly SessionView[] {
  const last = lastIndex.get(entries);
  if (last?.length === entries.length) return last.sessions;
  const sessions = buildIndex(entries);
  lastIndex.set(entries, { length: entries.length, sessions });
  return sessions;
}

function buildIndex(entries: readonly TranscriptEntry[]): SessionView[] {
  const sessions: SessionView[] = [];
  const current = new Map<string, SessionView>();
  const opened = new Map<string, number>();
  const open = (entry: TranscriptEntry): SessionView => {
    const count = (opened.get(entry.conn) ?? 0) + 1;
    opened.set(entry.conn, count);
    const session: SessionView = {
      id: count === 1 ? entry.conn : `${entry.conn}#${count}`,
      label: entry.conn,
      transport: entry.transport,
      sent: [],
      received: [],
      nonJson: [],
    };
    sessions.push(session);
    current.set(entry.conn, session);
    return session;
  };

  entries.forEach((entry, index) => {
    // 2026-07-28 traffic has no initialize and no session: the modern checks read it their own way.
    if (isModernLabel(entry.conn)) return;
    // Probes that only speak HTTP (GET streams, metadata documents) carry no JSON-RPC session.
    if (entry.http && entry.message === undefined && entry.dir === 'recv') return;
    if (answersHttpRequestItself(entry)) return;
    if (entry.dir === 'send') {
      const messages = isObject(entry.message) ? [entry.message] : parseSentFrame(entry.raw);
      for (const message of messages) {
        // An initialize starts a new session, unless the connection's traffic so far came before any initialize
        // (a ping before initialize): that is the same session, and its answers may arrive after initialize went out.
        const before = current.get(entry.conn);
        const preInitialize = before !== undefined && !before.sent.some((s) => s.message.method === 'initialize');
        const session =
          message.method === 'initialize' && isRequest(message) && !preInitialize
            ? open(entry)
            : (before ?? open(entry));
        if (message.method === 'initialize' && isObject(message.params)) {
          const capabilities = message.params.capabilities;
          if (isObject(capabilities)) session.clientCapabilities = capabilities;
        }
        session.sent.push({ index, message });
      }
      return;
    }
    const session = current.get(entry.conn) ?? open(entry);
    if (isObject(entry.message)) {
      const message = entry.message;
      session.received.push({ index, message });
      if (session.version === undefined && isResponse(message) && isObject(message.result)) {
        const initialize = session.sent.find((s) => s.message.method === 'initialize');
        if (initialize && idKey(initialize.message.id) === idKey(message.id)) {
          const { protocolVersion, capabilities } = message.result;
          if (typeof protocolVersion === 'string') session.version = protocolVersion;
          if (isObject(capabilities)) session.serverCapabilities = capabilities;
        }
      }
    } else if (entry.transport === 'stdio' && entry.raw !== undefined) {
      session.nonJson.push({ index, line: entry.raw });
    }
  });
  return sessions;
}

/** The client request a server response answers, when the client sent one with that id in the session. */
export function requestAnswered(session: SessionView, response: WireMessage): WireMessage | undefined {
  const key = idKey(response.message.id);
  let match: WireMessage | undefined;
  for (const sent of session.sent) {
    if (sent.index > response.index) break;
    // Any frame with an id asks for an answer, even one too malformed to count as a request.
    if ('id' in sent.message && !isResponse(sent.message) && idKey(sent.message.id) === key) match = sent;
  }
  return match;
}

/**
 * The session's responses that answer no request, by transcript index: one whose id no request of the session used
 * before it, and one more answer to an id than requests carried it (a second answer to a request already answered).
 * Counted per id, so an id the client used twice may be answered twice. Over HTTP a resumed SSE stream may deliver
 * the same message again: the identical response once more is a redelivery, not a second answer.
 */
export function unmatchedResponses(session: SessionView): Map<number, string> {
  const messages = [
    ...session.sent.map((m) => ({ ...m, sent: true })),
    ...session.received.map((m) => ({ ...m, sent: false })),
  ];
  messages.sort((a, b) => a.index - b.index);
  const waiting = new Map<string, number>();
  const answers = new Map<string, Set<string>>();
  const unmatched = new Map<number, string>();
  for (const { index, message, sent } of messages) {
    const key = idKey(message.id);
    // Any frame with an id asks for an answer, even one too malformed to count as a request.
    if (sent) {
      if ('id' in message && !isResponse(message)) waiting.set(key, (waiting.get(key) ?? 0) + 1);
      continue;
    }
    if (!isResponse(message) || message.id === null || message.id === undefined) continue;
    const text = JSON.stringify(message);
    const open = waiting.get(key) ?? 0;
    const earlier = answers.get(key);
    if (open > 0) {
      waiting.set(key, open - 1);
      answers.set(key, (earlier ?? new Set()).add(text));
    } else if (!earlier) unmatched.set(index, `response carries id ${key}, which no request used`);
    else if (session.transport === 'stdio' || !earlier.has(text))
      unmatched.set(index, `a second response to id ${key}, whose request was answered already`);
  }
  return unmatched;
}

/** Where the server answered a client request in the session: its position, or Infinity while unanswered. */
export function answerIndex(session: SessionView, request: WireMessage): number {
  const key = idKey(request.message.id);
  const answer = session.received.find(
    (r) => r.index > request.index && isResponse(r.message) && idKey(r.message.id) === key,
  );
  return answer?.index ?? Infinity;
}

/** A message for evidence: long strings and big arrays cut so reports stay readable. */
export function trimmed(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.length > 300 ? `${value.slice(0, 300)}… (${value.length} chars)` : value;
  if (depth > 6) return '…';
  if (Array.isArray(value)) {
    const head = value.slice(0, 10).map((item) => trimmed(item, depth + 1));
    return value.length > 10 ? [...head, `… ${value.length - 10} more`] : head;
  }
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, trimmed(item, depth + 1)]));
  }
  return value;
}
