/**
 * The benchmark suite: every planned operation at every concurrency level, first with the requests in flight on
 * one session, then (above 1) spread over as many sessions; then the start-up figures (stdio). Each result
 * carries its statistics, kept samples, budgets and the comparison with the baseline, and is emitted as soon as
 * its level is done.
 */
import type { BenchSettings } from '../config/schema.js';
import type { EmitEvent } from '../events.js';
import type { BenchResult } from '../model.js';
import type { Connection } from '../wire/types.js';
export interface BenchDeps {
    /** The established session; start-up is excluded from every figure measured on it. */
    main: Connection;
    /** A fresh session (stdio: a fresh server process), for the multi-session levels and the start-up figures. */
    connect: (options?: {
        label?: string;
    }) => Promise<Connection>;
    settings: BenchSettings;
    serverCapabilities: Record<string, unknown>;
    toolNames: string[];
    emit: EmitEvent;
    baseline?: BenchResult[];
}
/** Name of an operation measured with one request in flight on each of several sessions. */
export declare const acrossSessions: (operation: string, sessions: number) => string;
export declare function runBench(deps: BenchDeps): Promise<BenchResult[]>;
