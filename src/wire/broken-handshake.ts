/**
 * The boot session of a server that answered `initialize` with an answer no client can accept. The server is up,
 * so the run goes on: checks that speak through this session are skipped with the handshake's problem as the
 * reason, while the checks that work over raw channels (base JSON-RPC, stdio, HTTP transport rules) and the
 * passive checks that judge the recorded answer still run and say what is broken.
 */
import type { TransportKind } from '../model.js';
import type { Connection, InvalidAnswerError, RpcOutcome, ServerNotification } from './types.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export class BrokenHandshakeConnection implements Connection {
  readonly protocolVersion: string;
  readonly initializeResult: Record<string, unknown>;
  readonly serverCapabilities: Record<string, unknown>;
  readonly closed = false;

  constructor(
    readonly label: string,
    readonly transport: TransportKind,
    offeredVersion: string,
    private readonly failure: InvalidAnswerError,
  ) {
    const answer = failure.answer as Record<string, unknown>;
    const result = isObject(answer.result) ? answer.result : {};
    // What the server said, as far as it said it, so version-keyed checks still know which era it speaks.
    this.protocolVersion = typeof result.protocolVersion === 'string' ? result.protocolVersion : offeredVersion;
    this.initializeResult = result;
    this.serverCapabilities = isObject(result.capabilities) ? result.capabilities : {};
  }

  request(): Promise<RpcOutcome> {
    return Promise.reject(this.failure);
  }

  async notify(): Promise<void> {}

  onNotification(listener: (notification: ServerNotification) => void): () => void {
    void listener;
    return () => {};
  }

  async close(): Promise<void> {}
}
