import { type CheckDefinition } from '../types.js';
/** Why an extension identifier breaks the naming rules (a prefix is mandatory), or undefined. */
export declare function extensionIdProblem(id: string): string | undefined;
export declare const checks: CheckDefinition[];
