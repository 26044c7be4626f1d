import type { BenchSettings } from '../config/schema.js';
import type { Budget } from './budgets.js';
export interface BenchOperation {
    name: string;
    method: string;
    params?: Record<string, unknown>;
    budget: Budget;
}
export declare const STARTUP_INITIALIZE = "startup/initialize";
export declare const STARTUP_FIRST_TOOLS_LIST = "startup/first-tools-list";
export interface BenchPlan {
    operations: BenchOperation[];
    /** Budgets on operations the server does not advertise; they cannot be evaluated. */
    unusedBudgets: string[];
}
export declare function planOperations(settings: BenchSettings, serverCapabilities: Record<string, unknown>, toolNames: readonly string[], protocolVersion?: string): BenchPlan;
