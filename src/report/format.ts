/** Number and time formatting shared by the reporters, fixed to one locale so reports are reproducible. */
import type { BenchComparison } from '../model.js';
import type { MatrixColumn } from './tally.js';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatCount(value: number): string {
  return integer.format(value);
}

/** A run or step duration: `850 ms`, `12.3 s`, `2 min 5 s`. */
export function formatDuration(ms: number): string {
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1_000).toFixed(1)} s`;
  const minutes = Math.floor(ms / 60_000);
  return `${minutes} min ${Math.round((ms - minutes * 60_000) / 1_000)} s`;
}

/** A latency with precision that suits its size: `0.42 ms`, `12.3 ms`, `1,204 ms`. */
export function formatLatency(ms: number): string {
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 1_000) return `${ms.toFixed(1)} ms`;
  return `${integer.format(ms)} ms`;
}

export function formatThroughput(opsPerSecond: number): string {
  return opsPerSecond < 100 ? opsPerSecond.toFixed(1) : integer.format(opsPerSecond);
}

/** A latency change with the comparison's verdict as the arrow (up is slower): `↑ +12.3%`, `↓ −8.0%`, `→ +0.4%`. */
export function formatChange(pct: number, verdict: BenchComparison['verdict']): string {
  const arrow = verdict === 'slower' ? '↑' : verdict === 'faster' ? '↓' : '→';
  const sign = pct >= 0 ? '+' : '−';
  return `${arrow} ${sign}${Math.abs(pct).toFixed(1)}%`;
}

/** `2025-11-25`, or `2025-11-25 · http` when the run covered more than one transport. */
export function columnLabel(column: MatrixColumn, showTransport: boolean): string {
  return showTransport ? `${column.protocolVersion} · ${column.transport}` : column.protocolVersion;
}

/** Seconds with millisecond precision and no exponent, as JUnit consumers expect. */
export function formatSeconds(ms: number): number {
  return Number((Math.max(0, ms) / 1_000).toFixed(3));
}

/**
 * Evidence values as text: anything but a string as indented JSON, and a string that holds a JSON object or array
 * (engines often keep raw messages as text) re-indented, so it reads like the rest.
 */
export function formatJson(value: unknown): string {
  if (typeof value === 'string') {
    if (!/^\s*[[{]/.test(value)) return value;
    try {
      return JSON.stringify(JSON.parse(value) as unknown, null, 2);
    } catch {
      return value;
    }
  }
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
