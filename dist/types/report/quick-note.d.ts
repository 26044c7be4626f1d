/**
 * The line every report of a quick run carries next to its verdict, so a quick pass is never read as a full one.
 * Plain text; each renderer escapes and frames it.
 */
import type { RunResult } from '../model.js';
/** `listChecks`: name the left-out checks (the reports) or only count them (the console, where they are skipped). */
export declare function quickRunNote(result: RunResult, listChecks?: boolean): string | undefined;
