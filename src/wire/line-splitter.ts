/**
 * Splits a server's stdout into lines in time linear in its size: chunks are collected as they arrive and joined
 * once, when the newline that ends their line comes. A line longer than MAX_LINE_BYTES is not kept whole (its head
 * is, with its size), so a server cannot make the tester hold an unbounded line. Each line is decoded as strict
 * UTF-8 only once complete, so multi-byte characters split across chunks survive and invalid bytes are noticed
 * instead of silently becoming U+FFFD.
 */
import { isUtf8 } from 'node:buffer';

/**
 * The longest stdout line read as a message: 64 MiB, above any legal answer seen in practice (a 50 MB `tools/list`
 * is read whole), small enough that a garbage flood cannot exhaust the runner's memory.
 */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;
/** How much of an oversize line is kept as evidence. */
const OVERSIZE_HEAD_BYTES = 1_024;

export interface StdoutLine {
  /** The decoded line, without its newline (and a trailing CR); only the head of an oversize line. */
  text: string;
  /** The line's length in bytes. */
  bytes: number;
  /** The line is not valid UTF-8; `text` has U+FFFD where the invalid bytes were. */
  invalidUtf8?: true;
  /** The line was longer than MAX_LINE_BYTES and was not kept whole. */
  oversize?: true;
}

export class LineSplitter {
  private chunks: Buffer[] = [];
  private length = 0;
  private oversize = false;

  constructor(private readonly onLine: (line: StdoutLine) => void) {}

  push(chunk: Buffer): void {
    let start = 0;
    let index: number;
    while ((index = chunk.indexOf(0x0a, start)) !== -1) {
      this.append(chunk.subarray(start, index));
      this.emit();
      start = index + 1;
    }
    if (start < chunk.length) this.append(chunk.subarray(start));
  }

  /** The stream ended: an unterminated last line still counts as output. */
  end(): void {
    if (this.length > 0) this.emit();
  }

  private append(part: Buffer): void {
    this.length += part.length;
    if (this.oversize) return;
    this.chunks.push(part);
    if (this.length > MAX_LINE_BYTES) {
      this.chunks = [Buffer.concat(this.chunks).subarray(0, OVERSIZE_HEAD_BYTES)];
      this.oversize = true;
    }
  }

  private emit(): void {
    let bytes = this.chunks.length === 1 ? this.chunks[0]! : Buffer.concat(this.chunks);
    const length = this.length;
    const oversize = this.oversize;
    this.chunks = [];
    this.length = 0;
    this.oversize = false;
    if (!oversize && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    // Checked on the bytes (the decoder below turns invalid sequences into U+FFFD without a word). The head of an
    // oversize line may end inside a character; that is not the server's fault.
    const line: StdoutLine = { text: bytes.toString('utf8'), bytes: length };
    if (!oversize && !isUtf8(bytes)) line.invalidUtf8 = true;
    if (oversize) line.oversize = true;
    this.onLine(line);
  }
}

/** Longer non-message lines are kept in the transcript as their head and size, as evidence without the bulk. */
const KEPT_RAW_CHARS = 65_536;

/** The transcript fields for a stdout line that is not a message: its bounded text, its size when cut, its encoding. */
export function rawLineEntry(line: StdoutLine): { raw: string; lineBytes?: number; invalidUtf8?: true } {
  const flags = line.invalidUtf8 ? { invalidUtf8: true as const } : {};
  if (line.oversize) {
    const note = `[a line of ${line.bytes} bytes, over the ${MAX_LINE_BYTES / 1024 / 1024} MiB limit mcp-ci reads]`;
    return { raw: `${line.text}… ${note}`, lineBytes: line.bytes, ...flags };
  }
  if (line.text.length > KEPT_RAW_CHARS)
    return { raw: `${line.text.slice(0, KEPT_RAW_CHARS)}… [${line.bytes} bytes]`, lineBytes: line.bytes, ...flags };
  return { raw: line.text, ...flags };
}
