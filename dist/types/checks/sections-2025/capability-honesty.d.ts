/**
 * Capability honesty, both ways, for one server feature: a declared capability is served (its core methods never
 * answer -32601, schema.ts ServerCapabilities), and a feature that is served is declared ("Servers that support
 * tools MUST declare the tools capability", and likewise for resources, prompts and completions).
 *
 * The "served => declared" probe goes over the check's own session: list and completion requests change nothing
 * on the server, and the client sends them whether or not the capability was declared.
 */
import type { Section } from '../../model.js';
import type { RpcOutcome } from '../../wire/types.js';
import { type CheckContext, type CheckDefinition } from '../types.js';
export interface FeatureProbe {
    method: string;
    params?: Record<string, unknown>;
    /** An answer the session already has (e.g. a shared tool call), instead of sending the request again. */
    answered?: () => Promise<RpcOutcome | undefined>;
}
export interface CapabilityFeature {
    section: Section;
    capability: string;
    /** The feature's name in messages, e.g. `tools`. */
    feature: string;
    /** Requirement ids and spec ref of "a server supporting X declares the X capability". */
    declaredRequirements: string[];
    declaredSpec: string;
    declaredRule: string;
    /** Requests that show the feature is served; `undefined` entries are left out (nothing to probe with). */
    probes(ctx: CheckContext): Promise<(FeatureProbe | undefined)[]>;
}
export declare function capabilityChecks(feature: CapabilityFeature): CheckDefinition[];
