/**
 * SSE resumption on mcp-ci's own HTTP sessions. A POST stream that ended before its response is resumed with
 * Last-Event-ID (a 2025-11-25 server may close streams early and expect the client to poll). A stream that ended
 * with its response, a JSON-RPC error included, is finished: resuming it would make the server replay events on
 * the shared session at a moment set by a timer, so verdicts on that session would change from run to run.
 * (SDK 1.32.2 resumed streams that ended with an error response; patches/ carries the upstream fix.)
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { bootTarget, type BootedServer } from '../../src/target/boot.js';
import { Transcript } from '../../src/wire/transcript.js';
import { testConfig } from '../helpers/config.js';

/** How long a resumption would take at most: the streams ask for `retry: 0`. */
const RESUME_WINDOW_MS = 300;

interface PollingServer {
  url: string;
  /** Last-Event-ID of every GET that resumed a stream. */
  resumes: string[];
  close(): Promise<void>;
}

/**
 * A minimal Streamable HTTP server: every POST request is answered on an SSE stream that opens with a priming
 * event (`id`, `retry: 0`). `mcp-ci/poll` is the exception: its stream closes after the priming event, and the
 * response comes on the GET that resumes it.
 */
async function startPollingServer(): Promise<PollingServer> {
  const resumes: string[] = [];
  const held = new Map<string, Record<string, unknown>>();
  let nextEvent = 1;
  const event = (res: ServerResponse, data: string) => res.write(`id: e${nextEvent++}\nretry: 0\ndata: ${data}\n\n`);
  const answer = (request: Record<string, unknown>): Record<string, unknown> => {
    const base = { jsonrpc: '2.0', id: request.id };
    if (request.method === 'initialize') {
      const params = request.params as { protocolVersion: string };
      return {
        ...base,
        result: {
          protocolVersion: params.protocolVersion,
          capabilities: {},
          serverInfo: { name: 'poll', version: '1' },
        },
      };
    }
    if (request.method === 'ping' || request.method === 'mcp-ci/poll') return { ...base, result: {} };
    return { ...base, error: { code: -32601, message: 'Method not found' } };
  };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const headers = { 'content-type': 'text/event-stream', 'mcp-session-id': 'session-1' };
    if (req.method === 'GET') {
      const lastEventId = req.headers['last-event-id'];
      if (typeof lastEventId !== 'string') return void res.writeHead(405).end();
      resumes.push(lastEventId);
      res.writeHead(200, headers);
      const response = held.get(lastEventId);
      if (response) event(res, JSON.stringify(response));
      return void res.end();
    }
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      const message = JSON.parse(body) as Record<string, unknown>;
      if (message.id === undefined) return void res.writeHead(202).end();
      res.writeHead(200, headers);
      const priming = `e${nextEvent}`;
      event(res, '');
      if (message.method === 'mcp-ci/poll') held.set(priming, answer(message));
      else event(res, JSON.stringify(answer(message)));
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/mcp`,
    resumes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let server: PollingServer | undefined;
let target: BootedServer | undefined;
afterEach(async () => {
  await target?.close();
  await server?.close();
  target = server = undefined;
});

async function bootAgainst(polling: PollingServer): Promise<BootedServer> {
  const config = testConfig({ transport: 'http', url: polling.url, headers: {} }, { conformance: false });
  return bootTarget(config, new Transcript(), () => {});
}

describe('SSE resumption on mcp-ci sessions', () => {
  it('resumes a stream the server closed before the response, and gets the response', async () => {
    server = await startPollingServer();
    target = await bootAgainst(server);
    const outcome = await target.main.request('mcp-ci/poll', undefined, { timeoutMs: 2_000 });
    expect(outcome).toEqual({ ok: true, result: {} });
    expect(server.resumes).toHaveLength(1);
  });

  it('does not resume a stream that ended with an error response', async () => {
    server = await startPollingServer();
    target = await bootAgainst(server);
    const outcome = await target.main.request('mcp-ci/unknown');
    expect(outcome.ok).toBe(false);
    expect(await target.main.request('ping')).toEqual({ ok: true, result: {} });
    await new Promise((resolve) => setTimeout(resolve, RESUME_WINDOW_MS));
    expect(server.resumes).toEqual([]);
  });
});
