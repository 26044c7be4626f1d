import { type CheckDefinition } from '../types.js';
/** What kind of sensitive content a log message's data appears to hold, if any. */
export declare function sensitiveContent(data: unknown, secrets: readonly string[]): string | undefined;
export declare const checks: CheckDefinition[];
