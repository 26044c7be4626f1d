/**
 * Server data bounded in depth before anything walks it. JSON.parse reads any depth, but every recursive walk
 * after it (JSON.stringify for the transcript and the reports, secret masking, evidence trimming, schema
 * validation, the SDK's own error messages) overflows the stack on a message nested 100,000 levels deep. Deeper
 * subtrees are replaced by a marker string, without recursion, so no walk afterwards can blow up.
 */
/** Far deeper than any real MCP message (a JSON Schema rarely nests 20 levels), far below any stack limit. */
export declare const MAX_JSON_DEPTH = 128;
/** What a subtree deeper than MAX_JSON_DEPTH becomes. */
export declare const DEPTH_MARKER = "[mcp-ci: nested deeper than 128 levels, cut here]";
/** Whether `value` nests objects or arrays more than `limit` levels deep. Iterative, no allocation per leaf. */
export declare function deeperThan(value: unknown, limit?: number): boolean;
/**
 * `value` itself when it is no deeper than `limit`; otherwise a copy in which every container at depth `limit`
 * is replaced by DEPTH_MARKER. Built iteratively, so any depth is safe.
 */
export declare function boundDepth<T>(value: T, limit?: number): T;
