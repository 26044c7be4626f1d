import { type CheckDefinition } from '../types.js';
/** Why a `_meta` key breaks the key grammar, or that it squats on the reserved prefix. */
export declare function metaKeyProblem(key: string, version: string): {
    kind: 'grammar' | 'reserved';
    reason: string;
} | undefined;
export declare const checks: CheckDefinition[];
