/**
 * The "Since <base> (N runs)" section of the report: what changed since the runs before this one (new failures,
 * fixes, flaky items, breaking interface changes, latency regressions), a status strip for every item that was not
 * green in all of the last runs, and a latency trend per operation as a mermaid chart GitHub draws, with the
 * figures in text beside it. Pure rendering of a Comparison; every name goes through escape.ts.
 */
import type { Comparison, ItemRef } from '../history/compare.js';
export interface HistorySectionOptions {
    /** Lists only: no status strips and no charts (the report is being shortened to fit). */
    compact: boolean;
}
export declare function renderHistorySection(comparison: Comparison, options: HistorySectionOptions): string;
export declare function itemLabel(item: ItemRef): string;
