/**
 * httpFetch keeps fetch's contract for what mcp-ci sends: each case runs against the global fetch too, on the
 * same loopback servers, so a difference between the two is a failure here rather than a changed verdict.
 */
import { getEventListeners, once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { httpFetch } from '../../src/wire/http-fetch.js';
import { unreachableReason } from '../../src/wire/types.js';
import { warningsDuring } from '../helpers/warnings.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

let seen: Seen[] = [];
let main: Server;
let other: Server;
let mainUrl: string;
let otherUrl: string;

function handler(req: IncomingMessage, res: ServerResponse, peer: () => string): void {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', () => {
    seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
    const path = req.url!;
    if (path === '/json') {
      res.writeHead(200, { 'content-type': 'application/json', 'x-twice': ['a', 'b'] });
      res.end(JSON.stringify({ echo: body }));
    } else if (path === '/empty') {
      res.writeHead(204).end();
    } else if (path.startsWith('/redirect/')) {
      const [, , status, where] = path.split('/');
      res.writeHead(Number(status), { location: where === 'other' ? `${peer()}/json` : '/json' }).end();
    } else if (path === '/loop') {
      res.writeHead(307, { location: '/loop' }).end();
    } else if (path === '/stream') {
      // One event at once, the next only when the client asks for it: the first must be readable before the end.
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: first\n\n');
      req.socket.once('close', () => res.end());
    } else if (path === '/hang') {
      // Never answers.
    } else {
      res.writeHead(404).end();
    }
  });
}

beforeAll(async () => {
  main = createServer((req, res) => handler(req, res, () => otherUrl));
  other = createServer((req, res) => handler(req, res, () => mainUrl));
  for (const server of [main, other]) {
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
  }
  mainUrl = `http://127.0.0.1:${(main.address() as AddressInfo).port}`;
  otherUrl = `http://localhost:${(other.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const server of [main, other]) {
    server.closeAllConnections();
    server.close();
  }
});

const implementations = [
  ['httpFetch', httpFetch],
  ['the global fetch', fetch],
] as const;

describe.each(implementations)('%s', (_name, fetchImpl) => {
  it('sends the method, the headers and a string body, and reads a JSON answer with its headers', async () => {
    seen = [];
    const response = await fetchImpl(`${mainUrl}/json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'mcp-session-id': 's-1' },
      body: '{"a":1}',
    });
    expect(response.status).toBe(200);
    expect(response.ok).toBe(true);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('x-twice')).toBe('a, b');
    await expect(response.json()).resolves.toEqual({ echo: '{"a":1}' });
    expect(seen[0]).toMatchObject({
      method: 'POST',
      body: '{"a":1}',
      headers: { 'content-type': 'application/json', 'mcp-session-id': 's-1', 'content-length': '7', accept: '*/*' },
    });
  });

  it('adds the headers fetch adds when none is given', async () => {
    seen = [];
    await (await fetchImpl(`${mainUrl}/json`, { method: 'POST', body: 'x' })).text();
    await (await fetchImpl(`${mainUrl}/json`, { method: 'POST' })).text();
    expect(seen[0]!.headers).toMatchObject({ 'content-type': 'text/plain;charset=UTF-8', 'user-agent': 'node' });
    expect(seen[1]!.headers['content-length']).toBe('0');
    expect(seen[1]!.headers['transfer-encoding']).toBeUndefined();
  });

  it('gives a 204 answer no body', async () => {
    const response = await fetchImpl(`${mainUrl}/empty`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(response.body).toBeNull();
  });

  it('streams a body as it arrives, and a cancelled body ends the exchange', async () => {
    const response = await fetchImpl(`${mainUrl}/stream`, { headers: { accept: 'text/event-stream' } });
    const reader = response.body!.getReader();
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toBe('data: first\n\n');
    await reader.cancel();
  });

  it.each([
    [307, 'POST', '{"a":1}'],
    [308, 'POST', '{"a":1}'],
    [303, 'GET', ''],
    [302, 'GET', ''],
    [301, 'GET', ''],
  ])('follows a %i to the same origin as fetch does', async (status, method, body) => {
    seen = [];
    const response = await fetchImpl(`${mainUrl}/redirect/${status}/same`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
      body: '{"a":1}',
    });
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toEqual({ echo: body });
    expect(seen[1]).toMatchObject({ method, url: '/json', headers: { authorization: 'Bearer t' } });
    if (method === 'GET') expect(seen[1]!.headers['content-type']).toBeUndefined();
  });

  it("answers with the redirect itself under redirect: 'manual', and fails under 'error'", async () => {
    seen = [];
    const response = await fetchImpl(`${mainUrl}/redirect/307/same`, { method: 'POST', body: 'x', redirect: 'manual' });
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('/json');
    expect(seen).toHaveLength(1);
    await expect(fetchImpl(`${mainUrl}/redirect/307/same`, { redirect: 'error' })).rejects.toThrow('fetch failed');
  });

  it('does not send credentials on to another origin', async () => {
    seen = [];
    const response = await fetchImpl(`${mainUrl}/redirect/307/other`, {
      method: 'POST',
      headers: { authorization: 'Bearer t', 'mcp-session-id': 's-1' },
      body: 'x',
    });
    await response.text();
    expect(seen[1]!.headers.authorization).toBeUndefined();
    expect(seen[1]!.headers['mcp-session-id']).toBe('s-1');
  });

  it('fails with "fetch failed" on a redirect loop and where nothing listens', async () => {
    await expect(fetchImpl(`${mainUrl}/loop`)).rejects.toThrow(expect.objectContaining({ message: 'fetch failed' }));
    const closed = createServer();
    closed.listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    closed.close();
    await once(closed, 'close');
    const error: unknown = await fetchImpl(`http://127.0.0.1:${port}/`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe('fetch failed');
    expect(((error as TypeError).cause as { code?: string }).code).toBe('ECONNREFUSED');
    // How the engine tells a server that went away from any other failure, also once wrapped by a probe.
    expect(unreachableReason(error)).toBe('ECONNREFUSED');
    expect(unreachableReason(new Error(`POST http://127.0.0.1:${port}/: fetch failed`, { cause: error }))).toBe(
      'ECONNREFUSED',
    );
    const loop: unknown = await fetchImpl(`${mainUrl}/loop`).catch((e: unknown) => e);
    expect(unreachableReason(loop)).toBeUndefined();
  });

  it('rejects with the signal reason when aborted before the answer, and errors the body when aborted after', async () => {
    const waiting = new AbortController();
    const hung = fetchImpl(`${mainUrl}/hang`, { signal: waiting.signal });
    waiting.abort(new Error('gave up'));
    await expect(hung).rejects.toThrow('gave up');
    await expect(fetchImpl(`${mainUrl}/json`, { signal: AbortSignal.abort(new Error('before')) })).rejects.toThrow(
      'before',
    );

    const reading = new AbortController();
    const response = await fetchImpl(`${mainUrl}/stream`, { signal: reading.signal });
    const reader = response.body!.getReader();
    await reader.read();
    reading.abort(new Error('stop reading'));
    await expect(reader.read()).rejects.toThrow('stop reading');
  });
});

describe('httpFetch', () => {
  it('leaves no abort listener behind on a signal shared by many requests', async () => {
    const shared = new AbortController();
    for (let i = 0; i < 20; i++) await (await httpFetch(`${mainUrl}/json`, { signal: shared.signal })).text();
    const response = await httpFetch(`${mainUrl}/stream`, { signal: shared.signal });
    await response.body!.cancel();
    // The body's close is an event of its own, run after the cancel returns.
    await vi.waitFor(() => expect(getEventListeners(shared.signal, 'abort')).toHaveLength(0), { timeout: 2_000 });
  });

  it('holds more than ten open streams on one signal without a leak warning on the console', async () => {
    const shared = new AbortController();
    const { warnings } = await warningsDuring(async () => {
      const streams = await Promise.all(
        Array.from({ length: 12 }, () => httpFetch(`${mainUrl}/stream`, { signal: shared.signal })),
      );
      expect(getEventListeners(shared.signal, 'abort')).toHaveLength(12);
      await Promise.all(streams.map((response) => response.body!.cancel()));
    });
    expect(warnings).toEqual([]);
  });
});
