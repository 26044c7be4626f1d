import { type CheckDefinition, type ToolInvocation } from '../types.js';
export declare const checks: CheckDefinition[];
/** Problems of one tool definition in a tools/list page, by the negotiated version's schema. */
export declare function toolDefinitionProblems(tool: unknown, version: string, index: number): string[];
/** Problems of a CallToolResult under `version`. */
export declare function callResultProblems(result: Record<string, unknown>, version: string): string[];
/** Arguments that break a callable tool's inputSchema: a required property left out, or a typed one mistyped. */
/**
 * Names an object schema requires that nothing in it defines: not in `properties`, not matched by
 * `patternProperties`, not in the properties of an `allOf` / `anyOf` / `oneOf` branch. Nested object properties
 * are read too.
 */
export declare function undefinedRequired(schema: unknown, path: string): {
    path: string;
    names: string[];
    closed: boolean;
}[];
export declare function invalidCall(tools: readonly ToolInvocation[]): {
    invocation: ToolInvocation;
    arguments: Record<string, unknown>;
    how: string;
} | undefined;
