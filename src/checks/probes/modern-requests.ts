/**
 * Requests of the 2026-07-28 checks that the modern connection will not send as they are: a missing or odd
 * `_meta` field, headers that disagree with the body. Each goes out on a raw channel of its own (stdio: a fresh
 * process, so it is the first message the process sees; HTTP: a POST without a session).
 */
import { MODERN_VERSION } from '../../model.js';
import { enveloped, modernHeaders, modernLabel } from '../../wire/modern-connection.js';
import type { RawChannel, RawExchange } from '../../wire/types.js';
import type { CheckContext } from '../types.js';

export interface ModernSendOptions {
  /** `_meta` fields to set (or, with `undefined`, to leave out) on top of the envelope. */
  meta?: Record<string, unknown>;
  /** HTTP headers to set on top of the standard ones; `undefined` leaves a standard header out. */
  headers?: Record<string, string | undefined>;
}

export type ModernExchange = RawExchange & { response?: Record<string, unknown>; status?: number };

/** A raw channel for modern probes, labelled so the passive modern checks read its traffic. */
export function openModernProbe(ctx: CheckContext, name: string): Promise<RawChannel> {
  return ctx.openRaw({ protocolVersion: MODERN_VERSION, initialize: false, label: modernLabel(`probe:${name}`) });
}

/** Sends one modern request with the envelope (and HTTP headers) changed as asked. */
export async function sendModern(
  ctx: CheckContext,
  channel: RawChannel,
  method: string,
  params?: Record<string, unknown>,
  options: ModernSendOptions = {},
): Promise<ModernExchange> {
  const body = enveloped(params);
  const meta = body._meta as Record<string, unknown>;
  for (const [key, value] of Object.entries(options.meta ?? {})) {
    if (value === undefined) delete meta[key];
    else meta[key] = value;
  }
  const headers: Record<string, string> = { ...modernHeaders(method, body) };
  for (const [key, value] of Object.entries(options.headers ?? {})) {
    if (value === undefined) delete headers[key];
    else headers[key] = value;
  }
  const stdio = ctx.transport === 'stdio';
  const exchange = await channel.request(method, body, {
    timeoutMs: ctx.timeoutMs,
    ...(stdio ? { startupMs: ctx.config.bootTimeoutMs } : { headers }),
  });
  return { ...exchange, ...(exchange.http && { status: exchange.http.status }) };
}

/** The JSON-RPC error of a response, when it is one. */
export function errorOf(
  response: Record<string, unknown> | undefined,
): { code: unknown; message: unknown; data?: unknown } | undefined {
  const error = response?.error;
  return error !== null && typeof error === 'object' ? (error as { code: unknown; message: unknown }) : undefined;
}

/** What came back, for messages: `HTTP 400, error -32020` or `a result`. */
export function describeModern(exchange: ModernExchange): string {
  const error = errorOf(exchange.response);
  const what = error
    ? `error ${String(error.code)}`
    : exchange.response
      ? 'a result'
      : exchange.nonJson.length
        ? 'non-JSON output'
        : 'no answer';
  return exchange.status !== undefined ? `HTTP ${exchange.status}, ${what}` : what;
}

/** Evidence of one probe: what was sent and what came back. */
export function modernEvidence(exchange: ModernExchange): { sent: unknown; received: unknown } {
  let sent: unknown = exchange.sent;
  try {
    sent = JSON.parse(exchange.sent);
  } catch {
    // kept as text
  }
  return {
    sent,
    received:
      exchange.response ??
      (exchange.http ? { status: exchange.http.status, body: exchange.http.body } : exchange.nonJson),
  };
}
