/** A bounded buffer of the last lines of a stream, so a chatty server cannot exhaust memory. */
export class LineRing {
  private readonly lines: string[] = [];
  private partial = '';
  private dropped = 0;

  constructor(private readonly capacity: number) {}

  push(text: string): void {
    const parts = (this.partial + text).split('\n');
    this.partial = parts.pop() ?? '';
    // A single huge line without a newline is still bounded.
    if (this.partial.length > 16_384) {
      parts.push(this.partial.slice(0, 16_384) + ' [line truncated]');
      this.partial = '';
    }
    for (const line of parts) {
      this.lines.push(line.length > 16_384 ? line.slice(0, 16_384) + ' [line truncated]' : line);
      if (this.lines.length > this.capacity) {
        this.lines.shift();
        this.dropped++;
      }
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
