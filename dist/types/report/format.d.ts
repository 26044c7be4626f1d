/** Number and time formatting shared by the reporters, fixed to one locale so reports are reproducible. */
import type { BenchComparison } from '../model.js';
import type { MatrixColumn } from './tally.js';
export declare function formatCount(value: number): string;
/** A run or step duration: `850 ms`, `12.3 s`, `2 min 5 s`. */
export declare function formatDuration(ms: number): string;
/** A latency with precision that suits its size: `0.42 ms`, `12.3 ms`, `1,204 ms`. */
export declare function formatLatency(ms: number): string;
export declare function formatThroughput(opsPerSecond: number): string;
/** A latency change with the comparison's verdict as the arrow (up is slower): `↑ +12.3%`, `↓ −8.0%`, `→ +0.4%`. */
export declare function formatChange(pct: number, verdict: BenchComparison['verdict']): string;
/** `2025-11-25`, or `2025-11-25 · http` when the run covered more than one transport. */
export declare function columnLabel(column: MatrixColumn, showTransport: boolean): string;
/** Seconds with millisecond precision and no exponent, as JUnit consumers expect. */
export declare function formatSeconds(ms: number): number;
/**
 * Evidence values as text: anything but a string as indented JSON, and a string that holds a JSON object or array
 * (engines often keep raw messages as text) re-indented, so it reads like the rest.
 */
export declare function formatJson(value: unknown): string;
