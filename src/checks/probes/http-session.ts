/**
 * Sessions the Streamable HTTP checks open for themselves, so a probe controls every header it sends (the
 * session id, the protocol version) without touching the shared main session.
 */
import type { HttpExchange, HttpProbe, RawChannel, RawExchange } from '../../wire/types.js';
import type { CheckContext } from '../types.js';

export const SESSION_HEADER = 'mcp-session-id';
export const VERSION_HEADER = 'mcp-protocol-version';
/** What every client POST carries (basic/transports: Accept lists both types). */
export const POST_HEADERS: Readonly<Record<string, string>> = {
  accept: 'application/json, text/event-stream',
  'content-type': 'application/json',
};
export const CLIENT_INFO = { name: 'mcp-ci', version: '0.1.0' };

export interface ProbeSession {
  raw: RawChannel;
  /** Absent when the server runs without sessions. */
  id?: string;
  protocolVersion: string;
  initialize: RawExchange & { response?: Record<string, unknown> };
  /** The headers a client sends on every request after initialization: session id and negotiated version. */
  headers: Record<string, string>;
}

export function httpProbe(ctx: CheckContext): HttpProbe {
  if (!ctx.http) throw new Error('no HTTP probe on an HTTP target');
  return ctx.http;
}

export function initializeParams(protocolVersion: string): Record<string, unknown> {
  return { protocolVersion, capabilities: {}, clientInfo: CLIENT_INFO };
}

export function rpc(method: string, id?: string | number, params?: unknown): string {
  return JSON.stringify({ jsonrpc: '2.0', ...(id === undefined ? {} : { id }), method, ...(params ? { params } : {}) });
}

/** Initializes a session of the check's own at the check's protocol version (the engine closes it). */
export async function openProbeSession(
  ctx: CheckContext,
  label: string,
  options: { sendInitialized?: boolean } = {},
): Promise<ProbeSession> {
  const raw = await ctx.openRaw({ initialize: false, label });
  const initialize = await raw.request('initialize', initializeParams(ctx.protocolVersion));
  const result = initialize.response?.result as Record<string, unknown> | undefined;
  if (!result) {
    throw new Error(`initialize on a fresh session got no result (HTTP ${initialize.http?.status ?? 'no response'})`);
  }
  const protocolVersion = typeof result.protocolVersion === 'string' ? result.protocolVersion : ctx.protocolVersion;
  const id = initialize.http?.headers[SESSION_HEADER];
  const headers: Record<string, string> = {
    ...(id !== undefined ? { [SESSION_HEADER]: id } : {}),
    ...(protocolVersion >= '2025-06-18' ? { [VERSION_HEADER]: protocolVersion } : {}),
  };
  if (options.sendInitialized !== false) await raw.send(rpc('notifications/initialized'));
  return { raw, id, protocolVersion, initialize, headers };
}

/** POSTs one JSON-RPC text with exactly these MCP headers (plus Accept / Content-Type), through the recorded probe. */
export function post(
  ctx: CheckContext,
  body: string,
  headers: Record<string, string>,
  options: { label: string; timeoutMs?: number },
): Promise<HttpExchange> {
  return httpProbe(ctx).fetch(
    { method: 'POST', headers: { ...POST_HEADERS, ...headers }, body },
    { label: options.label, timeoutMs: options.timeoutMs ?? ctx.timeoutMs },
  );
}

/** An exchange trimmed for evidence: status, the headers that matter, the start of the body. */
export function httpEvidence(exchange: HttpExchange): Record<string, unknown> {
  const keep = ['content-type', SESSION_HEADER, 'www-authenticate', 'allow', 'location'];
  const headers = Object.fromEntries(Object.entries(exchange.headers).filter(([name]) => keep.includes(name)));
  const body = exchange.body.length > 500 ? `${exchange.body.slice(0, 500)}…` : exchange.body;
  return { status: exchange.status, headers, ...(body ? { body } : {}) };
}

/** Ends a session a probe opened by accident (a foreign Origin or Host, or no credentials, was let in). */
export async function endStraySession(ctx: CheckContext, exchange: HttpExchange, label: string): Promise<void> {
  const id = exchange.headers[SESSION_HEADER];
  if (exchange.status < 200 || exchange.status >= 300 || id === undefined) return;
  await httpProbe(ctx)
    .fetch({ method: 'DELETE', headers: { [SESSION_HEADER]: id } }, { label, timeoutMs: 2_000, readBody: 'none' })
    .catch(() => undefined);
}
