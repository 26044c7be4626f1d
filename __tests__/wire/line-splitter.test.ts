import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  KEPT_RAW_BYTES,
  LineSplitter,
  MAX_LINE_BYTES,
  rawLineEntry,
  type StdoutLine,
} from '../../src/wire/line-splitter.js';
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

  it('decodes a long message line as it arrives and joins it once, never copying its bytes whole', () => {
    const concat = vi.spyOn(Buffer, 'concat');
    const chunk = Buffer.alloc(65_536, 'a');
    const lines = split([Buffer.from('{"a":"'), ...Array.from({ length: 200 }, () => chunk), Buffer.from('"}\n')]);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.bytes).toBe(200 * 65_536 + 8);
    expect(lines[0]!.text.length).toBe(200 * 65_536 + 8);
    expect(lines[0]!.cut).toBeUndefined();
    expect(concat).not.toHaveBeenCalled();
  });

  it('keeps only the head of a long line that cannot be a message, with its size', () => {
    const chunk = Buffer.alloc(65_536, 'x');
    const lines = split([...Array.from({ length: 100 }, () => chunk), Buffer.from('\n  {"ok":true}\n')]);
    expect(lines[0]!.cut).toBe(true);
    expect(lines[0]!.bytes).toBe(100 * 65_536);
    expect(lines[0]!.text).toBe('x'.repeat(KEPT_RAW_BYTES));
    expect(rawLineEntry(lines[0]!).raw).toMatch(/^x+… \[6553600 bytes\]$/);
    expect(lines[1]).toEqual({ text: '  {"ok":true}', bytes: 13 });
  });

  it('checks UTF-8 across chunk boundaries, also in the part of a line it does not keep', () => {
    const smile = Buffer.from('🙂');
    const valid = split([
      Buffer.from('{"a":"'),
      smile.subarray(0, 1),
      smile.subarray(1, 3),
      smile.subarray(3),
      Buffer.from('"}\n'),
    ]);
    expect(valid[0]!.invalidUtf8).toBeUndefined();
    expect(valid[0]!.text).toBe('{"a":"🙂"}');
    const tail = split([Buffer.alloc(KEPT_RAW_BYTES * 2, 'x'), Buffer.from([0xff]), Buffer.from('\n')]);
    expect(tail[0]!.invalidUtf8).toBe(true);
    const unfinished = split([Buffer.from('{"a":"'), smile.subarray(0, 2), Buffer.from('\n')]);
    expect(unfinished[0]!.invalidUtf8).toBe(true);
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
    const chunk = Buffer.alloc(1024 * 1024, '{');
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
