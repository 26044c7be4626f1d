/**
 * Start-up figures: how long a fresh server process takes from spawn to the end of the initialize handshake
 * (cold start), and to the answer of its first tools/list. Measured on sessions that each start their own
 * process (stdio), so the figures cannot include a warm server.
 */
import type { BenchResult } from '../model.js';
import type { Connection } from '../wire/types.js';
/** Cold starts are slow (hundreds of ms for an interpreted server); a handful keeps the benchmark short. */
export declare const STARTUP_RUNS = 5;
export interface StartupOptions {
    runs: number;
    /** No new process is started once this much time has passed. */
    maxDurationMs: number;
    /** Whether the server lists tools (the second figure is measured only then). */
    listsTools: boolean;
}
export type SpawnSession = (options?: {
    label?: string;
}) => Promise<Connection>;
export declare function measureStartup(spawnSession: SpawnSession, options: StartupOptions): Promise<BenchResult[]>;
