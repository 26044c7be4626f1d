import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_PAYLOAD_CHARS, SharedPayloads } from '../../src/wire/shared-payloads.js';
import { EXCERPT_CHARS, messageLineEntry, Transcript } from '../../src/wire/transcript.js';

const big = 'd'.repeat(SHARED_PAYLOAD_CHARS);
const line = (id: unknown, result: unknown) => JSON.stringify({ jsonrpc: '2.0', id, result });
const parsed = (text: string) => JSON.parse(text) as Record<string, unknown>;

function shared(payloads: SharedPayloads, text: string) {
  return payloads.share(text, parsed(text));
}

describe('SharedPayloads', () => {
  it('gives a big answer equal but for its id the result already held, so one copy serves every holder', () => {
    const payloads = new SharedPayloads();
    const first = shared(payloads, line(1, { tools: [{ name: 'a', description: big }] }));
    const second = shared(payloads, line(12, { tools: [{ name: 'a', description: big }] }));
    const third = shared(payloads, line('x-3', { tools: [{ name: 'a', description: big }] }));
    expect(second.result).toBe(first.result);
    expect(third.result).toBe(first.result);
    expect([second.id, third.id]).toEqual([12, 'x-3']);
  });

  it('keeps its own result when anything but the id differs, even at the same length', () => {
    const payloads = new SharedPayloads();
    const first = shared(payloads, line(1, { tools: [{ name: 'a', description: big }] }));
    const other = shared(payloads, line(2, { tools: [{ name: 'b', description: big }] }));
    expect(other.result).not.toBe(first.result);
    expect(other.result).toEqual({ tools: [{ name: 'b', description: big }] });
  });

  it('does not take a nested member named id for the id of the answer', () => {
    const payloads = new SharedPayloads();
    // The first `"id":2` of the second line is inside the result; replacing it makes the first line's text only if
    // the results differ, and then the top-level ids would not match.
    const first = shared(payloads, `{"result":{"k":{"id":1},"d":"${big}"},"jsonrpc":"2.0","id":1}`);
    const second = shared(payloads, `{"result":{"k":{"id":2},"d":"${big}"},"jsonrpc":"2.0","id":2}`);
    expect(second.result).not.toBe(first.result);
    expect((second.result as { k: unknown }).k).toEqual({ id: 2 });
  });

  it('leaves small answers alone', () => {
    const payloads = new SharedPayloads();
    const first = shared(payloads, line(1, { tools: [] }));
    expect(shared(payloads, line(2, { tools: [] })).result).not.toBe(first.result);
  });
});

describe('a message on a long stdout line in the transcript file', () => {
  it('is written as the start of its line and its size, masked, without serializing the message again', async () => {
    const text = line(1, { tools: [{ name: 'secret-token-123', description: big }] });
    const transcript = new Transcript();
    transcript.record({
      conn: 'main',
      dir: 'recv',
      transport: 'stdio',
      message: parsed(text),
      ...messageLineEntry({ text, bytes: text.length }),
    });
    const path = join(mkdtempSync(join(tmpdir(), 'mcp-ci-transcript-')), 'transcript.jsonl');
    await transcript.writeJsonl(path, ['secret-token-123']);
    const written = JSON.parse(readFileSync(path, 'utf8').trim()) as Record<string, unknown>;
    expect(written.message).toBeUndefined();
    expect(written.frameBytes).toBe(text.length);
    expect(written.excerpt).toBe(text.slice(0, EXCERPT_CHARS).replace('secret-token-123', '***'));
    expect(transcript.entries()[0]!.message).toBeDefined();
  });
});
