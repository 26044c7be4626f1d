import type { Level, RunResult, ServerInterface, Status } from '../model.js';
/** What started the run: the GitHub event, or `local` for a run on someone's machine. */
export declare const HISTORY_EVENTS: readonly ["push", "pull_request", "schedule", "workflow_dispatch", "local"];
export type HistoryEvent = (typeof HISTORY_EVENTS)[number];
export interface Provenance {
    /** Commit sha, when the run happened in a repository with a commit. */
    commit?: string;
    /** Branch or ref (`refs/heads/main`, `refs/pull/7/merge`), when known. */
    ref?: string;
    event: HistoryEvent;
    runId?: string;
    runAttempt?: number;
    workflow?: string;
    /** Matrix leg, or the `comment-id` that tells legs apart. */
    leg?: string;
    /** When the run started (ISO 8601). */
    date: string;
}
/** What measured the run. Two entries whose stamps differ are compared with that in mind (checker changed). */
export interface ComparabilityStamp {
    toolVersion: string;
    /** Digest of the whole check catalogue (ids, levels, versions). */
    catalogueDigest: string;
    /** Digest of the server's name, version, capabilities and listed interface. */
    serverFingerprint: string;
}
export interface CheckRecord {
    id: string;
    protocolVersion: string;
    level: Level;
    status: Status;
    /** Digest of the message, so a changed reason for the same status can be seen without storing the text. */
    digest: string;
    /** Digest of the check's definition (id, level, versions) as this mcp-ci version ran it. */
    checker: string;
}
export interface StepRecord {
    id: string;
    status: Status;
    digest: string;
}
export interface FlowRecord {
    name: string;
    status: Status;
    /** Set when the flow file could not be loaded. */
    error?: string;
    steps: StepRecord[];
}
export interface BenchRecord {
    name: string;
    concurrency: number;
    count: number;
    errors: number;
    p50: number;
    p95: number;
    p99: number;
    mean: number;
    /** Raw samples, capped: enough for the rank-sum test of src/bench/significance.ts. */
    samples: number[];
    budgets: {
        name: string;
        status: Status;
    }[];
}
export interface HistoryEntry {
    provenance: Provenance;
    stamp: ComparabilityStamp;
    target: RunResult['target'];
    server: {
        name?: string;
        version?: string;
    };
    bootOk: boolean;
    outcome?: RunResult['outcome'];
    checks: CheckRecord[];
    flows: FlowRecord[];
    bench: BenchRecord[];
    interface?: ServerInterface;
}
/** The catalogue as the stamp needs it; CATALOGUE entries fit. */
export interface CheckDefinitionStamp {
    id: string;
    level: Level;
    versions: readonly string[];
}
/** Samples kept per operation in history: the rank-sum test needs a few hundred at most. */
export declare const HISTORY_SAMPLES = 200;
export declare function toHistoryEntry(result: RunResult, provenance: Provenance, catalogue: readonly CheckDefinitionStamp[]): HistoryEntry;
/** Runs of one target are compared with each other only: the same transport and command or URL. */
export declare function targetKey(target: RunResult['target']): string;
export declare function catalogueDigest(catalogue: readonly CheckDefinitionStamp[]): string;
/** A check's definition under one mcp-ci version: a new release may judge the same rule differently. */
export declare function checkerDigest(check: CheckDefinitionStamp, toolVersion: string): string;
export declare function serverFingerprint(result: Pick<RunResult, 'server' | 'interface'>): string;
export declare function interfaceDigest(serverInterface: ServerInterface): string;
/** A short sha-256: 64 bits tell a few thousand runs' messages apart with room to spare. */
export declare function digest(text: string): string;
/** JSON with object keys sorted, so equal values always digest equally whatever order a server sent keys in. */
export declare function canonicalJson(value: unknown): string;
