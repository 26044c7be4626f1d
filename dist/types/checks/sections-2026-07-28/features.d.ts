import { type CheckDefinition } from '../types.js';
/** Problems with the `x-mcp-header` annotations of one tool's inputSchema (reachable from the root). */
export declare function xMcpHeaderProblems(tool: Record<string, unknown>): string[];
/** Properties marked with `x-mcp-header` whose name or description says they hold a secret or personal data. */
export declare function sensitiveHeaderParameters(tool: Record<string, unknown>): string[];
export declare const checks: CheckDefinition[];
