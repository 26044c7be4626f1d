import { request } from 'node:http';
import { createParser } from 'eventsource-parser';
import type { EventSourceMessage } from 'eventsource-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectHttp, SHOP_SERVER, startHttpServer } from './launch.js';
import type { HttpServerProcess } from './launch.js';

interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One raw HTTP exchange. node:http rather than fetch because fetch will not send a Host header of our choosing.
 * `headOnly` returns once the status and headers arrived and drops the connection (an SSE stream never ends).
 */
function send(
  url: string,
  init: { method: string; headers?: Record<string, string>; body?: string; headOnly?: boolean },
): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method, headers: init.headers, timeout: 5_000 }, (res) => {
      let body = '';
      const answer = () => ({ status: res.statusCode ?? 0, headers: res.headers, body });
      if (init.headOnly) {
        resolve(answer());
        res.destroy();
        return;
      }
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve(answer()));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer from ${init.method} ${url} within 5 s`)));
    req.on('error', reject);
    req.end(init.body);
  });
}

const POST_HEADERS = { 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
const INITIALIZE = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '0' } },
});
const PING = JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'ping' });

/**
 * Reads SSE events from a fetch response until `until` accepts one (or 5 s pass), then drops the connection,
 * as a client whose network fails mid-stream would.
 */
async function readEvents(response: Response, until: (event: EventSourceMessage) => boolean) {
  const events: EventSourceMessage[] = [];
  let done = false;
  const parser = createParser({
    onEvent: (event) => {
      events.push(event);
      if (until(event)) done = true;
    },
  });
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  const deadline = setTimeout(() => void reader.cancel(), 5_000);
  try {
    while (!done) {
      const chunk = await reader.read();
      if (chunk.done) break;
      parser.feed(decoder.decode(chunk.value, { stream: true }));
    }
  } finally {
    clearTimeout(deadline);
    await reader.cancel();
  }
  return events;
}

describe('shop server over Streamable HTTP', () => {
  let server: HttpServerProcess;

  /** A raw session: initialize + initialized, as a client without the SDK would do it. */
  async function openSession(): Promise<Record<string, string>> {
    const init = await send(server.url, { method: 'POST', headers: POST_HEADERS, body: INITIALIZE });
    expect(init.status).toBe(200);
    const sessionId = init.headers['mcp-session-id'];
    expect(typeof sessionId).toBe('string');
    const headers = { ...POST_HEADERS, 'mcp-session-id': String(sessionId), 'mcp-protocol-version': '2025-11-25' };
    const initialized = JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' });
    const accepted = await send(server.url, { method: 'POST', headers, body: initialized });
    expect([accepted.status, accepted.body]).toEqual([202, '']);
    return headers;
  }

  beforeAll(async () => {
    server = await startHttpServer(SHOP_SERVER);
  });
  afterAll(async () => {
    // SIGTERM closes cleanly: exit code 0, and stdout never carried anything.
    expect(await server.stop()).toEqual({ code: 0, signal: null });
    expect(server.stdout()).toBe('');
    expect(server.stderr().trim().split('\n')).toEqual([`listening on ${server.url}`]);
  });

  it('serves the SDK client: lists, the order flow and progress', async () => {
    const { client, transport } = await connectHttp(server.url);
    try {
      expect(transport.sessionId).toMatch(/^[\x21-\x7e]+$/);
      expect((await client.listTools()).tools).toHaveLength(8);
      expect((await client.listResources()).resources.length).toBeGreaterThanOrEqual(3);
      expect((await client.listPrompts()).prompts).toHaveLength(2);

      const inventory = async () =>
        (
          (await client.callTool({ name: 'check_inventory', arguments: { sku: 'sku-pear' } })).structuredContent as {
            stock: number;
          }
        ).stock;
      const before = await inventory();
      const order = await client.callTool({ name: 'create_order', arguments: { sku: 'sku-pear', quantity: 2 } });
      const orderId = /^(order-\d+):/.exec((order.content as { text: string }[])[0]?.text ?? '')?.[1];
      const paid = await client.callTool({ name: 'pay_order', arguments: { orderId } });
      expect(paid.isError).toBeFalsy();
      expect(await inventory()).toBe(before - 2);
      const outOfStock = await client.callTool({ name: 'create_order', arguments: { sku: 'sku-pear', quantity: 5 } });
      expect(outOfStock.isError).toBe(true);

      const progress: number[] = [];
      await client.callTool({ name: 'slow_count', arguments: { steps: 3, delayMs: 5 } }, undefined, {
        onprogress: (p) => progress.push(p.progress),
      });
      expect(progress.length).toBeGreaterThan(0);
      expect(progress).toEqual([1, 2, 3].slice(0, progress.length));
    } finally {
      await client.close();
    }
  });

  it('keeps one shop per session', async () => {
    const first = await connectHttp(server.url);
    const second = await connectHttp(server.url);
    try {
      await first.client.callTool({ name: 'create_order', arguments: { sku: 'sku-apple', quantity: 3 } });
      const other = await second.client.callTool({ name: 'check_inventory', arguments: { sku: 'sku-apple' } });
      expect(other.structuredContent).toMatchObject({ stock: 10 });
    } finally {
      await Promise.all([first.client.close(), second.client.close()]);
    }
  });

  it('answers 404 for an unknown session, 400 without a session, and 404 after DELETE', async () => {
    const unknown = await send(server.url, {
      method: 'POST',
      headers: { ...POST_HEADERS, 'mcp-session-id': 'never-issued' },
      body: PING,
    });
    expect(unknown.status).toBe(404);
    const missing = await send(server.url, { method: 'POST', headers: POST_HEADERS, body: PING });
    expect(missing.status).toBe(400);

    const headers = await openSession();
    expect((await send(server.url, { method: 'POST', headers, body: PING })).status).toBe(200);
    expect((await send(server.url, { method: 'DELETE', headers })).status).toBe(200);
    expect((await send(server.url, { method: 'POST', headers, body: PING })).status).toBe(404);
  });

  it('opens an SSE stream on GET', async () => {
    const headers = await openSession();
    const stream = await send(server.url, {
      method: 'GET',
      headers: { accept: 'text/event-stream', 'mcp-session-id': headers['mcp-session-id'] ?? '' },
      headOnly: true,
    });
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toBe('text/event-stream');
  });

  it('refuses a foreign Origin or Host with 403 and accepts its own origin', async () => {
    const headers = await openSession();
    const foreignOrigin = await send(server.url, {
      method: 'POST',
      headers: { ...headers, origin: 'https://evil.example' },
      body: PING,
    });
    expect(foreignOrigin.status).toBe(403);
    // HTTP-03: the body may be a JSON-RPC error without an id.
    expect(JSON.parse(foreignOrigin.body)).not.toHaveProperty('id');
    const foreignInitialize = await send(server.url, {
      method: 'POST',
      headers: { ...POST_HEADERS, origin: 'https://evil.example' },
      body: INITIALIZE,
    });
    expect(foreignInitialize.status).toBe(403);
    const foreignHost = await send(server.url, {
      method: 'POST',
      headers: { ...headers, host: 'evil.example' },
      body: PING,
    });
    expect(foreignHost.status).toBe(403);
    const ownOrigin = await send(server.url, {
      method: 'POST',
      headers: { ...headers, origin: `http://127.0.0.1:${server.port}` },
      body: PING,
    });
    expect(ownOrigin.status).toBe(200);
  });

  it('refuses an invalid MCP-Protocol-Version and answers malformed JSON with -32700', async () => {
    const headers = await openSession();
    for (const version of ['1900-01-01', 'not-a-version']) {
      const answer = await send(server.url, {
        method: 'POST',
        headers: { ...headers, 'mcp-protocol-version': version },
        body: PING,
      });
      expect(answer.status).toBe(400);
    }
    const malformed = await send(server.url, { method: 'POST', headers, body: '{"jsonrpc":"2.0","id":1,' });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body)).toMatchObject({ error: { code: -32700 } });
    const notAMessage = await send(server.url, {
      method: 'POST',
      headers,
      body: '{"jsonrpc":"2.0","id":7,"method":42}',
    });
    expect(notAMessage.status).toBe(400);
    expect(JSON.parse(notAMessage.body)).toEqual({
      jsonrpc: '2.0',
      id: 7,
      error: expect.objectContaining({ code: -32600 }),
    });
  });

  it('primes each POST stream with an event id and lets a dropped stream resume with Last-Event-ID', async () => {
    const headers = await openSession();
    const call = JSON.stringify({
      jsonrpc: '2.0',
      id: 'count',
      method: 'tools/call',
      params: { name: 'slow_count', arguments: { steps: 3, delayMs: 100 }, _meta: { progressToken: 'pt' } },
    });
    const stream = await fetch(server.url, { method: 'POST', headers, body: call });
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    const before = await readEvents(stream, (event) => event.data.includes('notifications/progress'));
    // HTTP-17: the first event has an id and empty data.
    expect(before[0]).toMatchObject({ data: '', id: expect.any(String) });
    const lastEventId = before.at(-1)?.id ?? '';

    // The server may not have noticed the dropped connection yet and answers 409 until it has; a client
    // waits and tries again, as after an SSE `retry` delay.
    const resume = () =>
      fetch(server.url, {
        headers: {
          accept: 'text/event-stream',
          'mcp-session-id': headers['mcp-session-id'] ?? '',
          'mcp-protocol-version': '2025-11-25',
          'last-event-id': lastEventId,
        },
      });
    let resumed = await resume();
    for (let attempt = 0; resumed.status === 409 && attempt < 40; attempt++) {
      await resumed.body?.cancel();
      await new Promise((resolve) => setTimeout(resolve, 50));
      resumed = await resume();
    }
    expect(resumed.status).toBe(200);
    const after = await readEvents(resumed, (event) => event.data.includes('"id":"count"'));
    const messagesOf = (events: EventSourceMessage[]) =>
      events.filter((event) => event.data !== '').map((event) => JSON.parse(event.data) as Record<string, unknown>);
    const progressOf = (messages: Record<string, unknown>[]) =>
      messages
        .filter((m) => m.method === 'notifications/progress')
        .map((m) => (m.params as { progress: number }).progress);
    const seenBefore = progressOf(messagesOf(before));
    // The stream was cut after some progress and before the end, so the resume has something to carry.
    expect(seenBefore.length).toBeGreaterThan(0);
    expect(seenBefore).not.toContain(3);
    const messages = messagesOf(after);
    // Nothing is lost and nothing is sent twice: the resumed stream carries exactly the rest.
    expect(progressOf(messages)).toEqual([1, 2, 3].filter((n) => !seenBefore.includes(n)));
    expect(messages.at(-1)).toMatchObject({ id: 'count', result: { content: [{ text: 'Counted to 3.' }] } });
    const ids = [...before, ...after].map((event) => event.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
