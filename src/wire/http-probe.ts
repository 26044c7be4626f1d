/**
 * Raw HTTP access to a Streamable HTTP endpoint: the HttpProbe used by transport checks, and a raw JSON-RPC
 * channel over it (its own session) for probes the SDK will not send. Every exchange is recorded.
 */
import { createParser } from 'eventsource-parser';
import type { TransportKind } from '../model.js';
import { httpFetch, shareSignal } from './http-fetch.js';
import { isModernLabel } from './modern-connection.js';
import type { Transcript } from './transcript.js';
import {
  PROGRESS_TIMEOUT_CAP,
  type HttpExchange,
  type HttpProbe,
  type RawChannel,
  type RawExchange,
  type RawRequestOptions,
  type RawSendOptions,
} from './types.js';

export const MCP_SESSION_HEADER = 'mcp-session-id';
const POST_HEADERS = { accept: 'application/json, text/event-stream', 'content-type': 'application/json' };

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

function headersToRecord(headers: Headers): Record<string, string> {
  const record: Record<string, string> = {};
  headers.forEach((value, key) => (record[key] = value));
  return record;
}

/** How much of what a stream sends after its response is kept: enough to show it, bounded against a flood. */
const MAX_TAIL_CHARS = 1_000_000;

interface BodyRead {
  body: string;
  events: SseEvent[];
  /** When the stream is followed past `stop`: the rest of it, read to its end or the deadline. */
  rest?: Promise<{ body: string; ended: boolean }>;
}

/** A JSON text (an SSE event's data, a POST body) as a JSON object, or undefined when it is not one. */
function jsonObjectOf(data: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(data);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Where the last complete SSE event of `body` ends (after its blank line); 0 when none has. */
function lastEventEnd(body: string): number {
  let end = 0;
  for (const match of body.matchAll(/(?:\r\n|\r|\n)(?:\r\n|\r|\n)/g)) end = match.index + match[0].length;
  return end;
}

/** One read of the body, or `timeout` once the deadline passed (or `until` settled). */
async function readChunk(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  deadline: number,
  until?: Promise<'timeout'>,
): Promise<Awaited<ReturnType<ReadableStreamDefaultReader<Uint8Array>['read']>> | 'timeout'> {
  const remaining = deadline - Date.now();
  if (remaining <= 0) return 'timeout';
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), remaining)));
  try {
    return await Promise.race([reader.read(), timeout, ...(until ? [until] : [])]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Reads a response body. SSE bodies are parsed as they arrive and reading stops once `stop` says so, the
 * stream ends, or the deadline passes (a GET stream may stay open forever). With `follow`, a stream stopped by
 * `stop` is not closed: what comes after is read on in `rest` (to its end or the deadline), starting at the end of
 * the last complete event. `extend` may move the deadline on as events arrive (a request's progress).
 */
async function readBody(
  response: Response,
  deadline: number,
  stop: (events: SseEvent[]) => boolean,
  until?: Promise<unknown>,
  follow?: AbortSignal,
  extend?: (fresh: SseEvent[], deadline: number) => number,
): Promise<BodyRead> {
  if (!response.body) return { body: '', events: [] };
  const isSse = (response.headers.get('content-type') ?? '').includes('text/event-stream');
  const events: SseEvent[] = [];
  const parser = createParser({
    onEvent: (e) => events.push({ id: e.id, event: e.event, data: e.data }),
    onRetry: (retry) => events.push({ data: '', retry }),
  });
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let body = '';
  let following = false;
  const untilSettled = until?.then(
    () => 'timeout' as const,
    () => 'timeout' as const,
  );
  try {
    while (true) {
      const chunk = await readChunk(reader, deadline, untilSettled);
      if (chunk === 'timeout' || chunk.done) break;
      const text = decoder.decode(chunk.value, { stream: true });
      body += text;
      if (isSse) {
        const seen = events.length;
        parser.feed(text);
        if (extend && events.length > seen) deadline = extend(events.slice(seen), deadline);
        if (stop(events)) {
          following = follow !== undefined && !follow.aborted;
          break;
        }
      }
    }
  } finally {
    if (!following) await reader.cancel().catch(() => {});
  }
  if (!following) return { body, events };
  const cut = lastEventEnd(body);
  return {
    body: body.slice(0, cut),
    events,
    rest: readRest(reader, (bytes) => decoder.decode(bytes, { stream: true }), deadline, body.slice(cut), follow!),
  };
}

/** The rest of a followed stream: read to its end (a reset after the response ends it too) or the deadline. */
async function readRest(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  decode: (bytes: Uint8Array) => string,
  deadline: number,
  head: string,
  stopped: AbortSignal,
): Promise<{ body: string; ended: boolean }> {
  let body = head;
  // The run is over: cancelling the read ends the loop below (what it then records is never judged).
  const stop = () => void reader.cancel().catch(() => {});
  // One signal stops every stream the probe follows, and a server that holds them open makes them many.
  shareSignal(stopped);
  stopped.addEventListener('abort', stop, { once: true });
  try {
    while (true) {
      const chunk = await readChunk(reader, deadline);
      if (chunk === 'timeout') return { body, ended: false };
      if (chunk.done) return { body, ended: true };
      if (body.length < MAX_TAIL_CHARS) body += decode(chunk.value);
    }
  } catch {
    return { body, ended: true };
  } finally {
    stopped.removeEventListener('abort', stop);
    await reader.cancel().catch(() => {});
  }
}

/** The id of the JSON-RPC request a POST body carries, when it is one request. */
function requestIdOf(text: string | undefined): unknown {
  return text === undefined ? undefined : jsonObjectOf(text)?.id;
}

export class RecordedHttpProbe implements HttpProbe {
  constructor(
    readonly url: string,
    readonly baseHeaders: Record<string, string>,
    private readonly transcript: Transcript,
    private readonly kind: TransportKind,
    private readonly defaultTimeoutMs: number,
  ) {}

  /** Streams still read after their response (see `follow`), each ending by its request's deadline. */
  private readonly tails = new Set<Promise<void>>();

  private readonly stopFollowing = new AbortController();

  async settled(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails]);
  }

  /** Stops reading streams on after their response: the run is over, and a held stream must not outlive it. */
  close(): void {
    this.stopFollowing.abort();
  }

  fetch(
    init: { method: string; headers?: Record<string, string>; body?: string; url?: string },
    options: {
      timeoutMs?: number;
      readBody?: 'all' | 'first-event' | 'none';
      label?: string;
      until?: Promise<unknown>;
      bodyWindowMs?: number;
      opened?: () => void;
    } = {},
  ): Promise<HttpExchange> {
    const mode = options.readBody ?? 'all';
    return this.exchange(init, {
      timeoutMs: options.timeoutMs,
      label: options.label,
      until: options.until,
      bodyWindowMs: options.bodyWindowMs,
      opened: options.opened,
      stop: (events) => mode !== 'all' && events.some((e) => e.data !== '' || mode === 'first-event'),
      skipBody: mode === 'none',
    });
  }

  /** The full form used by the raw channel: stop reading an SSE body once `stop` is satisfied. */
  async exchange(
    init: { method: string; headers?: Record<string, string>; body?: string; url?: string },
    options: {
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
    },
  ): Promise<ProbeResponse> {
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    const deadline = Date.now() + timeoutMs;
    const headers = { ...this.baseHeaders, ...init.headers };
    const label = options.label ?? 'http-probe';
    const url = init.url ?? this.url;
    this.transcript.record({
      conn: label,
      dir: 'send',
      raw: init.body,
      http: { method: init.method, headers },
      transport: this.kind,
    });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    try {
      response = await httpFetch(url, { method: init.method, headers, body: init.body, signal: controller.signal });
    } catch (error) {
      clearTimeout(timer);
      const reason = controller.signal.aborted ? `no response within ${timeoutMs} ms` : String(error);
      throw new Error(`${init.method} ${url}: ${reason}`, { cause: error });
    }
    clearTimeout(timer);
    options.opened?.();
    const bodyDeadline =
      options.bodyWindowMs === undefined ? deadline : Math.min(deadline, Date.now() + options.bodyWindowMs);
    const restartOn = options.restartOn;
    const lastEnd = deadline + timeoutMs * (PROGRESS_TIMEOUT_CAP - 1);
    const extend =
      restartOn &&
      ((fresh: SseEvent[], current: number) =>
        fresh.some((event) => restartOn(jsonObjectOf(event.data) ?? {}))
          ? Math.min(Date.now() + timeoutMs, lastEnd)
          : current);
    const { body, events, rest }: BodyRead = options.skipBody
      ? { body: '', events: [] }
      : await readBody(
          response,
          bodyDeadline,
          options.stop ?? (() => false),
          options.until,
          options.follow ? this.stopFollowing.signal : undefined,
          extend,
        );
    if (options.skipBody) await response.body?.cancel().catch(() => {});
    const exchange = { status: response.status, headers: headersToRecord(response.headers), body, events };
    const http = { status: exchange.status, headers: exchange.headers };
    this.transcript.record({ conn: label, dir: 'recv', raw: body, http, transport: this.kind });
    if (rest) {
      const requestId = requestIdOf(init.body);
      const tail = rest.then(({ body: after, ended }) => {
        if (this.stopFollowing.signal.aborted) return;
        this.transcript.record({
          conn: label,
          dir: 'recv',
          raw: after,
          http,
          transport: this.kind,
          streamTail: { requestId, ended },
        });
      });
      this.tails.add(tail);
      void tail.finally(() => this.tails.delete(tail));
    }
    return exchange;
  }
}

/** JSON-RPC messages carried by an HTTP response: a JSON body (object or array) or SSE `data:` events. */
export function messagesOf(response: ProbeResponse): { messages: Record<string, unknown>[]; nonJson: string[] } {
  const messages: Record<string, unknown>[] = [];
  const nonJson: string[] = [];
  const texts = (response.headers['content-type'] ?? '').includes('text/event-stream')
    ? response.events.map((e) => e.data).filter((d) => d !== '')
    : response.body.trim() === ''
      ? []
      : [response.body];
  for (const text of texts) {
    try {
      const parsed: unknown = JSON.parse(text);
      const items = Array.isArray(parsed) ? parsed : [parsed];
      for (const item of items) {
        if (item !== null && typeof item === 'object') messages.push(item as Record<string, unknown>);
        else nonJson.push(JSON.stringify(item));
      }
    } catch {
      nonJson.push(text);
    }
  }
  return { messages, nonJson };
}

/** A raw JSON-RPC channel over Streamable HTTP, on a session of its own. */
export class HttpRawChannel implements RawChannel {
  initializeResult?: Record<string, unknown>;
  private sessionId: string | undefined;
  private protocolVersion: string | undefined;
  private nextId = 1;

  /**
   * 2026-07-28 channels read a request's SSE stream on after its response, so the transcript shows whether the
   * response ended the stream (the revision says it SHOULD); the request itself returns at its response.
   */
  private readonly followStreams: boolean;

  constructor(
    private readonly probe: RecordedHttpProbe,
    readonly label: string,
    private readonly timeoutMs: number,
  ) {
    this.followStreams = isModernLabel(label);
  }

  /** Headers a client sends after initialization (session and negotiated version). */
  sessionHeaders(): Record<string, string> {
    const headers: Record<string, string> = {};
    if (this.sessionId) headers[MCP_SESSION_HEADER] = this.sessionId;
    if (this.protocolVersion && this.protocolVersion >= '2025-06-18')
      headers['mcp-protocol-version'] = this.protocolVersion;
    return headers;
  }

  async initialize(protocolVersion: string): Promise<void> {
    const exchange = await this.request('initialize', {
      protocolVersion,
      capabilities: {},
      clientInfo: { name: 'mcp-ci', version: '0.1.0' },
    });
    const result = exchange.response?.result as Record<string, unknown> | undefined;
    if (!result) throw new Error(`initialize failed on a raw HTTP channel (HTTP ${exchange.http?.status})`);
    this.initializeResult = result;
    await this.send(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }));
  }

  async send(text: string, options: RawSendOptions = {}): Promise<RawExchange> {
    const { waitForId, until } = options;
    const response = await this.probe.exchange(
      { method: 'POST', headers: { ...POST_HEADERS, ...this.sessionHeaders(), ...options.headers }, body: text },
      {
        timeoutMs: options.waitMs ?? this.timeoutMs,
        label: this.label,
        stop: (events) =>
          (waitForId !== undefined || until !== undefined) &&
          events.some((e) => {
            const message = jsonObjectOf(e.data);
            return (
              message !== undefined &&
              ((waitForId !== undefined && message.id === waitForId) || until?.(message) === true)
            );
          }),
        // A stream stopped at `until` is closed on purpose (a cancellation); one stopped at its response is followed.
        follow: this.followStreams && until === undefined,
        ...(options.restartOn && { restartOn: options.restartOn }),
      },
    );
    const { messages, nonJson } = messagesOf(response);
    // Like a real client, adopt the session (and version) the server hands out, whoever sent the initialize.
    this.sessionId ??= response.headers[MCP_SESSION_HEADER];
    for (const message of messages) {
      const result = message.result as Record<string, unknown> | undefined;
      if (!this.protocolVersion && typeof result?.protocolVersion === 'string')
        this.protocolVersion = result.protocolVersion;
    }
    return {
      sent: text,
      messages,
      nonJson,
      http: { status: response.status, headers: response.headers, body: response.body },
    };
  }

  async request(
    method: string,
    params?: Record<string, unknown>,
    options: RawRequestOptions = {},
  ): Promise<RawExchange & { response?: Record<string, unknown> }> {
    const id = this.nextId++;
    const text = JSON.stringify({ jsonrpc: '2.0', id, method, ...(params ? { params } : {}) });
    const exchange = await this.send(text, {
      waitForId: id,
      waitMs: options.timeoutMs,
      headers: options.headers,
      ...(options.restartOn && { restartOn: options.restartOn }),
    });
    return { ...exchange, response: exchange.messages.find((m) => m.id === id && !('method' in m)) };
  }

  async isAlive(timeoutMs = 2_000): Promise<boolean> {
    try {
      const exchange = await this.request('ping', undefined, { timeoutMs });
      return exchange.response !== undefined;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (!this.sessionId) return;
    await this.probe
      .exchange({ method: 'DELETE', headers: this.sessionHeaders() }, { timeoutMs: 2_000, label: this.label })
      .catch(() => {});
    this.sessionId = undefined;
  }
}
