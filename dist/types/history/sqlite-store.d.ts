import type { Status } from '../model.js';
import { type HistoryEntry } from './entry.js';
export declare const HISTORY_DB_FORMAT = "mcp-ci-history";
export declare const HISTORY_SCHEMA_VERSION: number;
/** The history is unusable as it is; the message names the file and what to do. */
export declare class HistoryStoreError extends Error {
    constructor(message: string);
}
export interface StoredRun {
    id: number;
    entry: HistoryEntry;
}
export interface CheckRun {
    runId: number;
    date: string;
    commit?: string;
    protocolVersion: string;
    status: Status;
}
export declare class SqliteHistoryStore {
    readonly path: string;
    private readonly db;
    private constructor();
    /** Opens the file, or starts an empty history when there is none; migrates an older schema in memory. */
    static open(path: string): Promise<SqliteHistoryStore>;
    private migrate;
    private meta;
    private setMeta;
    private column;
    /** The last `limit` runs, oldest first; of one target and leg when given. */
    runs(filter?: {
        target?: string;
        leg?: string;
        limit?: number;
    }): StoredRun[];
    /** Earlier runs of this entry's target and leg, oldest first. */
    previous(entry: Pick<HistoryEntry, 'target' | 'provenance'>, limit: number): HistoryEntry[];
    /** One check across runs, oldest first. */
    checkRuns(checkId: string, limit: number): CheckRun[];
    /** Adds a run and keeps the newest `keep` runs of its target and leg. Call save() to write the file. */
    append(entry: HistoryEntry, keep: number): void;
    /** Writes the database to a temporary file beside it, then renames it into place. */
    save(): Promise<void>;
    close(): void;
    private parseEntry;
}
