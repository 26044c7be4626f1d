/**
 * Config: validated settings in the shape the engine uses. Built only by `resolveConfig` (load.ts), so every
 * Config in the program has passed the schema.
 */
import type { BenchSettings, ToolCallSetting } from './schema.js';
import type { ProtocolVersion } from '../model.js';
export interface LaunchCommand {
    /** The command line as the user wrote it (for reports). */
    commandLine: string;
    /** argv after shell-like splitting; argv[0] is the executable. Never run through a shell. */
    argv: string[];
    cwd?: string;
    /** Entries added to the inherited environment. */
    env: Record<string, string>;
}
export type TargetConfig = {
    transport: 'stdio';
    launch: LaunchCommand;
} | {
    transport: 'http' | 'sse';
    url: string;
    launch?: LaunchCommand;
    headers: Record<string, string>;
}
/** An SDK server object in this process (library API only): `name` says which, for reports. */
 | {
    transport: 'memory';
    name: string;
};
/** A target reached over a wire (a process's stdio or an HTTP endpoint): what mcp-ci.yml, flags and inputs name. */
export type WireTargetConfig = Exclude<TargetConfig, {
    transport: 'memory';
}>;
export interface ExpectedFailure {
    id: string;
    /** Versions the failure is expected under; absent means every version. */
    versions?: string[];
}
export interface Config {
    target: TargetConfig;
    outDir: string;
    bootTimeoutMs: number;
    requestTimeoutMs: number;
    /** Restrict the version matrix to one protocol version. */
    protocolVersion?: ProtocolVersion;
    conformance: boolean;
    /** `--quick`: the newest version the server speaks, without the checks src/checks/quick.ts leaves out. */
    quick: boolean;
    callTools: 'none' | 'read-only' | 'all';
    /** Tools the user allows data-driven checks to call, with arguments to use. */
    tools: ToolCallSetting[];
    progressTool?: string;
    /** How long a tool call a check makes may take before the tool is left unjudged (at most `requestTimeoutMs`). */
    toolBudgetMs: number;
    strict: boolean;
    expectedFailures: ExpectedFailure[];
    skipChecks: {
        id: string;
        reason: string;
    }[];
    flows: string[];
    updateSnapshots: boolean;
    bench?: BenchSettings;
    baselinePath?: string;
    /** The local history file; absent when history is off. */
    historyPath?: string;
    /** How many runs the history keeps and compares with. */
    historyWindow: number;
    /** What a flaky item that fails in this run does to the gate. */
    flaky: 'warn' | 'fail' | 'ignore';
    interfaceChanges: 'report' | 'fail-on-breaking';
    comment: 'sticky' | 'off';
    commentId: string;
    quiet: boolean;
    verbose: boolean;
    /** Header values and other secrets to mask in every log and report. */
    secrets: string[];
}
