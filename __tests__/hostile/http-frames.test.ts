import { describe, expect, it } from 'vitest';
import { runHttpFixture } from './helpers.js';

describe('every HTTP frame is judged like a stdio line', () => {
  it('a response whose id does not match its request is reported', async () => {
    const run = await runHttpFixture('http-wrong-response-id.mjs', { requestTimeoutMs: 2_000 });
    expect(run.exitCode).toBe(1);
    const envelope = run.check('base-jsonrpc-envelope');
    expect(envelope?.status).toBe('fail');
    expect(envelope?.message).toMatch(/carries id \d+, which no request used/);
    expect(run.survivors).toEqual([]);
  }, 60_000);
});
