/**
 * Progress events emitted by `run()`. The console, the GitHub reporters and later front ends (an MCP server,
 * a test-framework API) consume these; the engine never prints.
 */
import type { BenchResult, BootInfo, CheckResult, FlowResult, FlowStepResult, RunResult, ServerInfo } from './model.js';
export type RunEvent = {
    type: 'boot:start';
    description: string;
} | {
    type: 'boot:done';
    boot: BootInfo;
    server?: ServerInfo;
} | {
    type: 'section:start';
    section: string;
    protocolVersion: string;
} | {
    type: 'check:start';
    id: string;
    protocolVersion: string;
}
/** How many check results the conformance run will give, once the version matrix is known. */
 | {
    type: 'checks:planned';
    total: number;
} | {
    type: 'check:done';
    result: CheckResult;
} | {
    type: 'flow:start';
    file: string;
    name: string;
} | {
    type: 'flow:step';
    flow: string;
    step: FlowStepResult;
} | {
    type: 'flow:done';
    result: FlowResult;
} | {
    type: 'bench:op';
    result: BenchResult;
} | {
    type: 'log';
    level: 'debug' | 'info' | 'warn';
    message: string;
} | {
    type: 'run:done';
    result: RunResult;
};
export type EmitEvent = (event: RunEvent) => void;
