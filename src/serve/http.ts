/**
 * `mcp-ci serve --http`: Streamable HTTP at `/mcp`, one McpServer and one SDK transport per session. Every request
 * passes the guard (Host, Origin, bearer token) before a session is looked up; the JSON-RPC answers to input that
 * is not a message and to unknown sessions are the ones the bundled example server gives.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { ErrorCode, isInitializeRequest, type JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { SessionEventStore } from '../../examples/servers/event-store.js';
import { asMessage, errorResponse, parseErrorResponse } from '../../examples/servers/jsonrpc-errors.js';
import { refuseCaller, type GuardSettings } from './http-guard.js';

export const MCP_PATH = '/mcp';
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface HttpServeOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  token?: string;
  createServer: () => McpServer;
}

export interface RunningHttpServe {
  url: string;
  close(): Promise<void>;
}

interface Session {
  server: McpServer;
  transport: StreamableHTTPServerTransport;
}

function answer(res: ServerResponse, status: number, body: JSONRPCMessage, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The host names a request may address: loopback, and the bound address (every interface's for a wildcard). */
function allowedHostnames(host: string): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]']);
  const asUrlHost = (address: string) => (address.includes(':') ? `[${address}]` : address);
  if (host === '0.0.0.0' || host === '::') {
    for (const addresses of Object.values(networkInterfaces()))
      for (const address of addresses ?? []) names.add(asUrlHost(address.address));
  } else {
    names.add(asUrlHost(host));
  }
  return names;
}

export async function serveHttp(options: HttpServeOptions): Promise<RunningHttpServe> {
  const sessions = new Map<string, Session>();
  const guard: GuardSettings = {
    allowedHostnames: allowedHostnames(options.host),
    port: options.port,
    ...(options.token !== undefined && { token: options.token }),
  };

  async function openSession(req: IncomingMessage, res: ServerResponse, initialize: unknown): Promise<void> {
    const server = options.createServer();
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      eventStore: new SessionEventStore(),
      onsessioninitialized: (id) => void sessions.set(id, { server, transport }),
      onsessionclosed: (id) => void sessions.delete(id),
    });
    await server.connect(transport);
    await transport.handleRequest(req, res, initialize);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname !== MCP_PATH) {
      res.writeHead(404).end();
      return;
    }
    const body = await readBody(req);
    if (body === undefined) return answer(res, 413, errorResponse(ErrorCode.InvalidRequest, 'Request body too large'));
    const refusal = refuseCaller(req.headers, guard);
    if (refusal) {
      const challenge: Record<string, string> = refusal.status === 401 ? { 'www-authenticate': 'Bearer' } : {};
      return answer(
        res,
        refusal.status,
        errorResponse(ErrorCode.InvalidRequest, `Forbidden: ${refusal.reason}`),
        challenge,
      );
    }
    const method = req.method ?? '';
    if (!['GET', 'POST', 'DELETE'].includes(method)) {
      res.setHeader('allow', 'GET, POST, DELETE');
      return answer(res, 405, errorResponse(ErrorCode.InvalidRequest, 'Method not allowed'));
    }
    const sessionHeader = req.headers['mcp-session-id'];
    const sessionId = typeof sessionHeader === 'string' ? sessionHeader : undefined;
    const session = sessionId === undefined ? undefined : sessions.get(sessionId);
    if (sessionId !== undefined && !session) return answer(res, 404, errorResponse(-32001, 'Session not found'));

    let parsedBody: unknown;
    if (method === 'POST') {
      let value: unknown;
      try {
        value = JSON.parse(body);
      } catch {
        return answer(res, 400, parseErrorResponse());
      }
      if (!Array.isArray(value)) {
        const decoded = asMessage(value);
        if ('reply' in decoded) return answer(res, 400, decoded.reply);
      }
      parsedBody = value;
    }
    if (session) return session.transport.handleRequest(req, res, parsedBody);
    if (method === 'POST' && isInitializeRequest(parsedBody)) return openSession(req, res, parsedBody);
    return answer(res, 400, errorResponse(ErrorCode.InvalidRequest, 'Bad Request: Mcp-Session-Id header is required'));
  }

  const http = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (!res.headersSent) answer(res, 500, errorResponse(ErrorCode.InternalError, 'Internal server error'));
      else res.end();
      process.stderr.write(`mcp-ci serve: request failed: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  // Clients keep connections open between requests; Node's 5 s default can close one just as a client, slowed by a
  // busy machine, sends on it, which the client sees as a failed request.
  http.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => resolve());
  });
  guard.port = (http.address() as AddressInfo).port;
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${shownHost}:${guard.port}${MCP_PATH}`,
    async close() {
      await Promise.all([...sessions.values()].map((session) => session.server.close()));
      sessions.clear();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
