/**
 * Streamable HTTP for the shop: one endpoint, `/mcp`, on 127.0.0.1, one McpServer and one SDK transport per
 * session. The router here does what a per-session transport cannot: refuse foreign callers before any session
 * is looked up, open sessions on `initialize`, and answer requests for sessions it does not know.
 */
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { ErrorCode, isInitializeRequest } from '@modelcontextprotocol/sdk/types.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { SessionEventStore } from './event-store.js';
import { asMessage, errorResponse, parseErrorResponse } from './jsonrpc-errors.js';
import { foreignCallerReason } from './local-caller.js';
import { answerPollAsJson, isTaskPoll } from './poll-as-json.js';

export const MCP_PATH = '/mcp';
/** The SDK transport's own default bound on a POST body. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

export interface StreamableHttpOptions {
  /** 0 picks a free port. */
  port: number;
  /** A fresh server for each session. */
  createServer: () => McpServer;
  /** Connects a session's server to its transport; the fault fixture puts a proxy transport in between. */
  connect?: (server: McpServer, transport: StreamableHTTPServerTransport) => Promise<void>;
  /** Sees every request to the endpoint first, with its body; returns true when it answered the request. */
  intercept?: (req: IncomingMessage, res: ServerResponse, body: string) => boolean;
}

export interface RunningHttpServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

interface Session {
  server: McpServer;
  transport: StreamableHTTPServerTransport;
}

/** An error of the endpoint itself, without an id (HTTP-03 describes the 403 body as an error with no id). */
function answerError(res: ServerResponse, status: number, code: number, message: string): void {
  answer(res, status, errorResponse(code, message));
}

function answer(res: ServerResponse, status: number, body: JSONRPCMessage): void {
  res.writeHead(status, { 'content-type': 'application/json' });
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

function parseJson(body: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    return { ok: false };
  }
}

export async function serveStreamableHttp(options: StreamableHttpOptions): Promise<RunningHttpServer> {
  const sessions = new Map<string, Session>();
  const connect = options.connect ?? ((server, transport) => server.connect(transport));
  let port = options.port;

  async function openSession(req: IncomingMessage, res: ServerResponse, initialize: unknown): Promise<void> {
    const server = options.createServer();
    const transport: StreamableHTTPServerTransport = new StreamableHTTPServerTransport({
      sessionIdGenerator: () => randomUUID(),
      eventStore: new SessionEventStore(),
      onsessioninitialized: (id) => void sessions.set(id, { server, transport }),
      // DELETE ends the session: later requests carrying its id get 404 (HTTP-26).
      onsessionclosed: (id) => void sessions.delete(id),
    });
    await connect(server, transport);
    await transport.handleRequest(req, res, initialize);
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (new URL(req.url ?? '/', 'http://127.0.0.1').pathname !== MCP_PATH) {
      res.writeHead(404).end();
      return;
    }
    const body = await readBody(req);
    if (body === undefined) return answerError(res, 413, ErrorCode.InvalidRequest, 'Request body too large');
    if (options.intercept?.(req, res, body)) return;

    const refusal = foreignCallerReason(req.headers, port);
    if (refusal) return answerError(res, 403, ErrorCode.InvalidRequest, `Forbidden: ${refusal}`);

    const method = req.method ?? '';
    if (!['GET', 'POST', 'DELETE'].includes(method)) {
      res.setHeader('allow', 'GET, POST, DELETE');
      return answerError(res, 405, ErrorCode.InvalidRequest, 'Method not allowed');
    }
    const sessionHeader = req.headers['mcp-session-id'];
    const sessionId = typeof sessionHeader === 'string' ? sessionHeader : undefined;
    const session = sessionId === undefined ? undefined : sessions.get(sessionId);
    if (sessionId !== undefined && !session) return answerError(res, 404, -32001, 'Session not found');

    let parsedBody: unknown;
    if (method === 'POST') {
      const json = parseJson(body);
      if (!json.ok) return answer(res, 400, parseErrorResponse());
      // The SDK transport answers a JSON value that is not a message with -32700; JSON-RPC 2.0 says -32600
      // (BASE-10). Batches stay with the SDK, which checks each member.
      if (!Array.isArray(json.value)) {
        const decoded = asMessage(json.value);
        if ('reply' in decoded) return answer(res, 400, decoded.reply);
      }
      parsedBody = json.value;
    }
    if (session)
      return session.transport.handleRequest(req, isTaskPoll(parsedBody) ? answerPollAsJson(res) : res, parsedBody);
    if (method === 'POST' && isInitializeRequest(parsedBody)) return openSession(req, res, parsedBody);
    // HTTP-25: a server that issues sessions refuses other requests without one.
    return answerError(res, 400, ErrorCode.InvalidRequest, 'Bad Request: Mcp-Session-Id header is required');
  }

  const http = createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      if (!res.headersSent) answerError(res, 500, ErrorCode.InternalError, 'Internal server error');
      else res.end();
      process.stderr.write(`request failed: ${error instanceof Error ? error.message : String(error)}\n`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (http.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}${MCP_PATH}`,
    port,
    async close() {
      await Promise.all([...sessions.values()].map((session) => session.server.close()));
      sessions.clear();
      // Open SSE streams would keep close() waiting forever.
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
