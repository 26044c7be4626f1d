/**
 * Streamable HTTP in 2026-07-28 (inventory 5.13: M-14, M-18 to M-22, M-27): the standard request headers and
 * how the server validates them, status codes, and what is left of 2025's sessions and GET stream.
 */
import { randomUUID } from 'node:crypto';
import { MODERN_VERSION } from '../../model.js';
import { encodeHeaderValue, enveloped, modernHeaders, paramHeadersOf } from '../../wire/modern-connection.js';
import { isObject } from '../judge/transcript-index.js';
import {
  describeModern,
  errorOf,
  modernEvidence,
  openModernProbe,
  sendModern,
  type ModernExchange,
} from '../probes/modern-requests.js';
import { pass, skip, violation, type CheckContext, type CheckDefinition, type ToolInvocation } from '../types.js';
import { MODERN_ONLY } from '../versions.js';

const HTTP = ['http'] as const;
const HEADER_MISMATCH = -32020;

/** A request that names something in `Mcp-Name`, built from what the server lists (no side effects first). */
function namedRequest(
  ctx: CheckContext,
): { method: string; params: Record<string, unknown>; name: string } | undefined {
  const resource = ctx.inventory.resources.find((r) => typeof r.uri === 'string');
  if (resource) return { method: 'resources/read', params: { uri: resource.uri }, name: resource.uri as string };
  const prompt = ctx.inventory.prompts.find(
    (p) =>
      typeof p.name === 'string' && !(Array.isArray(p.arguments) && p.arguments.some((a) => isObject(a) && a.required)),
  );
  if (prompt) return { method: 'prompts/get', params: { name: prompt.name }, name: prompt.name as string };
  const tool = ctx.callableTools[0];
  if (tool) return { method: 'tools/call', params: { name: tool.name, arguments: tool.arguments }, name: tool.name };
  return undefined;
}

/** A callable tool with an `x-mcp-header` parameter its arguments give a value to, and that parameter. */
function toolWithParamHeader(ctx: CheckContext): { call: ToolInvocation; header: string; value: string } | undefined {
  for (const call of ctx.callableTools) {
    for (const [argument, header] of Object.entries(paramHeadersOf(call.tool))) {
      const value = call.arguments[argument];
      if (typeof value === 'string')
        return { call, header: `mcp-param-${header.toLowerCase()}`, value: encodeHeaderValue(value) };
      if (typeof value === 'number' || typeof value === 'boolean')
        return { call, header: `mcp-param-${header.toLowerCase()}`, value: String(value) };
    }
  }
  return undefined;
}

/** Versions older than 2025-06-18, the first revision with an MCP-Protocol-Version header. */
const HEADERLESS_VERSIONS = ['2025-03-26', '2024-11-05'] as const;

/**
 * How the server serves clients older than 2025-06-18, if it does: the version matrix says so on a full run;
 * on a run pinned to 2026-07-28 a fresh initialize at 2025-03-26 asks.
 */
async function servesClientsBefore2025_06_18(ctx: CheckContext): Promise<string | undefined> {
  const { accepted } = await ctx.versionMatrix();
  const old = accepted.filter((v) => (HEADERLESS_VERSIONS as readonly string[]).includes(v));
  if (old.length > 0) return `accepts ${old.join(' and ')} at initialize`;
  if (accepted.length > 0) return undefined;
  try {
    const connection = await ctx.connect({ protocolVersion: HEADERLESS_VERSIONS[0], label: 'probe:headerless-era' });
    const version = connection.protocolVersion;
    await connection.close();
    return (HEADERLESS_VERSIONS as readonly string[]).includes(version)
      ? `accepts ${version} at initialize`
      : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a header probe was refused the way the revision requires: 400 and -32020. */
const refusedAsMismatch = (exchange: ModernExchange) =>
  exchange.status === 400 && errorOf(exchange.response)?.code === HEADER_MISMATCH;

export const checks: CheckDefinition[] = [
  {
    id: 'http-protocol-version-header-mismatch',
    title: 'MCP-Protocol-Version missing or disagreeing with _meta is refused with 400 and -32020',
    section: 'http',
    level: 'MUST',
    requirements: ['M-18'],
    spec: 'basic/transports/streamable-http#protocol-version-header',
    rule: "The header value MUST match the io.modelcontextprotocol/protocolVersion field carried in the request body's _meta. If the values do not match, the server MUST reject the request with 400 Bad Request and a HeaderMismatch JSON-RPC error. A server that does not support such clients [earlier than 2025-06-18] MUST reject a request without the header.",
    versions: MODERN_ONLY,
    transports: HTTP,
    scope: 'once',
    async run(ctx) {
      const channel = await openModernProbe(ctx, 'protocol-version-header');
      const mismatch = await sendModern(ctx, channel, 'tools/list', undefined, {
        headers: { 'mcp-protocol-version': '2025-11-25' },
      });
      if (!refusedAsMismatch(mismatch))
        return violation(
          `a POST with a header of 2025-11-25 and 2026-07-28 in _meta got ${describeModern(mismatch)}, not 400 with -32020`,
          modernEvidence(mismatch),
        );
      const missing = await sendModern(ctx, channel, 'tools/list', undefined, {
        headers: { 'mcp-protocol-version': undefined },
      });
      if (refusedAsMismatch(missing)) return pass('both refused with 400 and -32020');
      // The revision lets a server that still serves pre-2025-06-18 clients read a missing header as 2025-03-26.
      const oldClients = await servesClientsBefore2025_06_18(ctx);
      if (oldClients)
        return pass(
          `the disagreeing header is refused; a missing one is read as 2025-03-26 (the server ${oldClients})`,
        );
      return violation(
        `a POST with no MCP-Protocol-Version header got ${describeModern(missing)}, not 400 with -32020, and the server does not serve clients older than 2025-06-18`,
        modernEvidence(missing),
      );
    },
  },
  {
    id: 'http-method-name-headers',
    title: 'Mcp-Method and Mcp-Name are required and must match the body',
    section: 'http',
    level: 'MUST',
    requirements: ['M-20', 'M-22'],
    spec: 'basic/transports/streamable-http#standard-request-headers',
    rule: 'Mcp-Method (every request) and Mcp-Name (tools/call, resources/read, prompts/get) are REQUIRED; header values are compared case-sensitively, and a missing or mismatching value MUST be answered with 400 and HeaderMismatch (-32020).',
    versions: MODERN_ONLY,
    transports: HTTP,
    scope: 'once',
    async run(ctx) {
      const channel = await openModernProbe(ctx, 'method-name-headers');
      const probes: {
        what: string;
        method: string;
        params?: Record<string, unknown>;
        headers: Record<string, string | undefined>;
      }[] = [
        { what: 'no Mcp-Method header', method: 'tools/list', headers: { 'mcp-method': undefined } },
        {
          what: 'Mcp-Method: TOOLS/LIST for tools/list',
          method: 'tools/list',
          headers: { 'mcp-method': 'TOOLS/LIST' },
        },
        {
          what: 'Mcp-Method: prompts/list for tools/list',
          method: 'tools/list',
          headers: { 'mcp-method': 'prompts/list' },
        },
      ];
      const named = namedRequest(ctx);
      if (named) {
        probes.push(
          {
            what: `no Mcp-Name header on ${named.method}`,
            method: named.method,
            params: named.params,
            headers: { 'mcp-name': undefined },
          },
          {
            what: `an Mcp-Name that is not the body's on ${named.method}`,
            method: named.method,
            params: named.params,
            headers: { 'mcp-name': `${named.name}-mcp-ci-other` },
          },
        );
      }
      for (const { what, method, params, headers } of probes) {
        const exchange = await sendModern(ctx, channel, method, params, { headers });
        if (!refusedAsMismatch(exchange))
          return violation(
            `a POST with ${what} got ${describeModern(exchange)}, not 400 with -32020`,
            modernEvidence(exchange),
          );
      }
      return pass(`${probes.length} header mismatches refused${named ? '' : ' (nothing listed to name in Mcp-Name)'}`);
    },
  },
  {
    id: 'http-base64-name',
    title: 'a base64-encoded Mcp-Name is decoded before it is compared',
    section: 'http',
    level: 'MUST',
    requirements: ['M-21'],
    spec: 'basic/transports/streamable-http#value-encoding',
    rule: 'Servers MUST decode header values sent in the base64 sentinel form (=?base64?...?=) before comparing them with the body.',
    versions: MODERN_ONLY,
    transports: HTTP,
    scope: 'once',
    async run(ctx) {
      const named = namedRequest(ctx);
      if (!named) return skip('the server lists no resource, argument-free prompt or callable tool to name');
      const channel = await openModernProbe(ctx, 'base64-name');
      const encoded = `=?base64?${Buffer.from(named.name, 'utf8').toString('base64')}?=`;
      const exchange = await sendModern(ctx, channel, named.method, named.params, { headers: { 'mcp-name': encoded } });
      if (refusedAsMismatch(exchange) || exchange.status === 400)
        return violation(
          `${named.method} with Mcp-Name ${encoded} (the base64 form of ${JSON.stringify(named.name)}) got ${describeModern(exchange)}`,
          modernEvidence(exchange),
        );
      return pass(`${named.method} accepted a base64 Mcp-Name (${describeModern(exchange)})`);
    },
  },
  {
    id: 'http-param-headers',
    title: 'Mcp-Param-* headers of x-mcp-header parameters must match the arguments',
    section: 'http',
    level: 'MUST',
    requirements: ['M-23'],
    spec: 'basic/transports/streamable-http#server-behavior-for-custom-headers',
    rule: 'For a parameter marked with x-mcp-header the server MUST reject (400, -32020) a request whose Mcp-Param header disagrees with the argument, or omits the header while the argument has a value.',
    versions: MODERN_ONLY,
    transports: HTTP,
    scope: 'once',
    applies: (ctx) =>
      toolWithParamHeader(ctx) ? undefined : 'no callable tool has an x-mcp-header parameter with a value to send',
    async run(ctx) {
      const { call, header, value } = toolWithParamHeader(ctx)!;
      const channel = await openModernProbe(ctx, 'param-headers');
      const params = { name: call.name, arguments: call.arguments };
      const matching = await sendModern(ctx, channel, 'tools/call', params, { headers: { [header]: value } });
      if (refusedAsMismatch(matching))
        return violation(`${call.name} with a matching ${header} header was refused`, modernEvidence(matching));
      const probes = [
        { what: `a ${header} header that disagrees with the argument`, headers: { [header]: `${value}-mcp-ci-other` } },
        { what: `no ${header} header while the argument has a value`, headers: { [header]: undefined } },
      ];
      for (const probe of probes) {
        const exchange = await sendModern(ctx, channel, 'tools/call', params, { headers: probe.headers });
        if (!refusedAsMismatch(exchange))
          return violation(
            `${call.name} with ${probe.what} got ${describeModern(exchange)}, not 400 with -32020`,
            modernEvidence(exchange),
          );
      }
      return pass(`${call.name}: ${header} checked against the argument`);
    },
  },
  {
    id: 'http-unknown-method-404',
    title: 'an unknown method is answered with 404 and -32601',
    section: 'http',
    level: 'MUST',
    requirements: ['M-19'],
    spec: 'basic/transports/streamable-http#protocol-version-header',
    rule: 'A request for an unknown RPC method MUST be answered with HTTP 404 and a JSON-RPC -32601 error in the body.',
    versions: MODERN_ONLY,
    transports: HTTP,
    scope: 'once',
    async run(ctx) {
      const channel = await openModernProbe(ctx, 'unknown-method');
      const exchange = await sendModern(ctx, channel, 'mcp-ci/nonexistent');
      if (exchange.status !== 404 || errorOf(exchange.response)?.code !== -32601)
        return violation(
          `an unknown method got ${describeModern(exchange)}, not 404 with -32601`,
          modernEvidence(exchange),
        );
      return pass();
    },
  },
  {
    id: 'http-notification-202-or-error',
    title: 'a notification POST is answered 202 without a body (or refused with an error status)',
    section: 'http',
    level: 'MUST',
    requirements: ['M-14'],
    spec: 'basic/transports/streamable-http#sending-messages',
    rule: 'If the server accepts a POSTed notification it MUST answer 202 Accepted with no body; otherwise an HTTP error status.',
    versions: MODERN_ONLY,
    transports: HTTP,
    scope: 'once',
    async run(ctx) {
      const channel = await openModernProbe(ctx, 'notification');
      const params = enveloped({ requestId: 'mcp-ci-never-sent' });
      const exchange = await channel.send(
        JSON.stringify({ jsonrpc: '2.0', method: 'notifications/cancelled', params }),
        {
          headers: modernHeaders('notifications/cancelled', params),
          waitMs: ctx.timeoutMs,
        },
      );
      const status = exchange.http?.status ?? 0;
      const body = exchange.http?.body ?? '';
      const evidence = { sent: params, received: exchange.http };
      if (status === 202 && body.trim() !== '')
        return violation('the 202 answering a notification has a body', evidence);
      if (status !== 202 && status < 400)
        return violation(`a notification POST got HTTP ${status}, neither 202 nor an error status`, evidence);
      return pass(`HTTP ${status}`);
    },
  },
  {
    id: 'http-no-sessions',
    title: 'GET and DELETE get 405; Mcp-Session-Id is neither minted nor required',
    section: 'http',
    level: 'SHOULD',
    requirements: ['M-27'],
    spec: 'basic/transports/streamable-http#earlier-streamable-http-revisions',
    rule: 'A server that supports only 2026-07-28 SHOULD answer GET and DELETE with 405, ignore Mcp-Session-Id (never issue or echo one) and ignore Last-Event-ID.',
    versions: MODERN_ONLY,
    transports: HTTP,
    scope: 'once',
    async run(ctx) {
      const http = ctx.http!;
      for (const method of ['GET', 'DELETE']) {
        const response = await http.fetch(
          { method, headers: { accept: 'text/event-stream', 'mcp-protocol-version': MODERN_VERSION } },
          { readBody: 'none', label: `probe:no-sessions-${method}@${MODERN_VERSION}` },
        );
        // A server that speaks 2025 too keeps its GET stream and DELETE for 2025 clients.
        const { accepted } = await ctx.versionMatrix();
        if (response.status !== 405 && accepted.length === 0)
          return violation(`${method} got HTTP ${response.status}, not 405`, { received: response });
      }
      const channel = await openModernProbe(ctx, 'session-id');
      const exchange = await sendModern(ctx, channel, 'tools/list', undefined, {
        headers: { 'mcp-session-id': randomUUID() },
      });
      const evidence = modernEvidence(exchange);
      if (exchange.response?.result === undefined)
        return violation(`a POST with a made-up Mcp-Session-Id got ${describeModern(exchange)}`, evidence);
      const minted = exchange.http?.headers['mcp-session-id'];
      if (minted !== undefined)
        return violation(`the response carries Mcp-Session-Id ${JSON.stringify(minted)}`, evidence);
      return pass();
    },
  },
];
