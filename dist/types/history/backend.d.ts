/**
 * Where a run's history comes from and goes to. run() compares with `previous` and hands this run's entry to
 * `record`; the local SQLite file and the GitHub workflow artifact are two backends behind this one interface.
 */
import type { HistoryEntry } from './entry.js';
export interface HistoryBackend {
    /** What reports call the runs compared with: `last run`, or the base branch (`main`). */
    readonly baseLabel: string;
    /** Earlier runs of the same target and leg, oldest first, at most `window`. */
    previous(current: Pick<HistoryEntry, 'target' | 'provenance'>, window: number): Promise<HistoryEntry[]>;
    /** Adds this run, keeping the newest `window` runs. */
    record(entry: HistoryEntry, window: number): Promise<void>;
    /** Releases the backend without recording (a run that produced nothing to compare). */
    close(): Promise<void>;
}
/** The local history file; throws HistoryStoreError for a file that is not an mcp-ci history. */
export declare function openLocalHistory(path: string): Promise<HistoryBackend>;
