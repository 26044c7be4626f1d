/**
 * What one run of a flow has learned so far: each step's outcome and the captured variables. It answers the
 * `{{ steps.… }}`, `{{ vars.… }}` and `{{ env.… }}` lookups, saying why a value is missing.
 */
import type { Status } from '../model.js';
import { type StepOutcome } from './outcome.js';
import { type TemplateScope } from './template.js';
import type { LoadedFlow } from './types.js';
export declare class RunState implements TemplateScope {
    private readonly flow;
    private readonly environment;
    private readonly steps;
    private readonly captured;
    constructor(flow: LoadedFlow, environment: NodeJS.ProcessEnv);
    record(id: string, status: Status, outcome: StepOutcome | undefined, captured: Record<string, unknown>): void;
    step(id: string): {
        value: Record<string, unknown>;
    } | {
        missing: string;
    };
    variable(name: string): {
        value: unknown;
    } | {
        missing: string;
    };
    env(name: string): string | undefined;
}
