import type { EmitEvent } from '../events.js';
import type { FlowResult } from '../model.js';
import { type Connection } from '../wire/types.js';
import { type LoadedFlow } from './types.js';
export interface FlowRunDeps {
    connect: (options?: {
        label?: string;
    }) => Promise<Connection>;
    emit: EmitEvent;
    /** Default per-request timeout; a flow's or step's `timeout-ms` overrides it. */
    timeoutMs: number;
    updateSnapshots: boolean;
    snapshotDir: string;
    env: NodeJS.ProcessEnv;
}
export declare function runFlows(flows: readonly LoadedFlow[], deps: FlowRunDeps): Promise<FlowResult[]>;
