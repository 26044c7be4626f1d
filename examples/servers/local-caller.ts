/**
 * DNS-rebinding protection for a server bound to loopback (HTTP-02, HTTP-03, HTTP-06). The SDK's helpers do not
 * fit a plain node:http server: its Host check is Express middleware, and the transport's own allowedHosts /
 * allowedOrigins options are deprecated and only see requests that reach a session's transport, while a request
 * with an unknown session must be refused too.
 */
import type { IncomingHttpHeaders } from 'node:http';

const LOOPBACK_HOSTNAMES = new Set(['127.0.0.1', 'localhost', '[::1]']);

function hostname(authority: string): string | undefined {
  try {
    return new URL(`http://${authority}`).hostname;
  } catch {
    return undefined;
  }
}

/** Why the request must be refused with 403, or undefined when it comes from this machine's own origin. */
export function foreignCallerReason(headers: IncomingHttpHeaders, port: number): string | undefined {
  const host = headers.host;
  if (host === undefined) return 'Missing Host header';
  const name = hostname(host);
  if (name === undefined || !LOOPBACK_HOSTNAMES.has(name)) return `Host not allowed: ${host}`;
  // No Origin means a non-browser client, which DNS rebinding cannot exploit. A browser page may only call us from
  // our own origin.
  const origin = headers.origin;
  if (origin === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return `Origin not allowed: ${origin}`;
  }
  const sameOrigin =
    parsed.protocol === 'http:' && LOOPBACK_HOSTNAMES.has(parsed.hostname) && parsed.port === String(port);
  return sameOrigin ? undefined : `Origin not allowed: ${origin}`;
}
