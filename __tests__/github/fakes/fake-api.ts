/**
 * A programmable HTTP server on 127.0.0.1 (ephemeral port) for the GitHub REST API and the artifact service: each
 * test registers the routes it needs and reads back every request. Unknown routes answer 404, as GitHub does.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingMessage['headers'];
  /** Parsed JSON when the body is JSON, else undefined; the raw bytes are in `raw`. */
  body: unknown;
  raw: Buffer;
}

export interface FakeResponse {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (request: FakeRequest, match: RegExpExecArray) => FakeResponse | Promise<FakeResponse>;

export interface FakeApi {
  url: string;
  requests: FakeRequest[];
  on(method: string, path: RegExp, handler: Handler): void;
  /** `METHOD /path` of every request, in order. */
  calls(): string[];
  /** Forgets every route and request, for a server shared by the tests of one file. */
  reset(): void;
  close(): Promise<void>;
}

export const NOT_ACCESSIBLE = { message: 'Resource not accessible by integration', status: '403' };

export async function startFakeApi(): Promise<FakeApi> {
  const routes: { method: string; path: RegExp; handler: Handler }[] = [];
  const requests: FakeRequest[] = [];

  const server = createServer((incoming: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
      const raw = Buffer.concat(chunks);
      let body: unknown;
      try {
        body = raw.length > 0 ? (JSON.parse(raw.toString('utf8')) as unknown) : undefined;
      } catch {
        body = undefined;
      }
      const request: FakeRequest = {
        method: incoming.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: incoming.headers,
        body,
        raw,
      };
      requests.push(request);
      const send = ({ status = 200, body: payload, headers = {} }: FakeResponse): void => {
        const isBytes = Buffer.isBuffer(payload);
        response.writeHead(status, {
          'content-type': isBytes ? 'application/octet-stream' : 'application/json; charset=utf-8',
          ...headers,
        });
        response.end(isBytes ? payload : payload === undefined ? '' : JSON.stringify(payload));
      };
      const route = routes.find(
        (candidate) => candidate.method === request.method && candidate.path.test(url.pathname),
      );
      if (!route) return send({ status: 404, body: { message: 'Not Found' } });
      Promise.resolve(route.handler(request, route.path.exec(url.pathname) as RegExpExecArray)).then(send, (error) =>
        send({ status: 500, body: { message: String(error) } }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    requests,
    on: (method, path, handler) => routes.push({ method, path, handler }),
    calls: () => requests.map((request) => `${request.method} ${request.path}`),
    reset: () => {
      routes.length = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
