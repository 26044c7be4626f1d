/**
 * Transport — Streamable HTTP (basic/transports#streamable-http), inventory section 5.5. Every probe runs on a
 * session of its own or through raw HTTP, never with the shared main session's headers.
 */
import { anonymousHeaders } from '../probes/auth-probe.js';
import { listenersOfPortOwner } from '../probes/listening-sockets.js';
import { plainRequest } from '../probes/plain-http.js';
import { isLoopbackAddress, isLoopbackHost } from '../judge/proc-net.js';
import {
  endStraySession,
  httpEvidence,
  httpProbe,
  initializeParams,
  openProbeSession,
  post,
  POST_HEADERS,
  rpc,
  SESSION_HEADER,
  VERSION_HEADER,
  type ProbeSession,
} from '../probes/http-session.js';
import { apparentEntropyBits, forgeSessionId, invisibleCharacters, sequentialPattern } from '../judge/session-ids.js';
import { isEventStream, mediaType, messagesOf, parseSse, responseTo, type SseStream } from '../judge/sse.js';
import { pass, skip, violation, type CheckContext, type CheckDefinition } from '../types.js';
import { versionsFrom } from '../versions.js';
import type { HttpExchange } from '../../wire/types.js';

/** Streamable HTTP exists from 2025-03-26 on; 2024-11-05 used the deprecated HTTP+SSE transport. */
const STREAMABLE_HTTP_VERSIONS = versionsFrom('2025-03-26');
const TRANSPORTS = ['http'] as const;

const NO_SESSIONS = 'the server issued no Mcp-Session-Id (it runs without sessions), so session rules do not apply';
const FOREIGN_ORIGIN = 'https://evil.example';
const FOREIGN_HOST = 'evil.example';
/** How many sessions to open to judge how ids are made: enough to see a pattern, few enough to stay fast. */
const SESSION_SAMPLE = 8;
/** OWASP's floor for session identifiers; a UUIDv4 has 122 random bits, a UUIDv7 74. */
const MIN_SESSION_ID_BITS = 64;
/** Below this an id can be guessed by trying, whatever the generator. */
const GUESSABLE_SESSION_ID_BITS = 32;
/** How long a resumed stream is read once its headers arrived: a replay is sent as soon as the stream opens. */
const REPLAY_WINDOW_MS = 300;

const is2xx = (status: number) => status >= 200 && status < 300;
const is4xx = (status: number) => status >= 400 && status < 500;

function endpoint(ctx: CheckContext): URL {
  return new URL(httpProbe(ctx).url);
}

async function sampleSessionIds(ctx: CheckContext, label: string): Promise<string[] | undefined> {
  const ids: string[] = [];
  // One after another, so the order of the ids is the order the server issued them.
  for (let i = 1; i <= SESSION_SAMPLE; i++) {
    const session = await openProbeSession(ctx, `${label}#${i}`, { sendInitialized: false });
    if (session.id === undefined) return undefined;
    ids.push(session.id);
  }
  return ids;
}

interface PingStream {
  sent: string;
  exchange: HttpExchange;
  sse: SseStream;
  response?: Record<string, unknown>;
  /** The stream was still open when the read window ended. */
  stillOpen: boolean;
}

/**
 * POSTs a ping and reads its SSE stream to the end or for the request timeout; undefined when it answered JSON.
 * Both a missing response and a stream left open are judged, so each gets the window any request gets: a fixed
 * second would judge a busy machine's speed (a correct server answers and ends the stream at once).
 */
async function observePingStream(
  ctx: CheckContext,
  session: ProbeSession,
  label: string,
): Promise<PingStream | undefined> {
  const id = 'mcp-ci-stream';
  const sent = rpc('ping', id);
  const started = performance.now();
  const exchange = await post(ctx, sent, session.headers, { label, timeoutMs: ctx.timeoutMs });
  const elapsed = performance.now() - started;
  if (!isEventStream(exchange.headers)) return undefined;
  return {
    sent,
    exchange,
    sse: parseSse(exchange.body),
    response: responseTo(exchange, id),
    // The probe stops reading at its deadline; a stream that ended by itself returns well before it.
    stillOpen: elapsed >= ctx.timeoutMs - 50,
  };
}

const JSON_ANSWER = 'the server answered the ping with application/json, so there is no SSE stream to judge';

export const checks: CheckDefinition[] = [
  {
    id: 'http-notification-accepted-202',
    title: 'an accepted POSTed notification gets 202 Accepted with no body',
    section: 'http',
    level: 'MUST',
    requirements: ['HTTP-07', 'BASE-05'],
    spec: 'basic/transports#sending-messages-to-the-server',
    rule: 'If the input is a JSON-RPC response or notification: if the server accepts the input, the server MUST return HTTP status code 202 Accepted with no body.',
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const label = 'probe:http-notification';
      const session = await openProbeSession(ctx, label, { sendInitialized: false });
      const sent = rpc('notifications/initialized');
      const exchange = await post(ctx, sent, session.headers, { label });
      if (exchange.status === 202 && exchange.body === '') return pass();
      return violation(
        `answered the notifications/initialized POST with HTTP ${exchange.status}${exchange.body ? ' and a body' : ''}; an accepted notification gets 202 Accepted with no body`,
        { sent, received: httpEvidence(exchange) },
      );
    },
  },
  {
    id: 'http-unaccepted-notification-error-status',
    title: 'a notification the server does not accept gets an HTTP error status',
    section: 'http',
    level: 'MUST',
    requirements: ['HTTP-08'],
    spec: 'basic/transports#sending-messages-to-the-server',
    rule: 'If the server cannot accept the input, it MUST return an HTTP error status code (e.g., 400 Bad Request).',
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const label = 'probe:http-bad-notification';
      const session = await openProbeSession(ctx, label);
      const sent = JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized', params: 'not-an-object' });
      const exchange = await post(ctx, sent, session.headers, { label });
      if (exchange.status >= 400) return pass(`refused with HTTP ${exchange.status}`);
      if (exchange.status === 202 && exchange.body === '') return pass('accepted it with 202, which the rule allows');
      return violation(
        `answered a notification with string params with HTTP ${exchange.status}${exchange.body ? ' and a body' : ''}; a notification the server cannot accept gets an HTTP error status (4xx), an accepted one 202 with no body`,
        { sent, received: httpEvidence(exchange) },
      );
    },
  },
  {
    id: 'http-request-content-type',
    title: 'a POSTed request is answered with application/json (one object) or text/event-stream',
    section: 'http',
    level: 'MUST',
    requirements: ['HTTP-09'],
    spec: 'basic/transports#sending-messages-to-the-server',
    rule: 'If the input is a JSON-RPC request, the server MUST either return Content-Type: text/event-stream, to initiate an SSE stream, or Content-Type: application/json, to return one JSON object.',
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const label = 'probe:http-content-type';
      const session = await openProbeSession(ctx, label);
      const ping = await session.raw.request('ping');
      const answers = [
        { method: 'initialize', exchange: session.initialize },
        { method: 'ping', exchange: ping },
      ];
      for (const { method, exchange } of answers) {
        const http = exchange.http!;
        const type = mediaType(http.headers);
        if (type !== 'application/json' && type !== 'text/event-stream') {
          return violation(
            `answered the ${method} request with Content-Type ${JSON.stringify(http.headers['content-type'] ?? '(none)')}; a request gets application/json or text/event-stream`,
            { sent: exchange.sent, received: httpEvidence(http) },
          );
        }
        if (type === 'application/json' && http.body.trim().startsWith('[')) {
          return violation(
            `answered the single ${method} request with a JSON array; application/json carries one JSON object`,
            {
              sent: exchange.sent,
              received: httpEvidence(http),
            },
          );
        }
      }
      return pass(mediaType(ping.http!.headers));
    },
  },
  {
    id: 'http-get-sse-or-405',
    title: 'GET on the MCP endpoint opens an SSE stream or answers 405',
    section: 'http',
    level: 'MUST',
    requirements: ['HTTP-01', 'HTTP-10'],
    spec: 'basic/transports#listening-for-messages-from-the-server',
    rule: 'The server MUST either return Content-Type: text/event-stream in response to this HTTP GET, or else return HTTP 405 Method Not Allowed.',
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const label = 'probe:http-get';
      const session = await openProbeSession(ctx, label);
      const headers = { accept: 'text/event-stream', ...session.headers };
      // Only the status and headers matter; the stream itself may stay open forever.
      const exchange = await httpProbe(ctx).fetch({ method: 'GET', headers }, { label, readBody: 'none' });
      if (exchange.status === 405) return pass('GET refused with 405: no server-initiated stream');
      if (is2xx(exchange.status) && isEventStream(exchange.headers)) return pass('GET opens an SSE stream');
      return violation(
        `answered GET with HTTP ${exchange.status} (${exchange.headers['content-type'] ?? 'no Content-Type'}); the MCP endpoint answers GET with a text/event-stream or 405 Method Not Allowed`,
        { sent: { method: 'GET', headers }, received: httpEvidence(exchange) },
      );
    },
  },
  {
    id: 'http-session-id-visible-ascii',
    title: 'Mcp-Session-Id contains only visible ASCII',
    section: 'http',
    level: 'MUST',
    requirements: ['HTTP-22'],
    spec: 'basic/transports#session-management',
    rule: 'The session ID MUST only contain visible ASCII characters (ranging from 0x21 to 0x7E).',
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const session = await openProbeSession(ctx, 'probe:http-session-id', { sendInitialized: false });
      if (session.id === undefined) return skip(NO_SESSIONS);
      const invisible = invisibleCharacters(session.id);
      if (invisible.length === 0) return pass();
      return violation(
        `issued session id ${JSON.stringify(session.id)} containing ${invisible.map((c) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ')}; only 0x21–0x7E are allowed`,
        { received: httpEvidence(session.initialize.http!) },
      );
    },
  },
  {
    id: 'http-session-ids-unique-and-random',
    title: 'session ids are unique and carry enough randomness',
    section: 'http',
    level: 'SHOULD',
    requirements: ['HTTP-23'],
    spec: 'basic/transports#session-management',
    rule: 'The session ID SHOULD be globally unique and cryptographically secure (e.g., a securely generated UUID, a JWT, or a cryptographic hash).',
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const ids = await sampleSessionIds(ctx, 'probe:http-session-sample');
      if (!ids) return skip(NO_SESSIONS);
      const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
      if (repeated.length) {
        return violation(`issued the same session id to different sessions: ${JSON.stringify(repeated[0])}`, {
          received: ids,
        });
      }
      const bits = apparentEntropyBits(ids);
      if (bits < MIN_SESSION_ID_BITS) {
        return violation(
          `${SESSION_SAMPLE} session ids vary in only about ${bits} bits (e.g. ${JSON.stringify(ids[0])}); use a secure random id of at least ${MIN_SESSION_ID_BITS} bits (a UUIDv4 has 122)`,
          { received: ids },
        );
      }
      return pass(`${SESSION_SAMPLE} distinct ids, about ${bits} bits vary`);
    },
  },
  {
    id: 'http-session-ids-unpredictable',
    title: 'session ids are not sequential or guessable',
    section: 'http',
    level: 'MUST',
    heuristic: true,
    requirements: ['HTTP-24'],
    spec: 'basic/security_best_practices#session-hijacking',
    rule: 'MCP servers MUST use secure, non-deterministic session IDs. Avoid predictable or sequential session identifiers that could be guessed by an attacker.',
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const ids = await sampleSessionIds(ctx, 'probe:http-session-order');
      if (!ids) return skip(NO_SESSIONS);
      const counting = sequentialPattern(ids);
      if (counting) return violation(`session ids are sequential: ${counting}`, { received: ids });
      const bits = apparentEntropyBits(ids);
      if (bits < GUESSABLE_SESSION_ID_BITS) {
        return violation(`session ids vary in only about ${bits} bits, few enough to guess`, { received: ids });
      }
      return pass();
    },
  },
  {
    id: 'http-missing-session-id-400',
    title: 'a request without Mcp-Session-Id gets 400 from a server that issued one',
    section: 'http',
    level: 'SHOULD',
    requirements: ['HTTP-25'],
    spec: 'basic/transports#session-management',
    rule: 'Servers that require a session ID SHOULD respond to requests without an Mcp-Session-Id header (other than initialization) with HTTP 400 Bad Request.',
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const label = 'probe:http-missing-session';
      const session = await openProbeSession(ctx, label);
      if (session.id === undefined) return skip(NO_SESSIONS);
      const headers = Object.fromEntries(Object.entries(session.headers).filter(([name]) => name !== SESSION_HEADER));
      const sent = rpc('ping', 'mcp-ci-no-session');
      const exchange = await post(ctx, sent, headers, { label });
      if (exchange.status === 400) return pass();
      const served = responseTo(exchange, 'mcp-ci-no-session');
      if (is2xx(exchange.status) && served && 'result' in served) {
        return pass('serves requests without a session id, so it does not require one');
      }
      return violation(
        `answered a request without Mcp-Session-Id with HTTP ${exchange.status}; a server that requires sessions answers 400 Bad Request`,
        { sent: { headers, body: sent }, received: httpEvidence(exchange) },
      );
    },
  },
  {
    id: 'http-unknown-session-id-404',
    title: 'a request with an unknown session id gets 404',
    section: 'http',
    level: 'MUST',
    requirements: ['HTTP-26'],
    spec: 'basic/transports#session-management',
    rule: 'The server MAY terminate the session at any time, after which it MUST respond to requests containing that session ID with HTTP 404 Not Found.',
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const label = 'probe:http-unknown-session';
      const session = await openProbeSession(ctx, label);
      if (session.id === undefined) return skip(NO_SESSIONS);
      // Shaped like a real id, so a server that validates the format still has to look it up.
      const headers = { ...session.headers, [SESSION_HEADER]: forgeSessionId(session.id) };
      const sent = rpc('ping', 'mcp-ci-unknown-session');
      const exchange = await post(ctx, sent, headers, { label });
      if (exchange.status === 404) return pass();
      return violation(
        `answered a request carrying a session id it never issued with HTTP ${exchange.status}; an unknown or terminated session gets 404 Not Found, which tells clients to start a new session`,
        { sent: { headers, body: sent }, received: httpEvidence(exchange) },
      );
    },
  },
  {
    id: 'http-delete-session',
    title: 'DELETE with the session id ends the session (2xx) or is refused with 405',
    section: 'http',
    level: 'MAY',
    requirements: ['HTTP-27'],
    spec: 'basic/transports#session-management',
    rule: 'Clients SHOULD send an HTTP DELETE to the MCP endpoint with the Mcp-Session-Id header to explicitly terminate the session; the server MAY respond with HTTP 405 Method Not Allowed, indicating that it does not allow clients to terminate sessions.',
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const label = 'probe:http-delete';
      const session = await openProbeSession(ctx, label);
      if (session.id === undefined) return skip(NO_SESSIONS);
      const exchange = await httpProbe(ctx).fetch({ method: 'DELETE', headers: session.headers }, { label });
      if (is2xx(exchange.status)) return pass(`session ended with HTTP ${exchange.status}`);
      if (exchange.status === 405) return pass('the server does not let clients end sessions (405)');
      return violation(
        `answered DELETE of its own session with HTTP ${exchange.status}; expected 2xx (session ended) or 405 (not allowed)`,
        { sent: { method: 'DELETE', headers: session.headers }, received: httpEvidence(exchange) },
      );
    },
  },
  {
    id: 'http-terminated-session-404',
    title: 'after DELETE the old session id gets 404',
    section: 'http',
    level: 'MUST',
    requirements: ['HTTP-26'],
    spec: 'basic/transports#session-management',
    rule: 'The server MAY terminate the session at any time, after which it MUST respond to requests containing that session ID with HTTP 404 Not Found.',
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const label = 'probe:http-terminated-session';
      const session = await openProbeSession(ctx, label);
      if (session.id === undefined) return skip(NO_SESSIONS);
      const ended = await httpProbe(ctx).fetch({ method: 'DELETE', headers: session.headers }, { label });
      if (!is2xx(ended.status)) {
        return skip(
          `DELETE did not end the session (HTTP ${ended.status}), so there is no terminated session to probe`,
        );
      }
      const sent = rpc('ping', 'mcp-ci-terminated-session');
      const exchange = await post(ctx, sent, session.headers, { label });
      if (exchange.status === 404) return pass();
      return violation(
        `after DELETE answered HTTP ${ended.status}, a request with the ended session id got HTTP ${exchange.status}; a terminated session gets 404 Not Found`,
        { sent: { headers: session.headers, body: sent }, received: httpEvidence(exchange) },
      );
    },
  },
  {
    id: 'http-protocol-version-header-invalid-400',
    title: 'an invalid or unsupported MCP-Protocol-Version header gets 400',
    section: 'http',
    level: 'MUST',
    requirements: ['HTTP-28'],
    spec: 'basic/transports#protocol-version-header',
    rule: 'If the server receives a request with an invalid or unsupported MCP-Protocol-Version, it MUST respond with 400 Bad Request.',
    versions: versionsFrom('2025-06-18'),
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const label = 'probe:http-version-header';
      const session = await openProbeSession(ctx, label);
      const accepted: { value: string; exchange: HttpExchange }[] = [];
      for (const value of ['1900-01-01', 'not-a-version']) {
        const exchange = await post(
          ctx,
          rpc('ping', `mcp-ci-version-${value}`),
          { ...session.headers, [VERSION_HEADER]: value },
          {
            label,
          },
        );
        if (exchange.status !== 400) accepted.push({ value, exchange });
      }
      if (accepted.length === 0) return pass();
      return violation(
        `answered requests with MCP-Protocol-Version ${accepted.map((a) => `${JSON.stringify(a.value)} with HTTP ${a.exchange.status}`).join(' and ')}; an invalid or unsupported version gets 400 Bad Request`,
        {
          sent: accepted.map((a) => ({ [VERSION_HEADER]: a.value })),
          received: accepted.map((a) => httpEvidence(a.exchange)),
        },
      );
    },
  },
  {
    id: 'http-protocol-version-header-missing-accepted',
    title: 'a request without MCP-Protocol-Version is still served',
    section: 'http',
    level: 'SHOULD',
    requirements: ['HTTP-29'],
    spec: 'basic/transports#protocol-version-header',
    rule: 'For backwards compatibility, if the server does not receive an MCP-Protocol-Version header, and has no other way to identify the version, the server SHOULD assume protocol version 2025-03-26.',
    versions: versionsFrom('2025-06-18'),
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const label = 'probe:http-no-version-header';
      const session = await openProbeSession(ctx, label);
      const headers = Object.fromEntries(Object.entries(session.headers).filter(([name]) => name !== VERSION_HEADER));
      const sent = rpc('ping', 'mcp-ci-no-version');
      const exchange = await post(ctx, sent, headers, { label });
      const response = responseTo(exchange, 'mcp-ci-no-version');
      if (is2xx(exchange.status) && response && 'result' in response) return pass();
      return violation(
        `refused a request without MCP-Protocol-Version (HTTP ${exchange.status}); without the header the server should use the negotiated version (or assume 2025-03-26), not reject`,
        { sent: { headers, body: sent }, received: httpEvidence(exchange) },
      );
    },
  },
  {
    id: 'http-foreign-origin-rejected',
    title: 'a request from a foreign Origin is rejected',
    section: 'http',
    level: 'MUST',
    requirements: ['HTTP-02'],
    spec: 'basic/transports#security-warning',
    rule: 'Servers MUST validate the Origin header on all incoming connections to prevent DNS rebinding attacks.',
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const label = 'probe:http-origin';
      const sent = rpc('initialize', 'mcp-ci-origin', initializeParams(ctx.protocolVersion));
      const exchange = await post(ctx, sent, { origin: FOREIGN_ORIGIN }, { label });
      await endStraySession(ctx, exchange, label);
      if (is4xx(exchange.status)) return pass(`rejected with HTTP ${exchange.status}`);
      return violation(
        `answered initialize from Origin ${FOREIGN_ORIGIN} with HTTP ${exchange.status}; without Origin validation any web page can drive the server through DNS rebinding`,
        { sent: { headers: { origin: FOREIGN_ORIGIN }, body: sent }, received: httpEvidence(exchange) },
      );
    },
  },
  {
    id: 'http-foreign-origin-403',
    title: 'a present and invalid Origin gets 403 Forbidden',
    section: 'http',
    level: 'MUST',
    requirements: ['HTTP-03'],
    spec: 'basic/transports#security-warning',
    rule: 'If the Origin header is present and invalid, servers MUST respond with HTTP 403 Forbidden.',
    versions: ['2025-11-25'],
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const label = 'probe:http-origin-403';
      const sent = rpc('initialize', 'mcp-ci-origin-403', initializeParams(ctx.protocolVersion));
      const exchange = await post(ctx, sent, { origin: FOREIGN_ORIGIN }, { label });
      await endStraySession(ctx, exchange, label);
      if (exchange.status === 403) return pass();
      return violation(
        `answered initialize from Origin ${FOREIGN_ORIGIN} with HTTP ${exchange.status}; an invalid Origin gets 403 Forbidden`,
        { sent: { headers: { origin: FOREIGN_ORIGIN }, body: sent }, received: httpEvidence(exchange) },
      );
    },
  },
  {
    id: 'http-foreign-host-rejected',
    title: 'a loopback server rejects a foreign Host header',
    section: 'http',
    level: 'SHOULD',
    requirements: ['HTTP-06'],
    spec: 'basic/security_best_practices#local-mcp-server-compromise',
    rule: 'MCP servers intending for their servers to be run locally SHOULD implement measures to prevent unauthorized usage from malicious processes (DNS rebinding reaches a local server under a foreign Host name): validate the Host, or require an authorization token.',
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    applies(ctx) {
      return isLoopbackHost(endpoint(ctx).hostname)
        ? undefined
        : 'the endpoint is not on loopback; Host validation guards servers run locally';
    },
    async run(ctx) {
      const url = endpoint(ctx);
      const host = `${FOREIGN_HOST}${url.port ? `:${url.port}` : ''}`;
      const body = rpc('initialize', 'mcp-ci-host', initializeParams(ctx.protocolVersion));
      // Sent as a page reached through DNS rebinding would send it: without the configured credentials. A server
      // that requires a token has the remedy the rule names, whatever Host it accepts.
      const credentials = Object.keys(httpProbe(ctx).baseHeaders).length > 0;
      const headers = { ...anonymousHeaders(ctx), ...POST_HEADERS, host };
      const exchange = await plainRequest({ url: url.href, method: 'POST', headers, body }, ctx.timeoutMs);
      await endStraySession(ctx, exchange, 'probe:http-host');
      const { status } = exchange;
      if (credentials && (status === 401 || status === 403))
        return pass(
          `rejected with HTTP ${status}: the server requires credentials, which a page reaching it through DNS rebinding does not have`,
        );
      if (is4xx(status)) return pass(`rejected with HTTP ${status}`);
      return violation(
        `answered initialize sent with Host: ${host}${credentials ? ' and no credentials' : ''} with HTTP ${status}; a local server that accepts any Host name and needs no token can be reached from web pages through DNS rebinding`,
        { sent: { headers: { host }, body }, received: httpEvidence(exchange) },
      );
    },
  },
  {
    id: 'http-binds-loopback',
    title: 'a locally started server listens on loopback only',
    section: 'http',
    level: 'SHOULD',
    requirements: ['HTTP-04'],
    spec: 'basic/transports#security-warning',
    rule: 'When running locally, servers SHOULD bind only to localhost (127.0.0.1) rather than all network interfaces (0.0.0.0).',
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    applies(ctx) {
      const target = ctx.config.target;
      if (target.transport === 'stdio' || target.transport === 'memory' || !target.launch)
        return 'mcp-ci did not start the server, so it is not running locally';
      return isLoopbackHost(endpoint(ctx).hostname) ? undefined : 'the endpoint is not on loopback';
    },
    async run(ctx) {
      const url = endpoint(ctx);
      const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
      const owner = await listenersOfPortOwner(port);
      if ('unavailable' in owner) return skip(`cannot see which addresses the server listens on: ${owner.unavailable}`);
      const describe = (s: { address: string; port: number }) =>
        `${s.address.includes(':') ? `[${s.address}]` : s.address}:${s.port}`;
      const exposed = owner.sockets.filter((s) => !isLoopbackAddress(s.address));
      if (exposed.length === 0) return pass(`listens on ${owner.sockets.map(describe).join(', ')}`);
      return violation(
        `the server process (pid ${owner.pid}) listens on ${exposed.map(describe).join(', ')}, reachable from other machines; a local server binds to 127.0.0.1 only`,
        { received: owner.sockets.map(describe) },
      );
    },
  },
  {
    id: 'http-authentication-off-loopback',
    title: 'a server reachable beyond loopback demands credentials',
    section: 'http',
    level: 'SHOULD',
    requirements: ['HTTP-05'],
    spec: 'basic/transports#security-warning',
    rule: 'Servers SHOULD implement proper authentication for all connections.',
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    applies(ctx) {
      return isLoopbackHost(endpoint(ctx).hostname)
        ? 'the endpoint is on loopback, where other checks (Origin, Host, binding) cover access'
        : undefined;
    },
    async run(ctx) {
      const url = endpoint(ctx);
      const body = rpc('initialize', 'mcp-ci-no-credentials', initializeParams(ctx.protocolVersion));
      // None of the configured headers: any of them may be what authenticates us.
      const exchange = await plainRequest(
        { url: url.href, method: 'POST', headers: { ...POST_HEADERS }, body },
        ctx.timeoutMs,
      );
      const response = responseTo(exchange, 'mcp-ci-no-credentials');
      if (!(is2xx(exchange.status) && response && 'result' in response)) {
        return pass(`refused initialize without credentials (HTTP ${exchange.status})`);
      }
      await endStraySession(ctx, exchange, 'probe:http-no-credentials');
      return violation(`serves MCP at ${url.href} to anyone: initialize without any credentials succeeded`, {
        sent: body,
        received: httpEvidence(exchange),
      });
    },
  },
  {
    id: 'http-sse-stream-ends-after-response',
    title: 'a request’s SSE stream ends once the response is sent',
    section: 'http',
    level: 'SHOULD',
    requirements: ['HTTP-15'],
    spec: 'basic/transports#sending-messages-to-the-server',
    rule: 'After the JSON-RPC response has been sent, the server SHOULD terminate the SSE stream.',
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const label = 'probe:http-stream-end';
      const stream = await observePingStream(ctx, await openProbeSession(ctx, label), label);
      if (!stream) return skip(JSON_ANSWER);
      if (!stream.response) return skip('the stream carried no response (see http-sse-response-delivered)');
      if (!stream.stillOpen) return pass();
      return violation(
        `kept a ping's SSE stream open ${ctx.timeoutMs} ms (timeout-ms) after the ping, its response already sent; the stream should end with the response`,
        { sent: stream.sent, received: httpEvidence(stream.exchange) },
      );
    },
  },
  {
    id: 'http-sse-response-delivered',
    title: 'a request’s SSE stream delivers its response',
    section: 'http',
    level: 'SHOULD',
    requirements: ['HTTP-13', 'HTTP-16'],
    spec: 'basic/transports#sending-messages-to-the-server',
    rule: 'The SSE stream SHOULD eventually include a JSON-RPC response for the JSON-RPC request sent in the POST body (2025-03-26 and 2025-06-18: the server SHOULD NOT close the SSE stream before sending the response).',
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS,
    scope: 'per-version',
    async run(ctx) {
      const label = 'probe:http-stream-response';
      const session = await openProbeSession(ctx, label);
      const stream = await observePingStream(ctx, session, label);
      if (!stream) return skip(JSON_ANSWER);
      if (stream.response) return pass();
      const evidence = { sent: stream.sent, received: httpEvidence(stream.exchange) };
      if (stream.stillOpen) {
        return violation(
          `sent no response to ping on its SSE stream within ${ctx.timeoutMs} ms (timeout-ms)`,
          evidence,
        );
      }
      const lastId = stream.sse.events.findLast((e) => e.id !== undefined)?.id;
      // From 2025-11-25 a server may close the connection early and let the client poll with Last-Event-ID.
      if (ctx.protocolVersion < '2025-11-25' || lastId === undefined) {
        return violation('closed the SSE stream of a ping before sending the response', evidence);
      }
      const headers = { accept: 'text/event-stream', ...session.headers, 'last-event-id': lastId };
      const resumed = await httpProbe(ctx).fetch({ method: 'GET', headers }, { label, timeoutMs: ctx.timeoutMs });
      if (responseTo(resumed, 'mcp-ci-stream')) return pass('delivered after the client resumed with Last-Event-ID');
      return violation(
        `closed the SSE stream of a ping before the response, and resuming with Last-Event-ID ${JSON.stringify(lastId)} did not deliver it (HTTP ${resumed.status})`,
        { sent: stream.sent, received: { stream: httpEvidence(stream.exchange), resumed: httpEvidence(resumed) } },
      );
    },
  },
  {
    id: 'http-resume-replays-own-stream',
    title: 'resuming a stream with Last-Event-ID replays only that stream’s messages',
    section: 'http',
    level: 'MUST',
    requirements: ['HTTP-21'],
    spec: 'basic/transports#resumability-and-redelivery',
    rule: 'The server MAY use this header to replay messages that would have been sent after the last event ID, on the stream that was disconnected, and to resume the stream from that point. The server MUST NOT replay messages that would have been delivered on a different stream.',
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const label = 'probe:http-resume';
      const session = await openProbeSession(ctx, label);
      const first = await observePingStream(ctx, session, label);
      if (!first) return skip(JSON_ANSWER);
      const resumeFrom = first.sse.events.find((e) => e.id !== undefined)?.id;
      if (resumeFrom === undefined) return skip('the server gives its SSE events no ids, so no stream can be resumed');
      // A second stream: resuming the first from its first event must not bring this one's response.
      const otherId = 'mcp-ci-other-stream';
      await post(ctx, rpc('ping', otherId), session.headers, { label });
      const headers = { accept: 'text/event-stream', ...session.headers, 'last-event-id': resumeFrom };
      // A resumed stream may stay open for later messages; what it replays comes at once.
      // The answer itself may take the request timeout on a busy machine; the replay is read for a short window
      // from its headers (a replay it missed could only hide a violation, never invent one).
      const resumed = await httpProbe(ctx).fetch(
        { method: 'GET', headers },
        { label, timeoutMs: ctx.timeoutMs, bodyWindowMs: REPLAY_WINDOW_MS },
      );
      if (!isEventStream(resumed.headers)) {
        return skip(`the server does not resume streams: GET with Last-Event-ID got HTTP ${resumed.status}`);
      }
      if (!responseTo(resumed, otherId)) return pass();
      return violation(
        `resuming a ping's stream with Last-Event-ID ${JSON.stringify(resumeFrom)} replayed the response to a ping sent on another stream`,
        { sent: { 'last-event-id': resumeFrom, otherStream: rpc('ping', otherId) }, received: httpEvidence(resumed) },
      );
    },
  },
  {
    id: 'http-sse-priming-event',
    title: 'an SSE stream starts with a priming event (an id and empty data)',
    section: 'http',
    level: 'SHOULD',
    requirements: ['HTTP-17'],
    spec: 'basic/transports#sending-messages-to-the-server',
    rule: 'If the server initiates an SSE stream, the server SHOULD immediately send an SSE event consisting of an event ID and an empty data field in order to prime the client to reconnect.',
    versions: ['2025-11-25'],
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const label = 'probe:http-priming';
      const stream = await observePingStream(ctx, await openProbeSession(ctx, label), label);
      if (!stream) return skip(JSON_ANSWER);
      const first = stream.sse.events[0];
      if (first && first.id !== undefined && first.data === '') return pass();
      const what = first
        ? `an event ${first.id === undefined ? 'without an id' : `with id ${JSON.stringify(first.id)}`} and ${first.data === '' ? 'empty data' : 'data'}`
        : 'no event';
      return violation(
        `the SSE stream of a ping began with ${what}; the server should first send an event with an id and empty data so the client can resume`,
        { sent: stream.sent, received: httpEvidence(stream.exchange) },
      );
    },
  },
  {
    id: 'http-sse-retry-before-close',
    title: 'a server that closes a stream before the response sends retry first',
    section: 'http',
    level: 'SHOULD',
    requirements: ['HTTP-18'],
    spec: 'basic/transports#sending-messages-to-the-server',
    rule: 'If the server does close the connection prior to terminating the SSE stream, it SHOULD send an SSE event with a standard retry field before closing the connection.',
    versions: ['2025-11-25'],
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const label = 'probe:http-retry';
      const stream = await observePingStream(ctx, await openProbeSession(ctx, label), label);
      if (!stream) return skip(JSON_ANSWER);
      if (stream.response || stream.stillOpen) {
        return skip('the server kept the connection open until the response, so it never needs a retry field');
      }
      if (stream.sse.retries.length) return pass(`retry: ${stream.sse.retries.at(-1)}`);
      return violation(
        'closed the connection of a ping’s SSE stream before the response without sending a retry field',
        {
          sent: stream.sent,
          received: httpEvidence(stream.exchange),
        },
      );
    },
  },
  {
    id: 'http-sse-event-ids-unique',
    title: 'SSE event ids are unique within a session',
    section: 'http',
    level: 'MUST',
    requirements: ['HTTP-20'],
    spec: 'basic/transports#resumability-and-redelivery',
    rule: 'If present, the ID MUST be globally unique across all streams within that session.',
    versions: STREAMABLE_HTTP_VERSIONS,
    transports: TRANSPORTS,
    scope: 'passive',
    async run(ctx) {
      const seen = eventIdsBySession(ctx.transcript());
      let total = 0;
      for (const [session, ids] of seen) {
        total += ids.length;
        const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
        if (repeated.length) {
          return violation(
            `sent SSE event id ${JSON.stringify(repeated[0])} more than once in session ${JSON.stringify(session)}`,
            { received: ids },
          );
        }
      }
      if (total === 0) return skip('no SSE event seen in a session carried an id');
      return pass(`${total} event ids in ${seen.size} sessions, none repeated`);
    },
  },
  {
    id: 'http-batch-2025-03-26',
    title: 'JSON-RPC batches are accepted under 2025-03-26',
    section: 'http',
    level: 'MUST',
    requirements: ['HTTP-30', 'BASE-12'],
    spec: 'basic/transports#sending-messages-to-the-server',
    rule: 'The body of the POST request MUST be one of: a single JSON-RPC message, or an array batching one or more requests and/or notifications, or one or more responses; implementations MUST support receiving JSON-RPC batches (2025-03-26).',
    versions: ['2025-03-26'],
    transports: TRANSPORTS,
    scope: 'once',
    async run(ctx) {
      const label = 'probe:http-batch';
      const session = await openProbeSession(ctx, label);
      const cancel = (requestId: string) => ({
        jsonrpc: '2.0',
        method: 'notifications/cancelled',
        params: { requestId, reason: 'batch probe' },
      });
      const notifications = JSON.stringify([cancel('mcp-ci-never-sent-1'), cancel('mcp-ci-never-sent-2')]);
      const accepted = await post(ctx, notifications, session.headers, { label });
      if (accepted.status !== 202 || accepted.body !== '') {
        return violation(
          `answered a batch of two notifications with HTTP ${accepted.status}${accepted.body ? ' and a body' : ''}; a batch of only notifications gets 202 with no body`,
          { sent: notifications, received: httpEvidence(accepted) },
        );
      }
      const ids = ['mcp-ci-batch-a', 'mcp-ci-batch-b'];
      const requests = JSON.stringify([...ids.map((id) => JSON.parse(rpc('ping', id))), cancel('mcp-ci-never-sent-3')]);
      const answered = await post(ctx, requests, session.headers, { label });
      const missing = ids.filter((id) => !responseTo(answered, id));
      if (missing.length === 0) return pass();
      return violation(
        `answered a batch of two pings and a notification (HTTP ${answered.status}) without a response to ${missing.join(' and ')}; each request in a batch gets its response`,
        { sent: requests, received: { ...httpEvidence(answered), messages: messagesOf(answered).length } },
      );
    },
  },
];

/** SSE event ids the probes received, by the session they belong to (streams outside any session are left out). */
function eventIdsBySession(entries: ReturnType<CheckContext['transcript']>): Map<string, string[]> {
  // What each connection last sent: the session it named, and whether it resumed a stream.
  const lastSent = new Map<string, Record<string, string> | undefined>();
  const bySession = new Map<string, string[]>();
  for (const entry of entries) {
    if (!entry.http) continue;
    if (entry.dir === 'send') {
      lastSent.set(entry.conn, entry.http.headers);
      continue;
    }
    const headers = entry.http.headers ?? {};
    const sent = lastSent.get(entry.conn);
    // A resumed stream redelivers events under the ids they were first sent with: the same events, not new ones.
    if (!isEventStream(headers) || !entry.raw || sent?.['last-event-id'] !== undefined) continue;
    const session = headers[SESSION_HEADER] ?? sent?.[SESSION_HEADER];
    if (session === undefined) continue;
    const ids = parseSse(entry.raw)
      .events.map((e) => e.id)
      .filter((id): id is string => id !== undefined && id !== '');
    bySession.set(session, [...(bySession.get(session) ?? []), ...ids]);
  }
  return bySession;
}
