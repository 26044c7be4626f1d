/**
 * Runs the conformance catalogue against a booted target: builds the protocol version matrix on fresh
 * sessions, runs independent checks concurrently (each probe on a connection of its own), then the passive
 * checks over the whole transcript, and turns judgements into results by level and policy.
 */
import type { Config } from '../config/config.js';
import type { EmitEvent } from '../events.js';
import { type CheckResult } from '../model.js';
import type { Target } from '../target/types.js';
import type { CheckDefinition, ServerInventory } from './types.js';
export interface ConformanceOutcome {
    checks: CheckResult[];
    acceptedVersions: string[];
    /** What the boot session listed, kept as the server's interface in results.json and the history. */
    inventory?: ServerInventory;
}
export declare function runConformance(target: Target, config: Config, emit: EmitEvent, catalogue?: readonly CheckDefinition[]): Promise<ConformanceOutcome>;
