/**
 * Raw HTTP access to a Streamable HTTP endpoint: the HttpProbe used by transport checks, and a raw JSON-RPC
 * channel over it (its own session) for probes the SDK will not send. Every exchange is recorded.
 */
import { createParser } from 'eventsource-parser';
import type { TransportKind } from '../model.js';
import type { Transcript } from './transcript.js';
import type { HttpExchange, HttpProbe, RawChannel, RawExchange, RawSendOptions } from './types.js';

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

/**
 * Reads a response body. SSE bodies are parsed as they arrive and reading stops once `stop` says so, the
 * stream ends, or the deadline passes (a GET stream may stay open forever).
 */
async function readBody(
  response: Response,
  deadline: number,
  stop: (events: SseEvent[]) => boolean,
  until?: Promise<unknown>,
): Promise<{ body: string; events: SseEvent[] }> {
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
  const untilSettled = until?.then(
    () => 'timeout' as const,
    () => 'timeout' as const,
  );
  try {
    while (true) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) break;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), remaining)));
      const chunk = await Promise.race([reader.read(), timeout, ...(untilSettled ? [untilSettled] : [])]);
      clearTimeout(timer);
      if (chunk === 'timeout' || chunk.done) break;
      const text = decoder.decode(chunk.value, { stream: true });
      body += text;
      if (isSse) {
        parser.feed(text);
        if (stop(events)) break;
      }
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
  return { body, events };
}

export class RecordedHttpProbe implements HttpProbe {
  constructor(
    readonly url: string,
    readonly baseHeaders: Record<string, string>,
    private readonly transcript: Transcript,
    private readonly kind: TransportKind,
    private readonly defaultTimeoutMs: number,
  ) {}

  fetch(
    init: { method: string; headers?: Record<string, string>; body?: string; url?: string },
    options: {
      timeoutMs?: number;
      readBody?: 'all' | 'first-event' | 'none';
      label?: string;
      until?: Promise<unknown>;
      bodyWindowMs?: number;
    } = {},
  ): Promise<HttpExchange> {
    const mode = options.readBody ?? 'all';
    return this.exchange(init, {
      timeoutMs: options.timeoutMs,
      label: options.label,
      until: options.until,
      bodyWindowMs: options.bodyWindowMs,
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
      response = await fetch(url, { method: init.method, headers, body: init.body, signal: controller.signal });
    } catch (error) {
      clearTimeout(timer);
      const reason = controller.signal.aborted ? `no response within ${timeoutMs} ms` : String(error);
      throw new Error(`${init.method} ${url}: ${reason}`);
    }
    clearTimeout(timer);
    const bodyDeadline =
      options.bodyWindowMs === undefined ? deadline : Math.min(deadline, Date.now() + options.bodyWindowMs);
    const { body, events } = options.skipBody
      ? { body: '', events: [] }
      : await readBody(response, bodyDeadline, options.stop ?? (() => false), options.until);
    if (options.skipBody) await response.body?.cancel().catch(() => {});
    const exchange = { status: response.status, headers: headersToRecord(response.headers), body, events };
    this.transcript.record({
      conn: label,
      dir: 'recv',
      raw: body,
      http: { status: exchange.status, headers: exchange.headers },
      transport: this.kind,
    });
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

  constructor(
    private readonly probe: RecordedHttpProbe,
    readonly label: string,
    private readonly timeoutMs: number,
  ) {}

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
    const waitForId = options.waitForId;
    const response = await this.probe.exchange(
      { method: 'POST', headers: { ...POST_HEADERS, ...this.sessionHeaders(), ...options.headers }, body: text },
      {
        timeoutMs: options.waitMs ?? this.timeoutMs,
        label: this.label,
        stop: (events) =>
          waitForId !== undefined &&
          events.some((e) => {
            try {
              return (JSON.parse(e.data) as { id?: unknown }).id === waitForId;
            } catch {
              return false;
            }
          }),
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
    options: { timeoutMs?: number; headers?: Record<string, string> } = {},
  ): Promise<RawExchange & { response?: Record<string, unknown> }> {
    const id = this.nextId++;
    const text = JSON.stringify({ jsonrpc: '2.0', id, method, ...(params ? { params } : {}) });
    const exchange = await this.send(text, { waitForId: id, waitMs: options.timeoutMs, headers: options.headers });
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
