/**
 * A server process we started. It runs in its own process group so teardown reaches every child it spawned;
 * stopping follows the MCP stdio shutdown order: close stdin, then SIGTERM the group, then SIGKILL. Descendants
 * that left the group (setsid, detached) are found by the marker variable in their environment and ended too.
 */
import { type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { LaunchCommand } from '../config/config.js';
import { LineRing } from './line-ring.js';
export interface ExitInfo {
    code: number | null;
    signal: NodeJS.Signals | null;
    /** Set when the process could not be started at all (e.g. ENOENT). */
    error?: string;
}
export declare class ServerProcess {
    readonly launch: LaunchCommand;
    readonly child: ChildProcessWithoutNullStreams;
    /** stderr (and, for HTTP servers, stdout) lines, bounded. */
    readonly output: LineRing;
    readonly exited: Promise<ExitInfo>;
    /** The value of MARKER_VARIABLE in this server's environment, inherited by everything it starts. */
    readonly marker: string;
    /** When it was spawned (`performance.now()`), so a boot that takes over a process spawned earlier times it whole. */
    readonly spawnedAt: number;
    private exitInfo;
    constructor(launch: LaunchCommand, options: {
        captureStdout: boolean;
    });
    get pid(): number | undefined;
    get running(): boolean;
    get exit(): ExitInfo | undefined;
    /** Signal the whole group: the server may be gone while children it spawned are still running. */
    killGroupSync(signal: NodeJS.Signals): void;
    /**
     * Close stdin, wait, SIGTERM the group, wait, SIGKILL the group. Resolves once the process has exited.
     * Closing stdin is how a stdio server is asked to stop; an HTTP server does not read stdin, so
     * `stdinFirst: false` goes straight to SIGTERM.
     */
    stop(options?: {
        graceMs?: number;
        stdinFirst?: boolean;
    }): Promise<ExitInfo>;
    /** Whether the process exited within `ms`. */
    waitForExit(ms: number): Promise<boolean>;
}
