import { describe, expect, it } from 'vitest';
import { runStdioFixture } from './helpers.js';

// One protocol version each: every server process of a run meets the hostile output, so more versions repeat the
// same reads (`npm run bench:hostile` runs the fixtures with every version).
const newest = { protocolVersion: '2025-11-25' } as const;

describe('long and malformed stdout lines', () => {
  it('a legal 50 MB tools/list answer is read in time and judged', async () => {
    // Calls queued behind 50 MB answers (every listing of every session is one) get a long request timeout: on a
    // loaded CI runner the fixture itself takes seconds to write each answer. A reader that slowed down more than in
    // proportion to the line (16 s for one answer before) still misses it; a tool budget as long keeps the calls
    // from being started beside one another while they wait.
    const run = await runStdioFixture('long-line-answer.mjs', {
      requestTimeoutMs: 60_000,
      toolBudgetMs: 60_000,
      ...newest,
    });
    expect(run.result.boot.ok).toBe(true);
    const timedOut = run.result.checks.filter((c) => /no response (to \S+ )?within/.test(c.message));
    expect(timedOut.map((c) => `${c.id}: ${c.message}`)).toEqual([]);
    expect(run.check('tools-list-shape')?.status).not.toBe('skip');
    expect(run.survivors).toEqual([]);
  }, 240_000);

  it('50 MB of garbage on one line before the initialize answer is a finding naming its size', async () => {
    const run = await runStdioFixture('long-line-garbage.mjs', newest);
    expect(run.result.boot.ok).toBe(true);
    expect(run.exitCode).toBe(1);
    const finding = run.check('stdio-stdout-only-messages');
    expect(finding?.status).toBe('fail');
    expect(finding?.message).toMatch(/the longest 52428800 bytes/);
    expect(run.survivors).toEqual([]);
  }, 60_000);

  it('a line over the limit is cut, reported with its size and the limit', async () => {
    const run = await runStdioFixture('oversize-line.mjs', newest);
    expect(run.result.boot.ok).toBe(true);
    expect(run.exitCode).toBe(1);
    expect(run.check('stdio-stdout-only-messages')?.message).toMatch(
      /the longest 83886080 bytes \(over the 67108864 byte line limit\)/,
    );
    expect(run.survivors).toEqual([]);
  }, 60_000);

  it('bytes that are not UTF-8 fail the JSON-RPC envelope check', async () => {
    const run = await runStdioFixture('invalid-utf8.mjs');
    expect(run.exitCode).toBe(1);
    const finding = run.check('base-jsonrpc-envelope');
    expect(finding?.status).toBe('fail');
    expect(finding?.message).toMatch(/not valid UTF-8/);
    expect(run.survivors).toEqual([]);
  });
});
