/** A bounded buffer of the last lines of a stream, so a chatty server cannot exhaust memory. */
const MAX_LINE_CHARS = 16_384;

export class LineRing {
  private readonly lines: string[] = [];
  private partial = '';
  /** Inside a line already cut at MAX_LINE_CHARS: the rest of it is dropped up to its newline. */
  private cutting = false;
  private dropped = 0;

  constructor(private readonly capacity: number) {}

  /** Linear in the text pushed: only the new text is searched for newlines, and a huge line is cut once. */
  push(text: string): void {
    let start = 0;
    let index: number;
    while ((index = text.indexOf('\n', start)) !== -1) {
      if (this.cutting) this.cutting = false;
      else this.keep(this.partial + text.slice(start, Math.min(index, start + MAX_LINE_CHARS)));
      this.partial = '';
      start = index + 1;
    }
    if (this.cutting || start >= text.length) return;
    this.partial += text.slice(start, start + MAX_LINE_CHARS + 1);
    if (this.partial.length > MAX_LINE_CHARS) {
      this.keep(this.partial);
      this.partial = '';
      this.cutting = true;
    }
  }

  private keep(line: string): void {
    this.lines.push(line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) + ' [line truncated]' : line);
    if (this.lines.length > this.capacity) {
      this.lines.shift();
      this.dropped++;
    }
  }

  /** The last `count` lines, including an unterminated last line. */
  tail(count = 20): string {
    const all = this.partial ? [...this.lines, this.partial] : this.lines;
    return all.slice(-count).join('\n');
  }

  /** Everything kept, with a note when earlier lines were dropped. */
  text(): string {
    const note = this.dropped > 0 ? `[${this.dropped} earlier lines dropped]\n` : '';
    return note + this.tail(this.capacity + 1);
  }
}
