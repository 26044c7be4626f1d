import { afterEach, describe, expect, it, vi } from 'vitest';
import { LineSplitter, MAX_LINE_BYTES, rawLineEntry, type StdoutLine } from '../../src/wire/line-splitter.js';
import { LineRing } from '../../src/target/line-ring.js';

function split(chunks: Buffer[], end = false): StdoutLine[] {
  const lines: StdoutLine[] = [];
  const splitter = new LineSplitter((line) => lines.push(line));
  for (const chunk of chunks) splitter.push(chunk);
  if (end) splitter.end();
  return lines;
}

describe('LineSplitter', () => {
  afterEach(() => vi.restoreAllMocks());

  it('splits on newlines across chunks, drops a trailing CR and keeps a character split between chunks', () => {
    const bytes = Buffer.from('{"a":"héllo 🙂"}\r\nsecond\n\nthird');
    const chunks = [...bytes].map((byte) => Buffer.from([byte]));
    expect(split(chunks).map((l) => l.text)).toEqual(['{"a":"héllo 🙂"}', 'second', '']);
    expect(split(chunks, true).map((l) => l.text)).toEqual(['{"a":"héllo 🙂"}', 'second', '', 'third']);
  });

  it('joins the chunks of a long line once, so reading is linear in its length', () => {
    const concat = vi.spyOn(Buffer, 'concat');
    const chunk = Buffer.alloc(65_536, 'a');
    const lines = split([...Array.from({ length: 200 }, () => chunk), Buffer.from('\n')]);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.bytes).toBe(200 * 65_536);
    expect(concat).toHaveBeenCalledTimes(1);
  });

  it('marks a line that is not UTF-8 and still decodes it', () => {
    const [line] = split([
      Buffer.concat([Buffer.from('{"a":"'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}\n')]),
    ]);
    expect(line!.invalidUtf8).toBe(true);
    expect(line!.text).toContain('\uFFFD');
    expect(split([Buffer.from('{"a":"é"}\n')])[0]!.invalidUtf8).toBeUndefined();
  });

  it('keeps only the head of a line over the limit, with its size, and reads on after it', () => {
    const chunk = Buffer.alloc(1024 * 1024, 'x');
    const count = MAX_LINE_BYTES / chunk.length + 2;
    const lines = split([...Array.from({ length: count }, () => chunk), Buffer.from('\n{"ok":true}\n')]);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.oversize).toBe(true);
    expect(lines[0]!.bytes).toBe(count * chunk.length);
    expect(lines[0]!.text.length).toBeLessThanOrEqual(1024);
    expect(rawLineEntry(lines[0]!).raw).toMatch(/a line of \d+ bytes, over the 64 MiB limit mcp-ci reads/);
    expect(lines[1]!.text).toBe('{"ok":true}');
  });

  it('keeps the transcript entry of a long non-message line bounded, with its size', () => {
    const entry = rawLineEntry({ text: 'y'.repeat(1_000_000), bytes: 1_000_000 });
    expect(entry.raw.length).toBeLessThan(70_000);
    expect(entry.lineBytes).toBe(1_000_000);
  });
});

describe('LineRing', () => {
  it('cuts a huge stderr line once and drops its rest up to the newline', () => {
    const ring = new LineRing(10);
    for (let i = 0; i < 100; i++) ring.push('z'.repeat(65_536));
    ring.push('\nnext line\n');
    const lines = ring.tail(10).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^z{16384} \[line truncated\]$/);
    expect(lines[1]).toBe('next line');
  });

  it('keeps lines split across pushes whole', () => {
    const ring = new LineRing(10);
    ring.push('hel');
    ring.push('lo\nwor');
    ring.push('ld\n');
    expect(ring.tail()).toBe('hello\nworld');
  });
});
