import { type CheckDefinition } from '../types.js';
export declare const checks: CheckDefinition[];
export declare function resourceProblems(item: unknown, index: number): {
    problems: string[];
    notes: string[];
};
export declare function templateProblems(item: unknown, index: number): {
    problems: string[];
    notes: string[];
};
/** Why a string is not an RFC 6570 URI template, or undefined when it is one. */
export declare function uriTemplateError(template: string): string | undefined;
