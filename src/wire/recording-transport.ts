/**
 * Wraps any SDK Transport so every message in both directions lands in the transcript, notifications reach
 * the connection's listeners before the SDK consumes them (the SDK swallows progress notifications it did not
 * ask for), and `initialize` offers the protocol version under test: the SDK client always offers its newest.
 */
import type { Transport, TransportSendOptions } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage, MessageExtraInfo } from '@modelcontextprotocol/sdk/types.js';
import type { TransportKind } from '../model.js';
import type { StdioLineExtra } from './stdio-transport.js';
import type { Transcript } from './transcript.js';
import type { ServerNotification } from './types.js';

export class RecordingTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage, extra?: MessageExtraInfo) => void;
  /** Set once the server answered initialize, so later entries carry the negotiated version. */
  negotiatedVersion: string | undefined;
  readonly notificationListeners = new Set<(notification: ServerNotification) => void>();

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
    await this.inner.send(outgoing, options);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private receive(message: JSONRPCMessage, extra?: StdioLineExtra): void {
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
      ...(extra?.stdioLine?.invalidUtf8 ? { invalidUtf8: true as const } : {}),
    });
    if (typeof record.method === 'string' && !('id' in record)) {
      const notification = { method: record.method, params: record.params as Record<string, unknown> | undefined };
      for (const listener of this.notificationListeners) listener(notification);
    }
    this.onmessage?.(message, extra);
  }
}
