/**
 * Who may call `mcp-ci serve` over HTTP, decided before any session is looked up. Host and Origin guard against
 * DNS rebinding: a browser page may reach the server only from the server's own origin; the bearer token
 * (MCP_CI_TOKEN) is compared in constant time.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

const LOOPBACK_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTNAMES.has(host) || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function hostname(authority: string): string | undefined {
  try {
    return new URL(`http://${authority}`).hostname;
  } catch {
    return undefined;
  }
}

export interface GuardSettings {
  /** Host names (as a URL spells them) requests may address: loopback names plus the bound address. */
  allowedHostnames: ReadonlySet<string>;
  port: number;
  /** Absent with --no-auth. */
  token?: string;
}

export type Refusal = { status: 403 | 401; reason: string };

export function refuseCaller(headers: IncomingHttpHeaders, settings: GuardSettings): Refusal | undefined {
  const host = headers.host;
  const name = host === undefined ? undefined : hostname(host);
  if (name === undefined || !settings.allowedHostnames.has(name))
    return { status: 403, reason: `Host not allowed: ${host ?? '(none)'}` };
  // No Origin means a client that is not a browser, which DNS rebinding cannot use.
  const origin = headers.origin;
  if (origin !== undefined) {
    const parsed = URL.canParse(origin) ? new URL(origin) : undefined;
    const ownOrigin =
      parsed !== undefined &&
      parsed.protocol === 'http:' &&
      settings.allowedHostnames.has(parsed.hostname) &&
      parsed.port === String(settings.port);
    if (!ownOrigin) return { status: 403, reason: `Origin not allowed: ${origin}` };
  }
  if (settings.token === undefined) return undefined;
  const match = /^Bearer +(\S+) *$/i.exec(headers.authorization ?? '');
  if (!match || !sameSecret(match[1]!, settings.token))
    return { status: 401, reason: 'a valid bearer token is required' };
  return undefined;
}

/** Digests first: timingSafeEqual needs equal lengths, and the length of the token must not leak either. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
