/**
 * Which stream a message travels on (basic/transports, Streamable HTTP, 2025-03-26 on): responses come on the
 * POST that carried their request, never on the GET stream; what a POST's stream carries before the response
 * relates to that request; the GET stream carries nothing about requests in flight. One probe per session opens
 * a GET stream on a session of its own, POSTs a ping and a call of a tool that reports progress while the GET
 * stream is open, and records both streams; three checks judge the record.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { progressProbe } from '../probes/progress-probe.js';
import { openProbeSession, post, httpEvidence, httpProbe, rpc } from '../probes/http-session.js';
import { isEventStream, messagesOf, responseTo } from '../judge/sse.js';
import { isObject, isResponse } from '../judge/transcript-index.js';
import { pass, skip, violation, type CheckContext, type CheckDefinition, type Judgement } from '../types.js';
import { versionsFrom } from '../versions.js';
import type { Connection, HttpExchange } from '../../wire/types.js';

const VERSIONS = versionsFrom('2025-03-26');
/** How long the GET stream is still read after the last POST was answered. */
const GET_GRACE_MS = 100;
const PING_ID = 'mcp-ci-stream-ping';
const CALL_ID = 'mcp-ci-stream-call';
const PROGRESS_TOKEN = 'mcp-ci-stream-progress';

interface StreamProbe {
  /** Why there is nothing to judge. */
  unavailable?: string;
  get: HttpExchange;
  ping: { sent: string; exchange: HttpExchange };
  /** The progress tool's call, when a tool that reports progress may be called. */
  call?: { tool: string; sent: string; exchange: HttpExchange };
  /** Why no tool was called. */
  noCall?: string;
}

const probes = new WeakMap<Connection, Promise<StreamProbe>>();

function streamProbe(ctx: CheckContext): Promise<StreamProbe> {
  let probe = probes.get(ctx.main);
  if (!probe) {
    probe = runProbe(ctx);
    probes.set(ctx.main, probe);
  }
  return probe;
}

/**
 * The user's progress-tool, or the tool the progress probe found reporting progress; not one that gave no answer by
 * the request timeout when the probe called it, whose stream could not be read to its end, nor one answered only
 * after the request timeout (awaited while it reported progress), whose whole run would be added to the run's.
 */
async function progressTool(ctx: CheckContext): Promise<{ name: string; arguments: Record<string, unknown> } | string> {
  const probe = await progressProbe(ctx);
  const named = ctx.config.progressTool ?? probe.tool;
  const tool = named === undefined ? undefined : ctx.callableTools.find((t) => t.name === named);
  if (!tool) return 'no callable tool reported progress (name one with progress-tool)';
  const discovery = probe.calls.find((c) => c.purpose === 'discovery' && c.tool === tool.name);
  if (discovery && !discovery.response) {
    return `${tool.name} reports progress but gave no answer by the request timeout (name one that finishes with progress-tool)`;
  }
  if (!ctx.config.progressTool && probe.toolIsSlow) {
    return `${tool.name} reports progress but outlived the request timeout (name a faster one with progress-tool)`;
  }
  return tool;
}

async function runProbe(ctx: CheckContext): Promise<StreamProbe> {
  const label = 'probe:streams';
  // Found first, so the GET stream is open for the POSTs alone.
  const tool = await progressTool(ctx);
  const session = await openProbeSession(ctx, label);
  const pingSent = rpc('ping', PING_ID);
  // The POSTs go once the GET stream is open: a server can only misroute to a stream it has, and one the client
  // is still opening would decide the verdicts by which request reached the server first.
  let getOpened!: (open: boolean) => void;
  const getOpen = new Promise<boolean>((resolve) => (getOpened = resolve));
  const posts = (async () => {
    if (!(await getOpen)) throw new Error('the GET stream did not open');
    const ping = { sent: pingSent, exchange: await post(ctx, pingSent, session.headers, { label }) };
    if (typeof tool === 'string') return { ping, noCall: tool };
    const params = { name: tool.name, arguments: tool.arguments, _meta: { progressToken: PROGRESS_TOKEN } };
    const sent = rpc('tools/call', CALL_ID, params);
    // Its stream is read up to the answer or the request timeout, however slow the tool: what it carried by then is
    // judged, so a busy runner cannot turn the call's checks into skips.
    const exchange = await post(ctx, sent, session.headers, { label }).catch(() => undefined);
    if (!exchange) return { ping, noCall: `${tool.name} gave no HTTP answer within ${ctx.timeoutMs} ms` };
    return { ping, call: { tool: tool.name, sent, exchange } };
  })();
  // Awaited below, but the GET may fail first and leave it unawaited: a POST the server never answers, or a GET
  // that never opened, must fail this check, not end the run with an unhandled rejection.
  posts.catch(() => {});
  // The GET stream stays open while the POSTs are made, and a little after, for messages sent late to it.
  const stream = await httpProbe(ctx)
    .fetch(
      { method: 'GET', headers: { accept: 'text/event-stream', ...session.headers } },
      {
        label: `${label}:get`,
        opened: () => getOpened(true),
        // The ping and the call may each take the request timeout.
        timeoutMs: ctx.timeoutMs * 2,
        until: posts.then(
          () => sleep(GET_GRACE_MS),
          () => undefined,
        ),
      },
    )
    // A GET that failed before its head came sends no POST.
    .finally(() => getOpened(false));
  const { ping, call, noCall } = await posts;
  const unavailable =
    stream.status === 405
      ? 'the server offers no GET stream (405)'
      : !isEventStream(stream.headers)
        ? `GET answered HTTP ${stream.status} without an event stream`
        : undefined;
  return { unavailable, get: stream, ping, call, noCall };
}

async function judged(ctx: CheckContext, judge: (probe: StreamProbe) => Judgement): Promise<Judgement> {
  const probe = await streamProbe(ctx);
  return probe.unavailable ? skip(probe.unavailable) : judge(probe);
}

const progressTokenOf = (m: Record<string, unknown>) =>
  m.method === 'notifications/progress' && isObject(m.params) ? m.params.progressToken : undefined;

export const checks: CheckDefinition[] = [
  {
    id: 'http-get-stream-no-responses',
    title: 'responses come on their POST, never on the GET stream',
    section: 'http',
    level: 'MUST',
    requirements: ['HTTP-11'],
    spec: 'basic/transports#listening-for-messages-from-the-server',
    rule: 'The server MUST NOT send a JSON-RPC response on the stream unless resuming a stream associated with a previous client request.',
    versions: VERSIONS,
    transports: ['http'],
    scope: 'once',
    run: (ctx) =>
      judged(ctx, (probe) => {
        const responses = messagesOf(probe.get).filter(isResponse);
        if (responses.length) {
          return violation(`the GET stream (not resumed) carried ${responses.length} JSON-RPC response(s)`, {
            sent: [probe.ping.sent, probe.call?.sent].filter(Boolean),
            received: { get: httpEvidence(probe.get), responses: responses.slice(0, 3) },
          });
        }
        if (!responseTo(probe.ping.exchange, PING_ID)) {
          return skip('the ping POSTed while the GET stream was open got no response on its POST');
        }
        return pass(`${messagesOf(probe.get).length} message(s) on the GET stream, no response`);
      }),
  },
  {
    id: 'http-get-stream-unrelated',
    title: 'the GET stream carries nothing about a request in flight',
    section: 'http',
    level: 'SHOULD',
    requirements: ['HTTP-12'],
    spec: 'basic/transports#listening-for-messages-from-the-server',
    rule: 'These messages (on the GET stream) SHOULD be unrelated to any concurrently-running JSON-RPC request from the client.',
    versions: VERSIONS,
    transports: ['http'],
    scope: 'once',
    run: (ctx) =>
      judged(ctx, (probe) => {
        if (!probe.call) return skip(probe.noCall!);
        const onGet = messagesOf(probe.get).filter((m) => progressTokenOf(m) === PROGRESS_TOKEN);
        if (onGet.length) {
          return violation(
            `progress for the tools/call in flight on its POST came on the GET stream (${onGet.length} notification(s))`,
            { sent: probe.call.sent, received: onGet.slice(0, 3) },
          );
        }
        const onPost = messagesOf(probe.call.exchange).filter((m) => progressTokenOf(m) === PROGRESS_TOKEN);
        if (!onPost.length) return skip(`${probe.call.tool} reported no progress this time`);
        return pass(`${onPost.length} progress notification(s) on the call's own stream, none on the GET stream`);
      }),
  },
  {
    id: 'http-post-stream-related',
    title: 'a POST stream carries only messages about its own request before the response',
    section: 'http',
    level: 'SHOULD',
    requirements: ['HTTP-14'],
    spec: 'basic/transports#sending-messages-to-the-server',
    rule: 'The server MAY send JSON-RPC requests and notifications before sending the JSON-RPC response. These messages SHOULD relate to the originating client request.',
    versions: VERSIONS,
    transports: ['http'],
    scope: 'once',
    run: (ctx) =>
      judged(ctx, (probe) => {
        if (!probe.call) return skip(probe.noCall!);
        if (!isEventStream(probe.call.exchange.headers)) {
          return skip(
            `the tools/call was answered with ${probe.call.exchange.headers['content-type'] ?? 'no Content-Type'}, not a stream`,
          );
        }
        const foreign = messagesOf(probe.call.exchange).filter((m) => {
          const token = progressTokenOf(m);
          const cancelled =
            m.method === 'notifications/cancelled' && isObject(m.params) ? m.params.requestId : undefined;
          return (
            (token !== undefined && token !== PROGRESS_TOKEN) || (cancelled !== undefined && cancelled !== CALL_ID)
          );
        });
        if (foreign.length) {
          return violation(`the tools/call stream carried ${foreign.length} message(s) about another request`, {
            sent: probe.call.sent,
            received: foreign.slice(0, 3),
          });
        }
        return pass(`${messagesOf(probe.call.exchange).length} message(s) on the call's stream, all its own`);
      }),
  },
];
