export declare function preview(value: unknown, max?: number): string;
/** A unified diff of the two values as pretty JSON (or as text, for strings), at most DIFF_LINES lines. */
export declare function diffValues(expected: unknown, actual: unknown): string;
/** Whether a diff says more than the two one-line previews do. */
export declare function worthDiffing(expected: unknown, actual: unknown): boolean;
/** A value small enough for results.json: large values are replaced by a trimmed JSON string. */
export declare function trimForReport(value: unknown): unknown;
