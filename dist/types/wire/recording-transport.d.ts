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
import type { Transcript } from './transcript.js';
import { type ServerNotification } from './types.js';
export declare class RecordingTransport implements Transport {
    readonly inner: Transport;
    private readonly transcript;
    private readonly label;
    private readonly kind;
    private readonly offerVersion;
    onclose?: () => void;
    onerror?: (error: Error) => void;
    onmessage?: (message: JSONRPCMessage, extra?: MessageExtraInfo) => void;
    /** Set once the server answered initialize, so later entries carry the negotiated version. */
    negotiatedVersion: string | undefined;
    readonly notificationListeners: Set<(notification: ServerNotification) => void>;
    /** Requests sent and not answered yet, by id key. */
    private readonly pending;
    /** Requests this client cancelled, by id key. */
    private readonly cancelled;
    constructor(inner: Transport, transcript: Transcript, label: string, kind: TransportKind, offerVersion: string | undefined);
    get sessionId(): string | undefined;
    setProtocolVersion(version: string): void;
    start(): Promise<void>;
    send(message: JSONRPCMessage, options?: TransportSendOptions): Promise<void>;
    close(): Promise<void>;
    private receive;
    /**
     * A frame the SDK's HTTP client dropped before this transport saw it (recorded by the fetch wrapper): when it
     * answers a request of ours, that request fails now.
     */
    judgeDropped(frame: unknown): void;
    /**
     * When `record` answers a pending request but cannot be accepted, hands the SDK client an error response for that
     * request in its place (carrying the InvalidAnswerError) and returns true.
     */
    private rejectsInvalidAnswer;
}
