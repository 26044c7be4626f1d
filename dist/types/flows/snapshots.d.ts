export declare const REDACTED = "[redacted]";
export interface SnapshotVerdict {
    status: 'pass' | 'fail' | 'warn';
    message: string;
    expected?: unknown;
    actual?: unknown;
}
/** `<dir>/<flow file name without extension>/<step id>.json`. */
export declare function snapshotPath(snapshotDir: string, flowFile: string, stepId: string): string;
/** The value as stored: volatile paths redacted, keys sorted so the file diffs cleanly. */
export declare function snapshotValue(value: unknown, redact: readonly string[]): unknown;
export declare function checkSnapshot(file: string, value: unknown, update: boolean): Promise<SnapshotVerdict>;
