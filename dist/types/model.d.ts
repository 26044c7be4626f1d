/**
 * RunResult: the one data contract of mcp-ci. Every reporter (JUnit, markdown, job summary, console, GitHub)
 * reads only this, and `<out>/results.json` is this object serialised. Add fields freely; renaming or removing
 * one requires bumping SCHEMA_VERSION.
 */
import type { Comparison } from './history/compare.js';
export declare const SCHEMA_VERSION = 1;
/** `memory`: an SDK server object in the tester's own process, reached through the SDK's in-memory transport. */
export type TransportKind = 'stdio' | 'http' | 'sse' | 'memory';
/** Protocol revisions this tester speaks, newest first. */
export declare const PROTOCOL_VERSIONS: readonly ["2026-07-28", "2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"];
export type ProtocolVersion = (typeof PROTOCOL_VERSIONS)[number];
/** The stateless revision: no `initialize`, every request carries its version in `_meta`, `server/discover`. */
export declare const MODERN_VERSION = "2026-07-28";
/** The initialize-era revisions, newest first: the versions `initialize` offers. */
export declare const LEGACY_VERSIONS: ("2025-11-25" | "2025-06-18" | "2025-03-26" | "2024-11-05")[];
/** `legacy`: 2024-11-05 to 2025-11-25, opened by `initialize`; `modern`: 2026-07-28, stateless. */
export type Era = 'legacy' | 'modern';
export declare const eraOf: (version: string) => Era;
export type Level = 'MUST' | 'SHOULD' | 'MAY';
export type Status = 'pass' | 'fail' | 'warn' | 'skip';
export declare const SECTIONS: readonly ["base", "schema", "lifecycle", "stdio", "http", "auth", "ping", "cancellation", "progress", "logging", "completion", "pagination", "tools", "resources", "prompts", "client-features", "tasks"];
export type Section = (typeof SECTIONS)[number];
/** What was sent and what came back, trimmed; attached to every fail and warn. */
export interface Evidence {
    sent?: unknown;
    received?: unknown;
    note?: string;
}
export interface CheckResult {
    id: string;
    title: string;
    section: Section;
    level: Level;
    status: Status;
    /** One line: why it failed / warned / was skipped, or what passed. */
    message: string;
    /** The protocol version the check ran under (the negotiated one), or the one it probed. */
    protocolVersion: string;
    /** The era of `protocolVersion`. */
    era?: Era;
    transport: TransportKind;
    spec: {
        version: string;
        url: string;
    };
    /** The spec sentence the check enforces, quoted in failure reports. */
    rule?: string;
    requirements: string[];
    durationMs: number;
    evidence?: Evidence;
    /** Set when `expected-failures` or `skip-checks` changed how this result counts. */
    policy?: {
        expectedFailure?: boolean;
        staleExpectedFailure?: boolean;
        skippedByConfig?: string;
    };
}
export interface FlowStepResult {
    id: string;
    kind: string;
    status: Status;
    message: string;
    durationMs: number;
    /** 1-based line of the step in its flow file, for annotations. */
    line?: number;
    /** Set when the step ran more than once (`repeat`): how many of the runs passed. */
    repeats?: {
        total: number;
        passed: number;
    };
    flaky?: boolean;
    expected?: unknown;
    actual?: unknown;
}
export interface FlowResult {
    name: string;
    file: string;
    status: Status;
    durationMs: number;
    steps: FlowStepResult[];
    /** Set when the flow file could not be loaded; the flow ran no step. */
    error?: string;
    /** The protocol version the flow spoke, and its era (absent when it ran no step). */
    protocolVersion?: string;
    era?: Era;
}
export interface LatencyStats {
    count: number;
    errors: number;
    min: number;
    p50: number;
    p90: number;
    p95: number;
    p99: number;
    max: number;
    mean: number;
    stddev: number;
    throughput: number;
}
export interface BenchComparison {
    baselineP50: number;
    baselineP95: number;
    p50ChangePct: number;
    p95ChangePct: number;
    verdict: 'faster' | 'same' | 'slower';
    /** True only when the slowdown exceeds the threshold and is statistically significant. */
    regression: boolean;
    pValue?: number;
}
export interface BenchResult {
    /** Operation name: `ping`, `tools/list`, or a configured call's name. */
    name: string;
    concurrency: number;
    stats: LatencyStats;
    /** Raw latency samples in ms, kept so later runs can test significance against them. */
    samples: number[];
    budgets?: {
        name: string;
        limit: number;
        actual: number;
        status: Status;
    }[];
    comparison?: BenchComparison;
    note?: string;
    /** The protocol version the operation was measured on, and its era. */
    protocolVersion?: string;
    era?: Era;
}
export interface BootInfo {
    ok: boolean;
    ms: number;
    exitCode?: number | null;
    signal?: string | null;
    error?: string;
    stderrTail?: string;
    /** The server is up but answered `initialize` with an answer no client accepts: what is wrong with it. */
    handshakeError?: string;
    /** How readiness was reached: the `initialize` handshake, or `server/discover` (2026-07-28). */
    readiness?: 'initialize' | 'server/discover';
    /** A server that refused `initialize` and answered `server/discover`: what it said to `initialize` (M-12). */
    initializeAnswer?: string;
}
export interface ServerInfo {
    name?: string;
    version?: string;
    protocolVersion?: string;
    /** Every protocol version the server accepted when offered it. */
    acceptedVersions?: string[];
    capabilities?: Record<string, unknown>;
    instructions?: string;
}
/** What the server lists: its interface, kept so later runs can tell what was added, removed or changed. */
export interface ServerInterface {
    capabilities: Record<string, unknown>;
    tools: {
        name: string;
        title?: string;
        description?: string;
        inputSchema?: unknown;
        outputSchema?: unknown;
        annotations?: unknown;
    }[];
    resources: {
        uri: string;
        name?: string;
        mimeType?: string;
        description?: string;
    }[];
    resourceTemplates: {
        uriTemplate: string;
        name?: string;
        mimeType?: string;
        description?: string;
    }[];
    prompts: {
        name: string;
        description?: string;
        arguments?: {
            name: string;
            description?: string;
            required?: boolean;
        }[];
    }[];
}
export interface Summary {
    pass: number;
    fail: number;
    warn: number;
    skip: number;
}
export interface RunResult {
    schemaVersion: number;
    tool: {
        name: string;
        version: string;
    };
    /** The run's `comment-id` when one was set: names this leg of a job matrix in a merged report. */
    leg?: string;
    target: {
        transport: TransportKind;
        command?: string;
        url?: string;
    };
    server: ServerInfo;
    boot: BootInfo;
    checks: CheckResult[];
    flows: FlowResult[];
    bench: BenchResult[];
    /** Counts over checks, flow steps and benchmark budgets together. */
    summary: Summary;
    startedAt: string;
    durationMs: number;
    /**
     * Set by a quick run (`--quick`): it tested one protocol version and left these checks out (skipped, with the
     * reason), so it is never a full conformance result.
     */
    quick?: {
        leftOut: string[];
    };
    /** Wall time of each phase that ran, in ms (teardown and report writing are the rest of durationMs). */
    phases?: {
        conformanceMs?: number;
        flowsMs?: number;
        benchMs?: number;
    };
    /** The gate's verdict as the exit policy decided it. */
    outcome?: Outcome;
    /** Set when mcp-ci itself failed (outcome internal-error): what went wrong, for the bug report. */
    error?: string;
    /** What the server listed on the boot session (tools, resources, templates, prompts, capabilities). */
    interface?: ServerInterface;
    /** This run compared with the earlier runs in its history (src/history/compare.ts). */
    comparison?: Comparison;
}
export type Outcome = 'passed' | 'failed' | 'config-error' | 'boot-error' | 'internal-error';
/** CLI exit codes, the design contract. */
export declare const EXIT_CODES: Record<Outcome, number>;
