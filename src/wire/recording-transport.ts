/**
 * Wraps any SDK Transport so every message in both directions lands in the transcript, notifications reach
 * the connection's listeners before the SDK consumes them (the SDK swallows progress notifications it did not
 * ask for), and `initialize` offers the protocol version under test: the SDK client always offers its newest.
 *
 * It also judges every answer to a request of ours as it arrives. One the SDK client would drop (not JSON-RPC 2.0,
 * a null result) or reject with a validation dump (a malformed `initialize` result) fails its request at once with
 * an InvalidAnswerError naming the problem, instead of leaving it to time out.
 */
import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage, MessageExtraInfo } from '@modelcontextprotocol/sdk/types.js';
import type { TransportKind } from '../model.js';
import { boundDepth } from './bounded-json.js';
import type { StdioLineExtra } from './stdio-transport.js';
import type { Transcript } from './transcript.js';
import { initializeResultProblem, responseProblem } from './answer-problems.js';
import { InvalidAnswerError, type ServerNotification } from './types.js';

/** The code of the error response that stands in, for the SDK client, for an answer it could not accept. */
const INVALID_ANSWER_CODE = -32603;
const idKey = (id: unknown): string => JSON.stringify(id) ?? 'undefined';

export class RecordingTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage, extra?: MessageExtraInfo) => void;
  /** Set once the server answered initialize, so later entries carry the negotiated version. */
  negotiatedVersion: string | undefined;
  readonly notificationListeners = new Set<(notification: ServerNotification) => void>();
  /** Requests sent and not answered yet, by id key. */
  private readonly pending = new Map<string, { id: string | number; method: string }>();
  /** Requests this client cancelled, by id key. */
  private readonly cancelled = new Set<string>();

  constructor(
    readonly inner: Transport,
    private readonly transcript: Transcript,
    private readonly label: string,
    private readonly kind: TransportKind,
    private readonly offerVersion: string | undefined,
  ) {
    inner.onmessage = (message, extra) => this.receive(message, extra);
    inner.onclose = () => this.onclose?.();
    inner.onerror = (error) => this.onerror?.(error);
  }

  get sessionId(): string | undefined {
    return this.inner.sessionId;
  }

  setProtocolVersion(version: string): void {
    this.inner.setProtocolVersion?.(version);
  }

  start(): Promise<void> {
    return this.inner.start();
  }

  async send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void> {
    if ('method' in message && message.method === 'notifications/cancelled' && !('id' in message)) {
      // A request is cancelled once: a check may cancel one by hand, and the SDK cancels it again when it stops
      // waiting for it. The second would reference a request no longer in progress (cancellation spec).
      const key = idKey(message.params?.requestId);
      if (this.cancelled.has(key)) return;
      this.cancelled.add(key);
    }
    let outgoing = message;
    if (this.offerVersion && 'method' in message && message.method === 'initialize' && message.params) {
      outgoing = { ...message, params: { ...message.params, protocolVersion: this.offerVersion } };
    }
    this.transcript.record({
      conn: this.label,
      dir: 'send',
      message: outgoing,
      transport: this.kind,
      protocolVersion: this.negotiatedVersion,
    });
    if ('method' in outgoing && 'id' in outgoing) {
      this.pending.set(idKey(outgoing.id), { id: outgoing.id, method: outgoing.method });
    }
    await this.inner.send(outgoing, options);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private receive(received: JSONRPCMessage, extra?: StdioLineExtra): void {
    // Bounded before the SDK or any check walks it: a message nested 100,000 deep overflows every recursion.
    const message = boundDepth(received);
    const record = message as Record<string, unknown>;
    const result = record.result as Record<string, unknown> | undefined;
    if (this.negotiatedVersion === undefined && typeof result?.protocolVersion === 'string') {
      this.negotiatedVersion = result.protocolVersion;
    }
    this.transcript.record({
      conn: this.label,
      dir: 'recv',
      message,
      transport: this.kind,
      protocolVersion: this.negotiatedVersion,
      ...extra?.stdioLine,
    });
    if (typeof record.method === 'string' && !('id' in record)) {
      const notification = { method: record.method, params: record.params as Record<string, unknown> | undefined };
      for (const listener of this.notificationListeners) listener(notification);
    }
    if (this.rejectsInvalidAnswer(record)) return;
    this.onmessage?.(message, extra);
  }

  /**
   * A frame the SDK's HTTP client dropped before this transport saw it (recorded by the fetch wrapper): when it
   * answers a request of ours, that request fails now.
   */
  judgeDropped(frame: unknown): void {
    if (frame !== null && typeof frame === 'object' && !Array.isArray(frame))
      this.rejectsInvalidAnswer(frame as Record<string, unknown>);
  }

  /**
   * When `record` answers a pending request but cannot be accepted, hands the SDK client an error response for that
   * request in its place (carrying the InvalidAnswerError) and returns true.
   */
  private rejectsInvalidAnswer(record: Record<string, unknown>): boolean {
    if ('method' in record) return false;
    const key = idKey(record.id);
    let request = this.pending.get(key);
    let problem: string | undefined;
    if (request) {
      this.pending.delete(key);
      problem = responseProblem(record);
      if (problem === undefined && request.method === 'initialize' && 'result' in record)
        problem = initializeResultProblem(record.result as Record<string, unknown>);
    } else {
      // During the handshake nothing else is in flight: an answer with another id can only be initialize's.
      const only = this.pending.size === 1 ? [...this.pending.values()][0] : undefined;
      if (only?.method !== 'initialize' || !('result' in record || 'error' in record)) return false;
      request = only;
      this.pending.clear();
      problem = `it carries id ${key}, but the request's id was ${idKey(only.id)}`;
    }
    if (problem === undefined) return false;
    const error = new InvalidAnswerError(request.method, problem, record);
    this.onmessage?.({
      jsonrpc: '2.0',
      id: request.id,
      error: { code: INVALID_ANSWER_CODE, message: error.message, data: error },
    });
    return true;
  }
}
