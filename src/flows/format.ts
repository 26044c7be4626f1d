/**
 * How expected and actual values appear in failure messages and results: trimmed previews and a unified diff
 * for structured values, so a failure can be read without the transcript.
 */
import { structuredPatch } from 'diff';

const PREVIEW_CHARS = 200;
const DIFF_LINES = 40;
const REPORT_CHARS = 2_000;

export function preview(value: unknown, max = PREVIEW_CHARS): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

/** A unified diff of the two values as pretty JSON (or as text, for strings), at most DIFF_LINES lines. */
export function diffValues(expected: unknown, actual: unknown): string {
  const patch = structuredPatch('expected', 'actual', asLines(expected), asLines(actual), '', '', { context: 2 });
  const lines = ['--- expected', '+++ actual', ...patch.hunks.flatMap((hunk) => hunk.lines)];
  return lines.length > DIFF_LINES
    ? [...lines.slice(0, DIFF_LINES), `… ${lines.length - DIFF_LINES} more diff lines`].join('\n')
    : lines.join('\n');
}

function asLines(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value, null, 2) ?? 'undefined');
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** Whether a diff says more than the two one-line previews do. */
export function worthDiffing(expected: unknown, actual: unknown): boolean {
  const structured = (value: unknown) => value !== null && typeof value === 'object';
  const multiline = (value: unknown) => typeof value === 'string' && value.includes('\n');
  return (structured(expected) && structured(actual)) || (multiline(expected) && multiline(actual));
}

/** A value small enough for results.json: large values are replaced by a trimmed JSON string. */
export function trimForReport(value: unknown): unknown {
  const text = JSON.stringify(value);
  if (text === undefined || text.length <= REPORT_CHARS) return value;
  return `${text.slice(0, REPORT_CHARS)}… (${text.length} chars)`;
}
