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

  it('a server that holds every SSE stream open boots and gets its full report', async () => {
    // The SDK cancels the body of the 200 SSE answer to notifications/initialized; the stream must end then, or the
    // handshake never completes and the server is reported as not booting.
    const run = await runHttpFixture('sse-held-open.mjs', { requestTimeoutMs: 2_000 });
    expect(run.result.boot.ok).toBe(true);
    expect(run.exitCode).toBe(1);
    expect(run.check('http-notification-accepted-202')?.status).toBe('fail');
    expect(run.check('http-sse-stream-ends-after-response')?.status).toBe('warn');
    expect(run.survivors).toEqual([]);
  }, 120_000);

  it("an answer on another request's POST stream is reported, though its id names a request in flight", async () => {
    const run = await runHttpFixture('http-answer-on-wrong-stream.mjs', { requestTimeoutMs: 3_000 });
    expect(run.exitCode).toBe(1);
    const envelope = run.check('base-jsonrpc-envelope');
    expect(envelope?.status).toBe('fail');
    expect(envelope?.message).toMatch(/a response with id \S+ came on the stream of the POST that carried request \S+/);
    expect(run.survivors).toEqual([]);
  }, 120_000);
});
