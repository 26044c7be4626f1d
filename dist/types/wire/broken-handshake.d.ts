/**
 * The boot session of a server that answered `initialize` with an answer no client can accept. The server is up,
 * so the run goes on: checks that speak through this session are skipped with the handshake's problem as the
 * reason, while the checks that work over raw channels (base JSON-RPC, stdio, HTTP transport rules) and the
 * passive checks that judge the recorded answer still run and say what is broken.
 */
import type { TransportKind } from '../model.js';
import type { Connection, InvalidAnswerError, RpcOutcome, ServerNotification } from './types.js';
export declare class BrokenHandshakeConnection implements Connection {
    readonly label: string;
    readonly transport: TransportKind;
    private readonly failure;
    readonly protocolVersion: string;
    readonly initializeResult: Record<string, unknown>;
    readonly serverCapabilities: Record<string, unknown>;
    readonly closed = false;
    constructor(label: string, transport: TransportKind, offeredVersion: string, failure: InvalidAnswerError);
    request(): Promise<RpcOutcome>;
    notify(): Promise<void>;
    onNotification(listener: (notification: ServerNotification) => void): () => void;
    close(): Promise<void>;
}
