/**
 * The Streamable HTTP checks: every one passes (or skips for a stated reason) on the correct shop server, and
 * fails or warns on the fixture with the fault that breaks its rule.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/sections-2025/http.js';
import { faultyHttp, runChecks, shopHttp } from '../helpers/conformance.js';

const ALL = checks.map((c) => c.id);

describe('Streamable HTTP checks on the correct shop server', () => {
  it('pass, or skip where the shop gives them nothing to judge', async () => {
    const results = await runChecks(ALL, await shopHttp());
    const skipped = results.filter((r) => r.status === 'skip').map((r) => `${r.id}: ${r.message}`);
    expect(skipped).toEqual([
      'http-authentication-off-loopback: the endpoint is on loopback, where other checks (Origin, Host, binding) cover access',
      'http-sse-retry-before-close: the server kept the connection open until the response, so it never needs a retry field',
    ]);
    expect(results.filter((r) => r.status === 'fail' || r.status === 'warn')).toEqual([]);
    // Version-bound checks ran under the versions they are written for.
    expect(results.find((r) => r.id === 'http-batch-2025-03-26')?.protocolVersion).toBe('2025-03-26');
    expect(results.filter((r) => r.id === 'http-sse-response-delivered').map((r) => r.protocolVersion)).toEqual([
      '2025-11-25',
      '2025-06-18',
      '2025-03-26',
    ]);
  });
});

/**
 * [check, fault, expected status, checks run alongside]: MUST checks fail, SHOULD / MAY / heuristic checks warn.
 * A passive check needs active probes in the same run to have traffic to judge.
 */
const broken: [string, string, 'fail' | 'warn', string[]?][] = [
  ['http-notification-accepted-202', 'http-notification-200', 'fail'],
  ['http-unaccepted-notification-error-status', 'http-unaccepted-notification-200', 'fail'],
  ['http-request-content-type', 'http-request-text-plain', 'fail'],
  ['http-get-sse-or-405', 'http-get-404', 'fail'],
  ['http-session-id-visible-ascii', 'http-session-id-with-space', 'fail'],
  ['http-session-ids-unique-and-random', 'http-session-ids-short', 'warn'],
  ['http-session-ids-unpredictable', 'http-session-ids-sequential', 'warn'],
  ['http-missing-session-id-400', 'http-missing-session-404', 'warn'],
  ['http-unknown-session-id-404', 'http-unknown-session-400', 'fail'],
  ['http-delete-session', 'http-delete-500', 'warn'],
  ['http-terminated-session-404', 'http-delete-ignored', 'fail'],
  ['http-protocol-version-header-invalid-400', 'http-protocol-version-unchecked', 'fail'],
  ['http-protocol-version-header-missing-accepted', 'http-protocol-version-required', 'warn'],
  ['http-foreign-origin-rejected', 'http-origin-unchecked', 'fail'],
  ['http-foreign-origin-403', 'http-origin-400', 'fail'],
  ['http-foreign-host-rejected', 'http-host-unchecked', 'warn'],
  ['http-binds-loopback', 'http-listen-all-interfaces', 'warn'],
  ['http-sse-stream-ends-after-response', 'http-sse-held-open', 'warn'],
  ['http-sse-response-delivered', 'http-sse-closed-before-response', 'warn'],
  ['http-sse-priming-event', 'http-sse-no-priming', 'warn'],
  ['http-sse-retry-before-close', 'http-sse-poll-without-retry', 'warn'],
  ['http-sse-event-ids-unique', 'http-sse-duplicate-event-ids', 'fail', ['http-sse-priming-event']],
  ['http-resume-replays-own-stream', 'resume-replays-other-streams', 'fail'],
  ['http-batch-2025-03-26', 'http-batch-rejected', 'fail'],
];

describe.concurrent('Streamable HTTP checks on broken servers', () => {
  it.each(broken)('%s is broken by fault %s', async (id, fault, expected, alongside = []) => {
    const results = (await runChecks([id, ...alongside], await faultyHttp(fault))).filter((r) => r.id === id);
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.status, `${result.protocolVersion}: ${result.message}`).toBe(expected);
      expect(result.evidence).toBeDefined();
    }
  });
});

describe('SSE polling (2025-11-25)', () => {
  it('a stream closed before the response is fine from 2025-11-25 when resuming delivers it, not before', async () => {
    const results = await runChecks(['http-sse-response-delivered'], await faultyHttp('http-sse-poll-without-retry'));
    expect(results.map((r) => [r.protocolVersion, r.status, r.message])).toEqual([
      ['2025-11-25', 'pass', 'delivered after the client resumed with Last-Event-ID'],
      ['2025-06-18', 'warn', 'closed the SSE stream of a ping before sending the response'],
      ['2025-03-26', 'warn', 'closed the SSE stream of a ping before sending the response'],
    ]);
  });
});

/** The SDK's stateless pattern: a fresh server and transport per POST, JSON answers, no sessions, GET refused. */
describe('Streamable HTTP checks on a stateless server that answers JSON', () => {
  let http: Server;
  let url: string;
  beforeAll(async () => {
    http = createServer((req, res) => {
      if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
      const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
      const server = new McpServer({ name: 'stateless', version: '1.0.0' });
      res.on('close', () => void server.close());
      void server.connect(transport).then(() => transport.handleRequest(req, res));
    });
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`;
  });
  afterAll(async () => {
    http.closeAllConnections();
    await new Promise((resolve) => http.close(resolve));
  });

  it('skip every session and SSE rule with the reason, and pass the rest that apply', async () => {
    const results = await runChecks(ALL, { transport: 'http', url, headers: {} });
    const byId = (id: string) => results.filter((r) => r.id === id);
    for (const id of [
      'http-session-id-visible-ascii',
      'http-session-ids-unique-and-random',
      'http-session-ids-unpredictable',
      'http-missing-session-id-400',
      'http-unknown-session-id-404',
      'http-delete-session',
      'http-terminated-session-404',
    ]) {
      expect(byId(id).map((r) => r.message)).toEqual([expect.stringMatching(/issued no Mcp-Session-Id/)]);
    }
    for (const id of ['http-sse-stream-ends-after-response', 'http-sse-priming-event', 'http-sse-retry-before-close']) {
      expect(byId(id).map((r) => r.message)).toEqual([
        expect.stringMatching(/answered the ping with application\/json/),
      ]);
    }
    for (const id of [
      'http-notification-accepted-202',
      'http-unaccepted-notification-error-status',
      'http-request-content-type',
      'http-get-sse-or-405',
      'http-protocol-version-header-invalid-400',
      'http-protocol-version-header-missing-accepted',
      'http-batch-2025-03-26',
    ]) {
      expect(byId(id).map((r) => `${r.status}: ${r.message}`)).toEqual([expect.stringMatching(/^pass/)]);
    }
  });
});
