/**
 * Every message in both directions, on every connection, in order. Passive checks judge it; it is written to
 * `<out>/transcript.jsonl` at the end of the run with secrets masked.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { maskSecrets } from '../config/secrets.js';
import { boundDepth } from './bounded-json.js';
import { headOf, type StdoutLine } from './line-splitter.js';
import { SharedPayloads } from './shared-payloads.js';
import type { TranscriptEntry } from './types.js';

/**
 * A transcript line longer than this is written as an excerpt with its length: a server answering 50 MB twenty
 * times would otherwise make a gigabyte file (and hold it in memory while writing it).
 */
export const MAX_LINE_CHARS = 1_000_000;
export const EXCERPT_CHARS = 64_000;
/** A non-JSON frame (a stdout line, an HTTP body) is kept up to this length; checks judge its start. */
const MAX_RAW_CHARS = 1_000_000;
/**
 * Non-JSON frames kept whole per run, in total: past this, each further one keeps only its start and its length.
 * Every stdio process of a run may flood stdout, so the cap per frame alone still let a run hold hundreds of MB.
 */
export const RAW_BUDGET_CHARS = 16_000_000;
const RAW_EXCERPT_CHARS = 256;

export class Transcript {
  private readonly items: TranscriptEntry[] = [];
  private readonly origin = performance.now();
  private rawChars = 0;
  /** Big answers parsed once per run, shared by every channel that records into this transcript. */
  readonly payloads = new SharedPayloads();

  record(entry: Omit<TranscriptEntry, 't'>): void {
    const t = Math.round((performance.now() - this.origin) * 1000) / 1000;
    const { message, raw } = entry;
    // Bounded here, whichever channel recorded it, so the checks reading entries() and the file stay safe.
    const bounded: unknown = message === undefined ? undefined : boundDepth(message);
    this.items.push({
      t,
      ...entry,
      ...(bounded !== undefined && { message: bounded }),
      ...(raw !== undefined && this.boundRaw(raw)),
    });
  }

  private boundRaw(raw: string): Pick<TranscriptEntry, 'raw' | 'rawChars'> | undefined {
    const keep = this.rawChars >= RAW_BUDGET_CHARS ? RAW_EXCERPT_CHARS : MAX_RAW_CHARS;
    this.rawChars += Math.min(raw.length, keep);
    return raw.length > keep ? { raw: headOf(raw, keep), rawChars: raw.length } : undefined;
  }

  entries(): readonly TranscriptEntry[] {
    return this.items;
  }

  /** Writes the JSON lines to `path` one by one (never the whole file in memory), secrets replaced by `***`. */
  async writeJsonl(path: string, secrets: readonly string[]): Promise<void> {
    const file = createWriteStream(path);
    for (const entry of this.items) {
      if (!file.write(`${jsonLine(entry, secrets)}\n`)) await once(file, 'drain');
    }
    file.end();
    await finished(file);
  }
}

/**
 * One entry as a masked line; an oversized one keeps its metadata, its first characters and its length (masked
 * before it is cut, so no secret is cut in half and left readable).
 */
function jsonLine(entry: TranscriptEntry, secrets: readonly string[]): string {
  // A message whose frame was too long is written from the start of the frame kept on arrival: serializing it
  // again would build (and mask) one more copy of it per answer.
  if (entry.frame) {
    const { message: _message, frame, ...metadata } = entry;
    return maskSecrets(JSON.stringify({ ...metadata, excerpt: frame.excerpt, frameBytes: frame.bytes }), secrets);
  }
  const line = maskSecrets(JSON.stringify(entry), secrets);
  if (line.length <= MAX_LINE_CHARS) return line;
  const { message: _message, raw: _raw, ...metadata } = entry;
  return maskSecrets(
    JSON.stringify({ ...metadata, excerpt: line.slice(0, EXCERPT_CHARS), chars: line.length }),
    secrets,
  );
}

/** The transcript fields for a stdout line that is a message: its encoding, and the start and size of a long one. */
export function messageLineEntry(line: StdoutLine): Pick<TranscriptEntry, 'invalidUtf8' | 'frame'> {
  return {
    ...(line.invalidUtf8 && { invalidUtf8: true as const }),
    ...(line.text.length > MAX_LINE_CHARS && {
      frame: { bytes: line.bytes, excerpt: headOf(line.text, EXCERPT_CHARS) },
    }),
  };
}
