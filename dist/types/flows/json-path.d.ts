/** Returns why `path` is not a valid JSONPath, or undefined when it is. */
export declare function jsonPathProblem(path: string): string | undefined;
/** Every value the path selects, in document order. */
export declare function selectAll(value: unknown, path: string): unknown[];
/** A copy of `value` with every value a path selects replaced by `replacement`. */
export declare function replaceAt(value: unknown, paths: readonly string[], replacement: unknown): unknown;
