/**
 * A raw JSON-RPC channel over the stdio of a server process of its own: probes write exact bytes (malformed
 * JSON, bad ids, requests before initialize) and collect whatever comes back, JSON or not.
 */
import type { ServerProcess } from '../target/process.js';
import { type Transcript } from './transcript.js';
import { type RawChannel, type RawExchange, type RawRequestOptions, type RawSendOptions } from './types.js';
export declare class StdioRawChannel implements RawChannel {
    private readonly server;
    private readonly transcript;
    readonly label: string;
    private readonly timeoutMs;
    initializeResult?: Record<string, unknown>;
    private readonly received;
    private readonly waiters;
    /** Requests sent and not answered yet; their late answers would confuse the next check on this channel. */
    private readonly pending;
    private changedState;
    /**
     * What a check sent before the channel was initialized through `initialize()`: the id of a plain `initialize`
     * of its own (no client capabilities, like the pool's), and whether anything but that and pings went out.
     */
    private readonly handshakeTraffic;
    private nextId;
    private keptNonJsonBytes;
    /** Non-JSON lines past the budget: counted, not kept. */
    private droppedNonJson;
    constructor(server: ServerProcess, transcript: Transcript, label: string, timeoutMs: number);
    /** `timeoutMs`: how long the answer may take; a process still starting gets its boot budget. */
    /** `startupMs`: how long a fresh process may take to write its first output before the request timeout counts. */
    initialize(protocolVersion: string, startupMs?: number): Promise<void>;
    private sendInitialized;
    /**
     * Finishes the handshake of a channel a check opened uninitialized and used only for pings and a plain
     * `initialize`, so the probe pool can reuse it instead of starting a process. False when it cannot be reused:
     * anything else was sent, the server answered another version, or an answer is outstanding.
     */
    adopt(protocolVersion: string): Promise<boolean>;
    send(text: string, options?: RawSendOptions): Promise<RawExchange>;
    request(method: string, params?: Record<string, unknown>, options?: RawRequestOptions): Promise<RawExchange & {
        response?: Record<string, unknown>;
    }>;
    endInput(waitMs: number): Promise<{
        exited: boolean;
        exitCode: number | null;
        signal: string | null;
    }>;
    isAlive(timeoutMs?: number): Promise<boolean>;
    close(): Promise<void>;
    /** Whether another check may use this channel: alive, initialized, no answer outstanding, no state changed. */
    reusable(): boolean;
    private track;
    private noteHandshakeTraffic;
    /**
     * Resolves once `done()` holds or `ms` passed. While the process has written nothing yet it may still be
     * starting: the wait may then run `startupMs` longer, and from its first output on `ms` counts again. A message
     * that satisfies `restartOn` starts `ms` again, up to PROGRESS_TIMEOUT_CAP times `ms` from the start.
     */
    private waitFor;
}
