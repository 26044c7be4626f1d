/**
 * Every message in both directions, on every connection, in order. Passive checks judge it; it is written to
 * `<out>/transcript.jsonl` at the end of the run with secrets masked.
 */
import { maskSecrets } from '../config/secrets.js';
import { boundDepth } from './bounded-json.js';
import type { TranscriptEntry } from './types.js';

export class Transcript {
  private readonly items: TranscriptEntry[] = [];
  private readonly origin = performance.now();

  record(entry: Omit<TranscriptEntry, 't'>): void {
    const t = Math.round((performance.now() - this.origin) * 1000) / 1000;
    // Bounded here, whichever channel recorded it, so the checks reading entries() and toJsonl() stay safe.
    this.items.push({ t, ...entry, ...(entry.message !== undefined && { message: boundDepth(entry.message) }) });
  }

  entries(): readonly TranscriptEntry[] {
    return this.items;
  }

  /** JSON lines, with every secret replaced by `***`. */
  toJsonl(secrets: readonly string[]): string {
    return this.items.map((entry) => maskSecrets(JSON.stringify(entry), secrets)).join('\n') + '\n';
  }
}
