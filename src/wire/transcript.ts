/**
 * Every message in both directions, on every connection, in order. Passive checks judge it; it is written to
 * `<out>/transcript.jsonl` at the end of the run with secrets masked.
 */
import { maskSecrets } from '../config/secrets.js';
import type { TranscriptEntry } from './types.js';

export class Transcript {
  private readonly items: TranscriptEntry[] = [];
  private readonly origin = performance.now();

  record(entry: Omit<TranscriptEntry, 't'>): void {
    this.items.push({ t: Math.round((performance.now() - this.origin) * 1000) / 1000, ...entry });
  }

  entries(): readonly TranscriptEntry[] {
    return this.items;
  }

  /** JSON lines, with every secret replaced by `***`. */
  toJsonl(secrets: readonly string[]): string {
    return this.items.map((entry) => maskSecrets(JSON.stringify(entry), secrets)).join('\n') + '\n';
  }
}
