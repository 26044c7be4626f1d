import { type CheckDefinition } from '../types.js';
/** The JSON-RPC id of mcp-ci's one listen request: the only subscription a server may cancel. */
export declare const SUBSCRIPTION_ID = "mcp-ci-sub-1";
export declare const checks: CheckDefinition[];
