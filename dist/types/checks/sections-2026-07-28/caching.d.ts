import { type CheckDefinition } from '../types.js';
/** What is wrong with one complete cacheable result's hints, if anything. */
export declare function cacheHintProblem(result: Record<string, unknown>): string | undefined;
export declare const checks: CheckDefinition[];
