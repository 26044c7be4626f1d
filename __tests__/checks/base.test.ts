import { describe, expect, it } from 'vitest';
import { unmatchedResponses, type SessionView } from '../../src/checks/judge/transcript-index.js';
import { checks } from '../../src/checks/sections-2025/base.js';
import { faultyHttp, faultyStdio, runChecks, shopHttp, shopStdio } from '../helpers/conformance.js';

const ids = checks.map((check) => check.id);
/** One protocol version keeps the matrix (and the processes it spawns) small where the rule does not vary by version. */
const newest = { protocolVersion: '2025-11-25' } as const;

describe('base protocol checks', () => {
  it('pass on the shop server over stdio', async () => {
    const results = await runChecks(ids, shopStdio(), newest);
    expect(results.map((r) => [r.id, r.status, r.message])).toEqual(ids.map((id) => [id, 'pass', expect.any(String)]));
  });

  it('pass on the shop server over Streamable HTTP', async () => {
    const results = await runChecks(ids, await shopHttp(), newest);
    expect(results.map((r) => [r.id, r.status, r.message])).toEqual(ids.map((id) => [id, 'pass', expect.any(String)]));
  });

  // [check, fault, expected status, message pattern]; passive checks run beside the active check that feeds them.
  it.each([
    ['base-jsonrpc-envelope', 'tools-list-jsonrpc-1.0', 'fail', /jsonrpc "1\.0" instead of "2\.0"/],
    ['base-error-object', 'error-code-string', 'fail', /error code "-32601" is not an integer/],
    ['base-response-id-echo', 'string-id-as-number', 'fail', /id "1" \(a string of digits\) was answered with id 1/],
    ['base-response-id-echo', 'non-ascii-id-mangled', 'fail', /non-ASCII UTF-8\) was answered with id "mcp-ci-hÃ/],
    ['base-parse-error', 'parse-error-crash', 'fail', /stopped serving after a line of malformed JSON/],
    ['base-parse-error', 'parse-error-silent', 'warn', /no -32700 reply .*official SDKs/],
    ['base-parse-error', 'parse-error-guessed-id', 'fail', /answered -32700 with id 0/],
    [
      'base-invalid-request',
      'invalid-request-crash',
      'fail',
      /stopped serving after a request with a method that is not a string/,
    ],
    ['base-invalid-request', 'invalid-request-internal-error', 'warn', /got .*-32603.* instead of -32600/],
    ['base-unknown-method', 'unknown-method-internal-error', 'fail', /with error -32603, not -32601/],
    ['base-notification-not-answered', 'notification-answered', 'fail', /answered an unknown notification/],
    ['base-server-request-ids', 'server-request-id-reused', 'fail', /ping request reuses id "srv-1"/],
    ['base-server-request-ids', 'server-request-null-id', 'fail', /ping request has id null/],
    [
      'base-notification-without-id',
      'notification-with-id',
      'fail',
      /notifications\/tools\/list_changed carries id 99/,
    ],
    ['base-meta-keys', 'meta-key-invalid', 'fail', /_meta key "not a valid key!" at result\._meta/],
  ])('%s reports fault %s as %s', async (id, fault, status, message) => {
    const feeders = id === 'base-error-object' ? ['base-unknown-method'] : [];
    const results = await runChecks([id, ...feeders], faultyStdio(fault), newest);
    const result = results.find((r) => r.id === id)!;
    expect(result.status).toBe(status);
    expect(result.message).toMatch(message);
    expect(result.evidence).toBeDefined();
  });

  // The fault answers an unreadable line with id 0. Whether the probe channel that carried the line had used id 0
  // before (a ping, answered) depended on the run; either way the answer answers no request.
  it('base-jsonrpc-envelope fails an answer with an id whose request was answered already, whatever ran before', async () => {
    const results = await runChecks(
      ['base-jsonrpc-envelope', 'base-parse-error'],
      faultyStdio('parse-error-guessed-id'),
      newest,
    );
    expect(results[0]!.status).toBe('fail');
    expect(results[0]!.message).toMatch(/(a second response to id 0|response carries id 0, which no request used)/);
  });

  // The fault answers the handshake's notifications/initialized only as it reads the next line: the check's
  // malformed frame, on a channel whose handshake just ended. That answer is not the frame's.
  it('base-parse-error does not take an answer to an earlier message for the answer to its frame', async () => {
    const results = await runChecks(
      ['base-parse-error', 'base-jsonrpc-envelope'],
      faultyStdio('initialized-answered-late'),
      newest,
    );
    const byId = new Map(results.map((r) => [r.id, [r.status, r.message]]));
    expect(byId.get('base-parse-error')).toEqual(['pass', 'answered -32700 and kept serving']);
    expect(byId.get('base-jsonrpc-envelope')).toEqual([
      'fail',
      expect.stringMatching(/^result response has id undefined/),
    ]);
  });

  it('base-jsonrpc-envelope sees over HTTP a frame the SDK client drops before any hook', async () => {
    const results = await runChecks(['base-jsonrpc-envelope'], await faultyHttp('tools-list-jsonrpc-1.0'), {
      ...newest,
      requestTimeoutMs: 1_000,
    });
    expect(results[0]!.status).toBe('fail');
    expect(results[0]!.message).toMatch(/jsonrpc "1\.0" instead of "2\.0"/);
  });

  it('base-parse-error warns on a server silent about malformed JSON over HTTP, as over stdio', async () => {
    const [result] = await runChecks(['base-parse-error'], await faultyHttp('parse-error-silent'), newest);
    expect([result!.status, result!.message]).toEqual([
      'warn',
      expect.stringMatching(
        /^no -32700 reply to malformed JSON \(HTTP 400\), though the server kept serving; .*official SDKs/,
      ),
    ]);
  });

  it('base-parse-error fails a server that dies on malformed JSON over HTTP', async () => {
    const [result] = await runChecks(['base-parse-error'], await faultyHttp('parse-error-crash'), newest);
    expect(result!.status).toBe('fail');
    expect(result!.message).toMatch(/stopped serving/);
  });

  it('base-meta-keys accepts reserved keys the specification defines and warns on others', async () => {
    const { metaKeyProblem } = await import('../../src/checks/sections-2025/base.js');
    expect(metaKeyProblem('io.modelcontextprotocol/related-task', '2025-11-25')).toBeUndefined();
    expect(metaKeyProblem('com.example/trace-id', '2025-11-25')).toBeUndefined();
    expect(metaKeyProblem('com.example.mcp/x', '2025-11-25')).toBeUndefined();
    expect(metaKeyProblem('progressToken', '2025-11-25')).toBeUndefined();
    expect(metaKeyProblem('com.example/', '2025-11-25')).toBeUndefined();
    expect(metaKeyProblem('dev.mcp/anything', '2025-11-25')?.kind).toBe('reserved');
    expect(metaKeyProblem('tools.mcp.com/x', '2025-06-18')?.kind).toBe('reserved');
    expect(metaKeyProblem('tools.mcp.com/x', '2025-11-25')?.kind).toBe('reserved');
    expect(metaKeyProblem('api.example.mcp/x', '2025-11-25')).toBeUndefined();
    expect(metaKeyProblem('1com.example/x', '2025-11-25')?.kind).toBe('grammar');
    expect(metaKeyProblem('com.example/-x', '2025-11-25')?.kind).toBe('grammar');
    expect(metaKeyProblem('com.example/a/b', '2025-11-25')?.kind).toBe('grammar');
  });
});

describe('which responses answer no request', () => {
  const session = (transport: SessionView['transport'], messages: [dir: 'send' | 'recv', message: object][]) => {
    const view: SessionView = { id: 's', label: 's', transport, sent: [], received: [], nonJson: [] };
    messages.forEach(([dir, message], index) =>
      (dir === 'send' ? view.sent : view.received).push({ index, message: message as Record<string, unknown> }),
    );
    return view;
  };
  const ping = (id: unknown) => ({ jsonrpc: '2.0', id, method: 'ping' });
  const answer = (id: unknown, result: object = {}) => ({ jsonrpc: '2.0', id, result });

  it('counts answers per id: a second answer to an answered request is unmatched, an id sent twice is not', () => {
    const stdio = session('stdio', [
      ['send', ping(0)],
      ['recv', answer(0)],
      ['recv', answer(0)],
      ['send', ping(7)],
      ['send', ping(7)],
      ['recv', answer(7)],
      ['recv', answer(7)],
      ['recv', answer(9)],
    ]);
    expect([...unmatchedResponses(stdio)]).toEqual([
      [2, 'a second response to id 0, whose request was answered already'],
      [7, 'response carries id 9, which no request used'],
    ]);
  });

  it('over HTTP takes the identical response again for a redelivery (a resumed SSE stream), not another one', () => {
    const http = session('http', [
      ['send', ping(1)],
      ['recv', answer(1)],
      ['recv', answer(1)],
      ['recv', answer(1, { other: true })],
    ]);
    expect([...unmatchedResponses(http)]).toEqual([
      [3, 'a second response to id 1, whose request was answered already'],
    ]);
  });
});
