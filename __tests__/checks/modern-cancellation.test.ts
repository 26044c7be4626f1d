/**
 * The 2026-07-28 cancellation and request-stream checks (M-15, M-17, M-28) on the SDK 2.x fixture, whose
 * `countdown` tool reports progress and stops when cancelled. Kept apart from modern.test.ts, the slowest file.
 */
import { describe, expect, it } from 'vitest';
import { requestStreams, unrelatedBecause } from '../../src/checks/judge/request-streams.js';
import type { TranscriptEntry } from '../../src/wire/types.js';
import { modernHttp, modernStdio, runChecks } from '../helpers/conformance.js';

const MODERN = { protocolVersion: '2026-07-28' } as const;
const STREAMS = 'http-request-stream-scoped';
const STDIO_CANCEL = 'cancellation-stdio-nothing-after-cancel';
const HTTP_CLOSE = 'cancellation-http-stream-close';

const judged = (results: { id: string; status: string; message: string }[], id: string) =>
  results.filter((r) => r.id === id).map((r) => [r.status, r.message]);

describe('2026-07-28 cancellation on the correct fixture', () => {
  it('a call cancelled with notifications/cancelled sends nothing more (stdio)', async () => {
    const results = await runChecks([STDIO_CANCEL], modernStdio(), MODERN);
    expect(judged(results, STDIO_CANCEL)).toEqual([
      ['pass', expect.stringMatching(/^countdown (was cancelled mid-run|sent \d+ message\(s\) for it that crossed)/)],
    ]);
  });

  it('closing a call’s stream cancels it, and every request stream ends with its response (HTTP)', async () => {
    const results = await runChecks([HTTP_CLOSE, STREAMS], await modernHttp(), MODERN);
    expect(judged(results, HTTP_CLOSE)).toEqual([['pass', expect.stringMatching(/countdown then ran again whole/)]]);
    expect(judged(results, STREAMS)).toEqual([
      [
        'pass',
        expect.stringMatching(/^\d+ request streams carried only their own notifications; [1-9]\d* read on ended/),
      ],
    ]);
  });
});

describe('2026-07-28 cancellation faults', () => {
  it('a server that ignores notifications/cancelled fails M-28 (stdio)', async () => {
    const results = await runChecks([STDIO_CANCEL], modernStdio({ fault: 'cancel-ignored' }), MODERN);
    expect(judged(results, STDIO_CANCEL)).toEqual([
      ['fail', expect.stringMatching(/^countdown still sent \d+ message\(s\) for request mcp-ci-cancelled-\d+ after/)],
    ]);
    expect(results[0]!.evidence).toBeDefined();
  });

  it('a server that exits when a stream is closed fails M-17 (HTTP)', async () => {
    const results = await runChecks([HTTP_CLOSE], await modernHttp({ fault: 'disconnect-crash' }), MODERN);
    expect(judged(results, HTTP_CLOSE)).toEqual([['fail', expect.stringMatching(/the server no longer answered/)]]);
  });

  it('a stream that goes on after its response gets a warning (M-15)', async () => {
    const results = await runChecks([HTTP_CLOSE, STREAMS], await modernHttp({ fault: 'stream-continues' }), MODERN);
    expect(judged(results, STREAMS)).toEqual([
      ['warn', expect.stringMatching(/carried 1 message\(s\) after its response/)],
    ]);
  });

  it('a stream still open at its request timeout after the response gets a warning (M-15)', async () => {
    const target = await modernHttp({ fault: 'stream-held-open' });
    const results = await runChecks([HTTP_CLOSE, STREAMS], target, { ...MODERN, requestTimeoutMs: 4_000 });
    expect(judged(results, STREAMS)).toEqual([
      [
        'warn',
        expect.stringMatching(/was still open at its request timeout \(4000 ms, timeout-ms\), its response sent/),
      ],
    ]);
  });

  it('progress for another request on a stream fails M-15', async () => {
    const results = await runChecks([HTTP_CLOSE, STREAMS], await modernHttp({ fault: 'progress-unrelated' }), MODERN);
    expect(judged(results, STREAMS)).toEqual([
      ['fail', expect.stringMatching(/carried progress for token "another-request", not the request's/)],
    ]);
  });
});

describe('request streams read back from the transcript', () => {
  const sse = { status: 200, headers: { 'content-type': 'text/event-stream' } };
  const entry = (e: Partial<TranscriptEntry>): TranscriptEntry =>
    ({ t: 0, conn: 'probe:x@2026-07-28', transport: 'http', dir: 'recv', ...e }) as TranscriptEntry;
  const request = { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { _meta: { progressToken: 't' } } };
  const progress = { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 't', progress: 0 } };
  const response = { jsonrpc: '2.0', id: 1, result: {} };
  const data = (...messages: object[]) => messages.map((m) => `data: ${JSON.stringify(m)}\n\n`).join('');

  it('pairs a stream with its request and its rest, and says whether it ended', () => {
    const streams = requestStreams([
      entry({ dir: 'send', raw: JSON.stringify(request), http: { method: 'POST' } }),
      entry({ raw: data(progress, response, progress), http: sse }),
      entry({ raw: data(progress), http: sse, streamTail: { requestId: 1, ended: false } }),
    ]);
    expect(streams).toEqual([
      {
        conn: 'probe:x@2026-07-28',
        request,
        untilResponse: [progress, response],
        afterResponse: [progress, progress],
        ended: false,
      },
    ]);
  });

  it('leaves out streams of other eras and streams without their response', () => {
    expect(
      requestStreams([
        entry({ conn: 'probe:x', dir: 'send', raw: JSON.stringify(request) }),
        entry({ conn: 'probe:x', raw: data(response), http: sse }),
        entry({ dir: 'send', raw: JSON.stringify(request) }),
        entry({ raw: data(progress), http: sse }),
      ]),
    ).toEqual([]);
  });

  it('relates progress by token and keeps subscription notifications off request streams', () => {
    expect(unrelatedBecause(progress, request)).toBeUndefined();
    expect(unrelatedBecause({ ...progress, params: { progressToken: 'u' } }, request)).toMatch(/not the request's "t"/);
    expect(unrelatedBecause(progress, { ...request, params: {} })).toMatch(/asked for no progress/);
    expect(unrelatedBecause({ method: 'notifications/tools/list_changed' }, request)).toMatch(/subscription/);
    expect(unrelatedBecause({ method: 'notifications/message', params: {} }, request)).toBeUndefined();
  });
});
