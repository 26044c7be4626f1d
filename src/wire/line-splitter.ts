/**
 * Splits a server's stdout into lines in time linear in its size, holding no more of a line than it needs. A line
 * that may be a message (its first byte that is not JSON whitespace is `{`) is decoded chunk by chunk as it arrives
 * and joined once, when its newline comes, so the pipe's buffers are let go at once and no second copy is made. Any
 * other line cannot be a message: only its head is kept, with its size. A line longer than MAX_LINE_BYTES is not
 * kept whole either (its head is), so a server cannot make the tester hold an unbounded line. UTF-8 is checked on
 * the bytes as they arrive, so multi-byte characters split across chunks survive and invalid bytes are noticed
 * instead of silently becoming U+FFFD.
 */
import { isUtf8 } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';

/**
 * The longest stdout line read as a message: 64 MiB, above any legal answer seen in practice (a 50 MB `tools/list`
 * is read whole), small enough that a garbage flood cannot exhaust the runner's memory.
 */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;
/** How much of an oversize line is kept as evidence. */
const OVERSIZE_HEAD_CHARS = 1_024;
/** How much of a line that cannot be a message is kept, as evidence without the bulk. */
export const KEPT_RAW_BYTES = 65_536;

export interface StdoutLine {
  /** The decoded line, without its newline (and a trailing CR); only the head of a cut line. */
  text: string;
  /** The line's length in bytes. */
  bytes: number;
  /** The line is not valid UTF-8; `text` has U+FFFD where the invalid bytes were. */
  invalidUtf8?: true;
  /** The line was longer than MAX_LINE_BYTES and was not kept whole. */
  oversize?: true;
  /** The line cannot be a message and was longer than KEPT_RAW_BYTES: `text` is its head. */
  cut?: true;
}

const OPEN_BRACE = 0x7b;
const isJsonWhitespace = (byte: number) => byte === 0x20 || byte === 0x09 || byte === 0x0d || byte === 0x0a;

export class LineSplitter {
  /** The decoded pieces of the current line (its head only, once it is known not to be a message or too long). */
  private pieces: string[] = [];
  private decoder = new StringDecoder('utf8');
  private utf8 = new Utf8Check();
  private length = 0;
  /** Bytes fed to the decoder: all of a possible message, the head of anything else. */
  private decoded = 0;
  /** Whether the line may be a JSON object, once its first byte that is not whitespace came. */
  private mayBeMessage: boolean | undefined;
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
    if (part.length === 0) return;
    this.utf8.push(part);
    this.length += part.length;
    if (this.mayBeMessage === undefined) {
      const first = part.findIndex((byte) => !isJsonWhitespace(byte));
      if (first !== -1) this.mayBeMessage = part[first] === OPEN_BRACE;
    }
    if (this.oversize) return;
    // Only whitespace so far is kept too: it may still turn out to start a message.
    if (this.mayBeMessage !== false) {
      this.decode(part);
      if (this.length > MAX_LINE_BYTES) this.keepHead(OVERSIZE_HEAD_CHARS, true);
      return;
    }
    // Not a message: its head is enough.
    if (this.decoded < KEPT_RAW_BYTES) this.decode(part.subarray(0, KEPT_RAW_BYTES - this.decoded));
  }

  private decode(part: Buffer): void {
    this.decoded += part.length;
    const text = this.decoder.write(part);
    if (text !== '') this.pieces.push(text);
  }

  /** Drops all but the first `chars` characters of the line. */
  private keepHead(chars: number, oversize: boolean): void {
    let head = '';
    for (const piece of this.pieces) {
      head += piece;
      if (head.length >= chars) break;
    }
    this.pieces = [headOf(head, chars)];
    this.oversize = oversize;
  }

  private emit(): void {
    const complete = this.decoded === this.length && !this.oversize;
    if (complete) {
      const rest = this.decoder.end();
      if (rest !== '') this.pieces.push(rest);
    }
    let text = this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join('');
    if (complete && text.endsWith('\r')) text = text.slice(0, -1);
    const line: StdoutLine = { text, bytes: this.length };
    if (!this.utf8.end()) line.invalidUtf8 = true;
    if (this.oversize) line.oversize = true;
    else if (!complete) line.cut = true;
    this.pieces = [];
    this.decoder = new StringDecoder('utf8');
    this.utf8 = new Utf8Check();
    this.length = 0;
    this.decoded = 0;
    this.mayBeMessage = undefined;
    this.oversize = false;
    this.onLine(line);
  }
}

/**
 * Whether a byte stream is valid UTF-8, fed in pieces: each piece is checked up to its last complete character,
 * the bytes of a character it splits are carried into the next.
 */
class Utf8Check {
  private carry: Buffer | undefined;
  private valid = true;

  push(part: Buffer): void {
    if (!this.valid) return;
    const bytes = this.carry ? Buffer.concat([this.carry, part]) : part;
    const cut = completeLength(bytes);
    if (!isUtf8(bytes.subarray(0, cut))) this.valid = false;
    this.carry = cut < bytes.length ? Buffer.from(bytes.subarray(cut)) : undefined;
  }

  /** Whether everything fed was valid UTF-8, with no character left unfinished. */
  end(): boolean {
    return this.valid && this.carry === undefined;
  }
}

/** The length of `bytes` without a multi-byte character its end cuts off (invalid bytes are left to isUtf8). */
function completeLength(bytes: Buffer): number {
  for (let index = bytes.length - 1; index >= Math.max(0, bytes.length - 4); index--) {
    const byte = bytes[index]!;
    if ((byte & 0xc0) === 0x80) continue;
    const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return index + size > bytes.length ? index : bytes.length;
  }
  return bytes.length;
}

/** A copy of the start of `text` that does not keep the whole string alive (V8 slices share their parent). */
export function headOf(text: string, chars: number): string {
  return text.length <= chars ? text : Buffer.from(text.slice(0, chars), 'utf8').toString('utf8');
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
  if (line.cut || line.text.length > KEPT_RAW_CHARS)
    return { raw: `${headOf(line.text, KEPT_RAW_CHARS)}… [${line.bytes} bytes]`, lineBytes: line.bytes, ...flags };
  return { raw: line.text, ...flags };
}
