/**
 * `subscriptions/listen`, which replaced the GET stream and resource subscriptions in 2026-07-28 (inventory
 * 5.13: M-31, M-32), and how SSE responses are streamed over HTTP (M-15, M-16).
 */
import { MODERN_VERSION } from '../../model.js';
import { enveloped, modernHeaders } from '../../wire/modern-connection.js';
import type { Finding } from '../judge/findings.js';
import { judgeFindings } from '../judge/findings.js';
import { modernMessages } from '../judge/modern-transcript.js';
import { requestStreams, unrelatedBecause } from '../judge/request-streams.js';
import { idKey, isObject, trimmed } from '../judge/transcript-index.js';
import { openModernProbe } from '../probes/modern-requests.js';
import { pass, skip, violation, warn, type CheckContext, type CheckDefinition } from '../types.js';
import { MODERN_ONLY } from '../versions.js';

const META_SUBSCRIPTION_ID = 'io.modelcontextprotocol/subscriptionId';
/** How long to read a subscription stream: the acknowledgement comes first and at once. */
const LISTEN_WINDOW_MS = 3_000;
/** The JSON-RPC id of mcp-ci's one listen request: the only subscription a server may cancel. */
export const SUBSCRIPTION_ID = 'mcp-ci-sub-1';

/** The list-changed notifications the server can send, from its capabilities, as a listen filter. */
function listenFilter(ctx: CheckContext): Record<string, boolean> {
  const capabilities = ctx.main.serverCapabilities;
  const filter: Record<string, boolean> = {};
  for (const [capability, key] of [
    ['tools', 'toolsListChanged'],
    ['prompts', 'promptsListChanged'],
    ['resources', 'resourcesListChanged'],
  ] as const) {
    const declared = capabilities[capability];
    if (isObject(declared) && declared.listChanged === true) filter[key] = true;
  }
  return filter;
}

export const checks: CheckDefinition[] = [
  {
    id: 'resources-subscription-acknowledged',
    title: 'subscriptions/listen is acknowledged first, with the request id as subscription id',
    section: 'resources',
    level: 'MUST',
    requirements: ['M-31', 'M-32'],
    spec: 'basic/patterns/subscriptions#acknowledgment',
    rule: 'The first message of a subscription MUST be notifications/subscriptions/acknowledged whose _meta subscriptionId is the JSON-RPC id of the listen request; every notification on the stream carries that subscriptionId.',
    versions: MODERN_ONLY,
    transports: ['stdio', 'http'],
    scope: 'once',
    applies: (ctx) =>
      Object.keys(listenFilter(ctx)).length === 0 ? 'the server declares no listChanged capability' : undefined,
    async run(ctx) {
      const filter = listenFilter(ctx);
      const channel = await openModernProbe(ctx, 'listen');
      const params = enveloped({ notifications: filter });
      const sent = { jsonrpc: '2.0', id: SUBSCRIPTION_ID, method: 'subscriptions/listen', params };
      const exchange = await channel.send(JSON.stringify(sent), {
        waitMs: LISTEN_WINDOW_MS,
        ...(ctx.transport === 'stdio'
          ? { startupMs: ctx.config.bootTimeoutMs }
          : { headers: modernHeaders('subscriptions/listen', params) }),
      });
      const evidence = { sent, received: exchange.messages.slice(0, 5) };
      const first = exchange.messages[0];
      if (!first) return violation(`nothing arrived on the subscription within ${LISTEN_WINDOW_MS} ms`, evidence);
      if (first.method !== 'notifications/subscriptions/acknowledged')
        return violation(
          `the first message of the subscription is ${typeof first.method === 'string' ? first.method : 'a response'}, not notifications/subscriptions/acknowledged`,
          evidence,
        );
      for (const message of exchange.messages) {
        if (typeof message.method !== 'string' || 'id' in message) continue;
        const meta = isObject(message.params) && isObject(message.params._meta) ? message.params._meta : {};
        if (meta[META_SUBSCRIPTION_ID] !== SUBSCRIPTION_ID)
          return violation(
            `${message.method} on the subscription carries subscriptionId ${JSON.stringify(meta[META_SUBSCRIPTION_ID])}, not ${JSON.stringify(SUBSCRIPTION_ID)}`,
            evidence,
          );
      }
      return pass(`acknowledged (${Object.keys(filter).join(', ')})`);
    },
  },
  {
    id: 'http-sse-unbuffered',
    title: 'SSE responses carry X-Accel-Buffering: no',
    section: 'http',
    level: 'SHOULD',
    requirements: ['M-16'],
    spec: 'basic/transports/streamable-http#receiving-messages',
    rule: 'Servers SHOULD include X-Accel-Buffering: no on SSE responses, so proxies deliver events as they are sent.',
    versions: MODERN_ONLY,
    transports: ['http'],
    scope: 'passive',
    async run(ctx) {
      const streams = modernMessages(ctx.transcript()).filter(({ http }) =>
        (http?.headers?.['content-type'] ?? '').includes('text/event-stream'),
      );
      if (streams.length === 0) return skip(`no ${MODERN_VERSION} response was streamed as SSE`);
      const findings: Finding[] = streams
        .filter(({ http }) => http?.headers?.['x-accel-buffering']?.toLowerCase() !== 'no')
        .map(({ conn, message }) => ({
          session: conn,
          problem: 'an SSE response has no X-Accel-Buffering: no',
          message,
        }));
      return judgeFindings(findings, 'SSE responses', `${streams.length} streamed messages checked`);
    },
  },
  {
    id: 'http-request-stream-scoped',
    title: 'a request’s SSE stream carries only its own notifications and ends with its response',
    section: 'http',
    level: 'MUST',
    requirements: ['M-15'],
    spec: 'basic/transports/streamable-http#receiving-messages',
    rule: 'Notifications sent on a request’s SSE stream before the final response MUST relate to the originating client request; the final JSON-RPC response SHOULD terminate the stream.',
    versions: MODERN_ONLY,
    transports: ['http'],
    scope: 'passive',
    async run(ctx) {
      // Every stream is read on after its response up to its request's timeout: wait for those reads to end.
      await ctx.http?.settled?.();
      const streams = requestStreams(ctx.transcript()).filter((s) => s.request.method !== 'subscriptions/listen');
      if (streams.length === 0) return skip(`no ${MODERN_VERSION} request was answered on an SSE stream`);
      const unrelated: Finding[] = [];
      for (const { conn, request, untilResponse } of streams)
        for (const message of untilResponse) {
          const because = typeof message.method === 'string' ? unrelatedBecause(message, request) : undefined;
          if (because)
            unrelated.push({
              session: conn,
              problem: `the stream of ${String(request.method)} request ${idKey(request.id)} carried ${because}`,
              message,
            });
        }
      if (unrelated.length > 0) return judgeFindings(unrelated, 'request streams', '');
      const late = streams.filter((s) => s.afterResponse.length > 0);
      const open = streams.filter((s) => s.ended === false);
      const evidenceOf = (s: (typeof streams)[number]) => ({
        session: s.conn,
        request: trimmed(s.request),
        afterResponse: trimmed(s.afterResponse.slice(0, 3)),
      });
      if (late.length > 0) {
        const first = late[0]!;
        return warn(
          `the stream of ${String(first.request.method)} request ${idKey(first.request.id)} carried ${first.afterResponse.length} message(s) after its response${late.length > 1 ? ` (and ${late.length - 1} more streams)` : ''}; the response should end the stream`,
          { received: late.slice(0, 3).map(evidenceOf) },
        );
      }
      if (open.length > 0) {
        const first = open[0]!;
        return warn(
          `the stream of ${String(first.request.method)} request ${idKey(first.request.id)} was still open at its request timeout (${ctx.timeoutMs} ms, timeout-ms), its response sent${open.length > 1 ? ` (and ${open.length - 1} more streams)` : ''}; the response should end the stream`,
          { received: open.slice(0, 3).map(evidenceOf) },
        );
      }
      const followed = streams.filter((s) => s.ended === true).length;
      return pass(
        `${streams.length} request streams carried only their own notifications; ${followed} read on ended with their response`,
      );
    },
  },
];
