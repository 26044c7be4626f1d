/** Where `actual` departs from `expected`, as `$.a.b: expected 2, got 3` lines; empty when it matches. */
export declare function subsetMismatches(expected: unknown, actual: unknown, path?: string): string[];
export declare function isSubset(expected: unknown, actual: unknown): boolean;
/** The part of `actual` that `expected` talks about, so a diff of the two shows only what matters. */
export declare function projectOnto(actual: unknown, expected: unknown): unknown;
