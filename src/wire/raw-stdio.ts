/**
 * A raw JSON-RPC channel over the stdio of a server process of its own: probes write exact bytes (malformed
 * JSON, bad ids, requests before initialize) and collect whatever comes back, JSON or not.
 */
import type { ServerProcess } from '../target/process.js';
import { messageLineEntry, type Transcript } from './transcript.js';
import { LineSplitter, rawLineEntry } from './line-splitter.js';
import {
  PROGRESS_TIMEOUT_CAP,
  type RawChannel,
  type RawExchange,
  type RawRequestOptions,
  type RawSendOptions,
} from './types.js';

/** Methods that change session state: a channel that sent one is not handed to another check. */
const STATEFUL_METHODS = new Set([
  'initialize',
  'logging/setLevel',
  'resources/subscribe',
  'resources/unsubscribe',
  'notifications/roots/list_changed',
]);

/**
 * Non-JSON output a channel keeps for its checks' evidence. A server that floods stdout would otherwise fill
 * memory through every channel it answers; the transcript keeps more (up to its own cap per run).
 */
const KEPT_NON_JSON_BYTES = 64 * 1024;

interface Received {
  message?: Record<string, unknown>;
  raw?: string;
}

export class StdioRawChannel implements RawChannel {
  initializeResult?: Record<string, unknown>;
  private readonly received: Received[] = [];
  private readonly waiters = new Set<() => void>();
  /** Requests sent and not answered yet; their late answers would confuse the next check on this channel. */
  private readonly pending = new Set<unknown>();
  private changedState = false;
  /**
   * What a check sent before the channel was initialized through `initialize()`: the id of a plain `initialize`
   * of its own (no client capabilities, like the pool's), and whether anything but that and pings went out.
   */
  private readonly handshakeTraffic: { initializeId?: unknown; other: boolean } = { other: false };
  private nextId = 1;
  private keptNonJsonBytes = 0;
  /** Non-JSON lines past the budget: counted, not kept. */
  private droppedNonJson = 0;

  constructor(
    private readonly server: ServerProcess,
    private readonly transcript: Transcript,
    readonly label: string,
    private readonly timeoutMs: number,
  ) {
    const splitter = new LineSplitter((line) => {
      let parsed: unknown;
      try {
        parsed = line.oversize || line.cut ? undefined : JSON.parse(line.text);
      } catch {
        parsed = undefined;
      }
      const entry =
        parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
          ? {
              message: transcript.payloads.share(line.text, parsed as Record<string, unknown>),
              ...messageLineEntry(line),
            }
          : rawLineEntry(line);
      const item: Received = 'message' in entry ? { message: entry.message } : { raw: entry.raw };
      this.transcript.record({ conn: label, dir: 'recv', ...entry, transport: 'stdio' });
      if (item.raw !== undefined) {
        if (this.keptNonJsonBytes >= KEPT_NON_JSON_BYTES) {
          this.droppedNonJson++;
          return;
        }
        this.keptNonJsonBytes += item.raw.length;
      }
      this.received.push(item);
      if (item.message && !('method' in item.message)) this.pending.delete(item.message.id);
      for (const wake of this.waiters) wake();
    });
    server.child.stdout.on('data', (chunk: Buffer) => splitter.push(chunk));
    server.child.stdout.on('end', () => splitter.end());
    void server.exited.then(() => {
      for (const wake of this.waiters) wake();
    });
  }

  /** `timeoutMs`: how long the answer may take; a process still starting gets its boot budget. */
  /** `startupMs`: how long a fresh process may take to write its first output before the request timeout counts. */
  async initialize(protocolVersion: string, startupMs = 0): Promise<void> {
    const exchange = await this.request(
      'initialize',
      { protocolVersion, capabilities: {}, clientInfo: { name: 'mcp-ci', version: '0.1.0' } },
      { startupMs },
    );
    const result = exchange.response?.result as Record<string, unknown> | undefined;
    if (!result) throw new Error(`initialize failed on a raw stdio channel: ${describe(exchange)}`);
    this.initializeResult = result;
    await this.sendInitialized();
  }

  private async sendInitialized(): Promise<void> {
    await this.send(JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }), { waitMs: 0 });
  }

  /**
   * Finishes the handshake of a channel a check opened uninitialized and used only for pings and a plain
   * `initialize`, so the probe pool can reuse it instead of starting a process. False when it cannot be reused:
   * anything else was sent, the server answered another version, or an answer is outstanding.
   */
  async adopt(protocolVersion: string): Promise<boolean> {
    const { initializeId, other } = this.handshakeTraffic;
    if (this.initializeResult !== undefined || other || !this.server.running || this.pending.size > 0) return false;
    if (initializeId === undefined) {
      await this.initialize(protocolVersion).catch(() => {});
      return this.reusable();
    }
    const answer = this.received.find((r) => r.message?.id === initializeId && !('method' in r.message))?.message;
    const result = answer?.result as Record<string, unknown> | undefined;
    if (result?.protocolVersion !== protocolVersion) return false;
    this.initializeResult = result;
    await this.sendInitialized();
    return this.reusable();
  }

  async send(text: string, options: RawSendOptions = {}): Promise<RawExchange> {
    const start = this.received.length;
    const droppedBefore = this.droppedNonJson;
    this.transcript.record({ conn: this.label, dir: 'send', raw: text, transport: 'stdio' });
    this.track(text);
    if (this.server.running) this.server.child.stdin.write(text + '\n');
    const waitMs = options.waitMs ?? this.timeoutMs;
    const { waitForId, until, restartOn } = options;
    await this.waitFor(
      () =>
        !this.server.running ||
        ((waitForId !== undefined || until !== undefined) &&
          this.received
            .slice(start)
            .some(
              (r) =>
                r.message !== undefined &&
                ((waitForId !== undefined && r.message.id === waitForId && !('method' in r.message)) ||
                  until?.(r.message) === true),
            )),
      waitMs,
      options.startupMs,
      restartOn,
    );
    const items = this.received.slice(start);
    const dropped = this.droppedNonJson - droppedBefore;
    return {
      sent: text,
      messages: items.flatMap((r) => (r.message ? [r.message] : [])),
      nonJson: [
        ...items.flatMap((r) => (r.raw !== undefined ? [r.raw] : [])),
        ...(dropped > 0
          ? [`(${dropped} more lines of non-JSON output, not kept here: transcript.jsonl has them)`]
          : []),
      ],
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
      ...(options.startupMs !== undefined && { startupMs: options.startupMs }),
      ...(options.restartOn && { restartOn: options.restartOn }),
    });
    return { ...exchange, response: exchange.messages.find((m) => m.id === id && !('method' in m)) };
  }

  async endInput(waitMs: number): Promise<{ exited: boolean; exitCode: number | null; signal: string | null }> {
    this.server.child.stdin.end();
    const exited = await this.server.waitForExit(waitMs);
    return { exited, exitCode: this.server.exit?.code ?? null, signal: this.server.exit?.signal ?? null };
  }

  async isAlive(timeoutMs = 2_000): Promise<boolean> {
    if (!this.server.running) return false;
    const exchange = await this.request('ping', undefined, { timeoutMs });
    return exchange.response !== undefined;
  }

  async close(): Promise<void> {
    await this.server.stop();
  }

  /** Whether another check may use this channel: alive, initialized, no answer outstanding, no state changed. */
  reusable(): boolean {
    return this.server.running && this.initializeResult !== undefined && this.pending.size === 0 && !this.changedState;
  }

  private track(text: string): void {
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      return;
    }
    for (const item of Array.isArray(message) ? message : [message]) {
      if (item === null || typeof item !== 'object') continue;
      const { jsonrpc, method, id, params } = item as {
        jsonrpc?: unknown;
        method?: unknown;
        id?: unknown;
        params?: { capabilities?: unknown };
      };
      if (typeof method !== 'string') continue;
      if (this.initializeResult === undefined) this.noteHandshakeTraffic(method, id, params);
      if (STATEFUL_METHODS.has(method) && this.initializeResult !== undefined) this.changedState = true;
      // Only a valid request can have an answer still to come: the server rejects an invalid one (-32600) as it
      // reads the line, before the probe's follow-up ping is answered, or never.
      if (jsonrpc === '2.0' && (typeof id === 'string' || typeof id === 'number')) this.pending.add(id);
      // Nor can a request the probe cancelled: the receiver of a cancellation SHOULD NOT answer it.
      if (method === 'notifications/cancelled') this.pending.delete((params as { requestId?: unknown })?.requestId);
    }
  }

  private noteHandshakeTraffic(method: string, id: unknown, params: { capabilities?: unknown } | undefined): void {
    const capabilities = params?.capabilities;
    const plain = capabilities !== null && typeof capabilities === 'object' && Object.keys(capabilities).length === 0;
    if (method === 'initialize' && plain && this.handshakeTraffic.initializeId === undefined) {
      this.handshakeTraffic.initializeId = id;
    } else if (method !== 'ping') {
      this.handshakeTraffic.other = true;
    }
  }

  /**
   * Resolves once `done()` holds or `ms` passed. While the process has written nothing yet it may still be
   * starting: the wait may then run `startupMs` longer, and from its first output on `ms` counts again. A message
   * that satisfies `restartOn` starts `ms` again, up to PROGRESS_TIMEOUT_CAP times `ms` from the start.
   */
  private waitFor(
    done: () => boolean,
    ms: number,
    startupMs = 0,
    restartOn?: (message: Record<string, unknown>) => boolean,
  ): Promise<void> {
    let starting = startupMs > 0 && this.received.length === 0;
    if (done() || ms + (starting ? startupMs : 0) <= 0) return Promise.resolve();
    const lastEnd = performance.now() + (starting ? startupMs : 0) + ms * PROGRESS_TIMEOUT_CAP;
    let seen = this.received.length;
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      const restart = () => {
        clearTimeout(timer);
        timer = setTimeout(finish, Math.min(ms, lastEnd - performance.now()));
      };
      const check = () => {
        if (done()) return finish();
        if (starting && this.received.length > 0) {
          starting = false;
          restart();
        }
        if (!restartOn) return;
        const fresh = this.received.slice(seen);
        seen = this.received.length;
        if (fresh.some((r) => r.message !== undefined && restartOn(r.message))) restart();
      };
      let timer = setTimeout(finish, ms + (starting ? startupMs : 0));
      this.waiters.add(check);
    });
  }
}

function describe(exchange: RawExchange): string {
  const got = [...exchange.messages.map((m) => JSON.stringify(m)), ...exchange.nonJson];
  return got.length ? `got ${got.join(' | ').slice(0, 500)}` : 'no answer';
}
