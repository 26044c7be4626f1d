import { type SettingsInput } from './config/schema.js';
import type { RunEvent } from './events.js';
import { type BootInfo, type ProtocolVersion, type RunResult, type ServerInfo } from './model.js';
import { type InProcessServerFactory } from './target/in-memory.js';
export type { BenchResult, BootInfo, CheckResult, Evidence, FlowResult, FlowStepResult, Level, Outcome, ProtocolVersion, RunResult, ServerInfo, Status, Summary, TransportKind, } from './model.js';
export { PROTOCOL_VERSIONS, EXIT_CODES } from './model.js';
export type { RunEvent } from './events.js';
export type { InProcessServer, InProcessServerFactory } from './target/in-memory.js';
export { ConfigError } from './config/errors.js';
export { BootError } from './target/boot.js';
export { run, type RunOptions } from './run.js';
export { loadConfig, type LoadOptions } from './config/load.js';
export type { Config } from './config/config.js';
export { catalogueEntries as listChecks, type CatalogueEntry } from './checks/catalogue-table.js';
/** The server under test: a command mcp-ci starts over stdio, an HTTP endpoint, or an SDK server in this process. */
export type TargetSpec = {
    stdio: string;
    cwd?: string;
    env?: Record<string, string>;
} | {
    url: string;
    start?: string;
    headers?: Record<string, string>;
    cwd?: string;
    env?: Record<string, string>;
} | {
    sse: string;
    start?: string;
    headers?: Record<string, string>;
    cwd?: string;
    env?: Record<string, string>;
}
/**
 * A function that creates an SDK server (`McpServer` or `Server`): each session the suites open gets a new one,
 * as each stdio session gets a process of its own. `name` labels it in results (default `in-process`).
 */
 | {
    server: InProcessServerFactory;
    name?: string;
};
/** The keys of mcp-ci.yml that describe the target; in the API the TargetSpec says that. */
type TargetKey = 'stdio' | 'url' | 'sse' | 'start' | 'cwd' | 'env' | 'headers';
/** Settings with the keys and values of mcp-ci.yml (`timeout-ms`, `call-tools`, `skip-checks`, `bench`, ...). */
export type Settings = Omit<SettingsInput, TargetKey>;
export interface ApiOptions {
    /** Settings as in mcp-ci.yml; they win over the `config` file's. */
    settings?: Settings;
    /** An mcp-ci.yml to read settings from (relative to `cwd`); its target is replaced by the TargetSpec. */
    config?: string;
    /** The folder relative paths resolve against (flows, config, cwd of a started server); default process.cwd(). */
    cwd?: string;
    /** Aborting ends the call: every session and process it started is closed, and the call rejects. */
    signal?: AbortSignal;
    /** Progress as it happens: checks, flow steps, benchmark operations (the events the CLI prints). */
    onProgress?: (event: RunEvent) => void;
}
export interface ConformanceOptions extends ApiOptions {
    /** Judge under this protocol version only (`protocol-version` in mcp-ci.yml); default every version accepted. */
    version?: ProtocolVersion;
}
/** A flow written as an object: the same keys as a flow file (schemas/flow.schema.json). */
export interface FlowDocument {
    name: string;
    steps: unknown[];
    [key: string]: unknown;
}
/** A flow file path or glob (relative to `cwd`), or a flow written as an object. */
export type FlowInput = string | FlowDocument;
/** A server booted or attached once, for several calls; close it (or `await using` it) when done. */
export interface StartedTarget extends AsyncDisposable {
    readonly spec: TargetSpec;
    readonly boot: BootInfo;
    readonly server: ServerInfo;
    /** Ends every session and process of the target. */
    close(): Promise<void>;
}
/**
 * Boots the server (stdio, or `start` for HTTP) or attaches to it (a URL, an in-process server) and opens the
 * first session. Rejects with a BootError when the server cannot be started or reached.
 */
export declare function startTarget(spec: TargetSpec, options?: ApiOptions): Promise<StartedTarget>;
/** Runs the conformance suite; `result.checks` holds every check's verdict, as in results.json. */
export declare function runConformance(target: TargetSpec | StartedTarget, options?: ConformanceOptions): Promise<RunResult>;
/** Runs flows (files, globs or objects) in the order given; `result.flows` holds each flow's steps. */
export declare function runFlows(target: TargetSpec | StartedTarget, flows: FlowInput | readonly FlowInput[], options?: ApiOptions): Promise<RunResult>;
/** Runs the latency benchmarks (`bench` in the settings; the defaults otherwise); `result.bench` holds them. */
export declare function runBench(target: TargetSpec | StartedTarget, options?: ApiOptions): Promise<RunResult>;
/** The tools the server lists (every page), as it sent them. */
export declare function listTools(target: TargetSpec | StartedTarget, options?: ApiOptions): Promise<Record<string, unknown>[]>;
