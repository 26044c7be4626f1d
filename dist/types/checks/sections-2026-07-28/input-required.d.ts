import { type CheckDefinition } from '../types.js';
/** What is malformed in an InputRequiredResult, if anything. */
export declare function inputRequiredProblem(result: Record<string, unknown>): string | undefined;
export declare const checks: CheckDefinition[];
