/**
 * A booted server under test. `bootTarget` (boot.ts) returns one once the MCP handshake succeeded;
 * `close()` tears down every process and connection it started, on every path.
 */
import type { BootInfo, TransportKind } from '../model.js';
import type { Connection, ConnectOptions, HttpProbe, RawChannel, RawOpenOptions, TranscriptEntry } from '../wire/types.js';
export interface Target {
    readonly transport: TransportKind;
    readonly boot: BootInfo;
    /** The session opened during boot (newest version the server accepted). */
    readonly main: Connection;
    /** Whether the server computed rather than waited while it booted (startup-cpu.ts); undefined when not known. */
    readonly startsOnCpu?: boolean;
    /** A fresh, initialized session (stdio: a new server process; HTTP: a new session on the same server). */
    connect(options?: ConnectOptions): Promise<Connection>;
    /** A raw JSON-RPC channel on its own connection (stdio: its own process). */
    openRaw(options?: RawOpenOptions): Promise<RawChannel>;
    /**
     * Over HTTP, for a server mcp-ci started: how many times it was started again after its process exited mid-run,
     * and `restart(generation)`, which starts it again when the process of that generation exited and waits until it
     * answers; true when a newer generation serves. Absent on targets mcp-ci cannot restart.
     */
    readonly generation?: number;
    restart?(generation: number): Promise<boolean>;
    /** Over HTTP, for a server mcp-ci started: its process exited and none serves in its place. */
    readonly serverExited?: boolean;
    /** Present for HTTP and SSE targets. */
    readonly http?: HttpProbe;
    /** Everything recorded so far, in order. */
    transcript(): readonly TranscriptEntry[];
    /** The last lines the server wrote to stderr (and, for started HTTP servers, stdout). */
    stderrTail(lines?: number): string;
    close(): Promise<void>;
}
