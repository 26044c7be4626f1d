import { type CheckDefinition } from '../types.js';
export declare const checks: CheckDefinition[];
export declare function promptProblems(prompt: unknown, index: number): string[];
export declare function getResultProblems(result: Record<string, unknown>): string[];
