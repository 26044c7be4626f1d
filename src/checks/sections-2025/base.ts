/** Base protocol: JSON-RPC message format (basic/index), inventory section 5.1. */
import { judgeFindings, type Finding } from '../judge/findings.js';
import { pass, skip, violation, warn, type CheckContext, type CheckDefinition } from '../types.js';
import { errorOf, responsesIn, responseWithId, sendThenPing } from '../probes/raw-probes.js';
import {
  idKey,
  indexSessions,
  isObject,
  isRequest,
  isResponse,
  trimmed,
  type JsonObject,
  unmatchedResponses,
  type WireMessage,
} from '../judge/transcript-index.js';
import { ALL_VERSIONS, versionsFrom } from '../versions.js';

const BOTH = ['stdio', 'http', 'sse'] as const;
const RAW = ['stdio', 'http'] as const;

const isValidId = (id: unknown) => typeof id === 'string' || (typeof id === 'number' && Number.isInteger(id));

function envelopeProblem(
  received: WireMessage,
  /** The session's responses that answer no request (unmatchedResponses). */
  unmatched: ReadonlyMap<number, string>,
): string | undefined {
  const message = received.message;
  if (message.jsonrpc !== '2.0') return `message has jsonrpc ${JSON.stringify(message.jsonrpc)} instead of "2.0"`;
  if ('method' in message) {
    if (typeof message.method !== 'string') return 'method is not a string';
    if ('result' in message || 'error' in message) return `${message.method} mixes a request with a response`;
    return undefined;
  }
  const hasResult = 'result' in message;
  const hasError = 'error' in message;
  if (!hasResult && !hasError) return 'message is neither a request, a notification nor a response';
  if (hasResult && hasError) return `response to id ${idKey(message.id)} sets both result and error`;
  if (hasResult) {
    if (!isObject(message.result)) return `result of response ${idKey(message.id)} is not an object`;
    if (!isValidId(message.id)) return `result response has id ${idKey(message.id)}, not a string or integer`;
  }
  // Errors to unreadable requests carry a null or no id; anything else must answer a request we sent.
  if (message.id === null || message.id === undefined) return hasError ? undefined : 'response has no id';
  return unmatched.get(received.index);
}

const META_LABEL = /^[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;
const META_NAME = /^(?:[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)?$/;
/** Keys under MCP's reserved prefix that the specification itself defines. */
const DEFINED_RESERVED_KEYS = new Set([
  'io.modelcontextprotocol/related-task',
  'io.modelcontextprotocol/model-immediate-response',
]);
/** Subtrees that hold user data or JSON Schemas, where a `_meta` property is not MCP metadata. */
const OPAQUE_KEYS = new Set([
  'inputSchema',
  'outputSchema',
  'requestedSchema',
  'structuredContent',
  'data',
  'arguments',
]);

/** Why a `_meta` key breaks the key grammar, or that it squats on the reserved prefix. */
export function metaKeyProblem(
  key: string,
  version: string,
): { kind: 'grammar' | 'reserved'; reason: string } | undefined {
  const slash = key.indexOf('/');
  const prefix = slash === -1 ? undefined : key.slice(0, slash);
  const name = slash === -1 ? key : key.slice(slash + 1);
  if (!META_NAME.test(name)) {
    return {
      kind: 'grammar',
      reason: 'the name must begin and end with a letter or digit and hold only letters, digits, -, _ and .',
    };
  }
  if (prefix === undefined) return undefined;
  const labels = prefix.split('.');
  if (!labels.every((label) => META_LABEL.test(label))) {
    return {
      kind: 'grammar',
      reason: 'prefix labels must start with a letter, end with a letter or digit and hold only letters, digits and -',
    };
  }
  const reservedLabel = (label: string) => label === 'modelcontextprotocol' || label === 'mcp';
  const reserved =
    version >= '2025-11-25'
      ? labels.length > 1 && reservedLabel(labels[1]!)
      : labels.some((label, i) => reservedLabel(label) && i + 1 < labels.length);
  if (reserved && !DEFINED_RESERVED_KEYS.has(key)) {
    return { kind: 'reserved', reason: 'the prefix is reserved for MCP and the specification defines no such key' };
  }
  return undefined;
}

function* metaObjects(value: unknown, path: string): Generator<{ path: string; meta: JsonObject }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* metaObjects(value[i], `${path}[${i}]`);
    return;
  }
  if (!isObject(value)) return;
  for (const [key, item] of Object.entries(value)) {
    if (key === '_meta' && isObject(item)) yield { path: `${path}._meta`, meta: item };
    else if (!OPAQUE_KEYS.has(key)) yield* metaObjects(item, `${path}.${key}`);
  }
}

/** Ids of every kind a JSON-RPC request may carry, each of which the response must echo exactly. */
const ECHO_IDS: { id: string | number; why: string }[] = [
  { id: 0, why: 'zero' },
  { id: 9007199254740991, why: 'the largest exact integer' },
  { id: '1', why: 'a string of digits' },
  { id: 'mcp-ci-héllo-世界-🙂', why: 'non-ASCII UTF-8' },
];

const INVALID_REQUESTS: { frame: JsonObject; why: string }[] = [
  { frame: { jsonrpc: '2.0', id: 'mcp-ci-invalid-1', method: 42 }, why: 'a method that is not a string' },
  { frame: { jsonrpc: '1.0', id: 'mcp-ci-invalid-2', method: 'ping' }, why: 'jsonrpc "1.0"' },
  { frame: { id: 'mcp-ci-invalid-3', method: 'ping' }, why: 'no jsonrpc member' },
];

const SDK_NOTE = 'JSON-RPC 2.0 requires it; several official SDKs do not send it, so this is a warning, not a failure';

async function probeInvalidRequests(ctx: CheckContext) {
  const raw = await ctx.openRaw({ label: 'probe:invalid-request' });
  const deviations: { sent: JsonObject; why: string; got: unknown }[] = [];
  for (const { frame, why } of INVALID_REQUESTS) {
    const outcome = await sendThenPing(ctx, raw, JSON.stringify(frame));
    if (!outcome.serving) {
      return violation(`stopped serving after a request with ${why}`, {
        sent: frame,
        received: trimmed([...outcome.messages, ...outcome.nonJson]),
      });
    }
    const reply = responsesIn(outcome.messages)[0];
    const code = errorOf(reply)?.code;
    if (code === -32600) continue;
    deviations.push({
      sent: frame,
      why,
      got: reply
        ? trimmed(reply)
        : outcome.http
          ? { status: outcome.http.status, body: outcome.http.body }
          : 'no reply',
    });
  }
  if (deviations.length === 0) return pass('every invalid request got -32600 and the server kept serving');
  const first = deviations[0]!;
  const got = typeof first.got === 'string' ? first.got : `${JSON.stringify(first.got).slice(0, 120)}`;
  return warn(`a request with ${first.why} got ${got} instead of -32600 Invalid Request; ${SDK_NOTE}`, {
    sent: deviations.map((d) => d.sent),
    received: deviations.map((d) => d.got),
  });
}

export const checks: CheckDefinition[] = [
  {
    id: 'base-jsonrpc-envelope',
    title: 'every message is a JSON-RPC 2.0 request, notification or response',
    section: 'base',
    level: 'MUST',
    requirements: ['BASE-01', 'BASE-02', 'BASE-03', 'BASE-15'],
    spec: 'basic/index#messages',
    rule: 'All messages between MCP clients and servers MUST follow the JSON-RPC 2.0 specification. Either a result or an error MUST be set. A response MUST NOT set both. Responses MUST include the same ID as the request they correspond to. JSON-RPC messages MUST be UTF-8 encoded.',
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const findings: Finding[] = [];
      let count = 0;
      // The wire decodes every frame as strict UTF-8 and marks the ones that are not; a lenient decoder would
      // have turned the bad bytes into U+FFFD and let the message pass.
      for (const entry of ctx.transcript()) {
        if (entry.dir !== 'recv' || !entry.invalidUtf8) continue;
        const message = isObject(entry.message) ? entry.message : { line: trimmed(entry.raw) };
        findings.push({ session: entry.conn, problem: 'a message is not valid UTF-8 (shown with U+FFFD)', message });
      }
      // Over Streamable HTTP a POST's stream answers that POST's requests; the wire notes any other answer on it.
      // An id that no request of the session used is reported below, as over stdio, and not twice.
      const sentIds = new Set<string>();
      for (const entry of ctx.transcript()) {
        if (entry.dir === 'send' && isObject(entry.message) && 'method' in entry.message && 'id' in entry.message)
          sentIds.add(`${entry.conn}\u0000${idKey(entry.message.id)}`);
      }
      for (const entry of ctx.transcript()) {
        if (entry.dir !== 'recv' || !entry.misrouted) continue;
        const { answerId, requestIds } = entry.misrouted;
        if (!sentIds.has(`${entry.conn}\u0000${answerId}`)) continue;
        findings.push({
          session: entry.conn,
          problem: `a response with id ${answerId} came on the stream of the POST that carried request ${requestIds.join(', ')}`,
          message: { answerId, requestIds },
        });
      }
      for (const session of indexSessions(ctx.transcript())) {
        const unmatched = unmatchedResponses(session);
        for (const received of session.received) {
          count++;
          const problem = envelopeProblem(received, unmatched);
          if (problem) findings.push({ session: session.id, problem, message: received.message });
        }
      }
      return judgeFindings(findings, 'messages the server sent', `${count} messages checked`);
    },
  },
  {
    id: 'base-error-object',
    title: 'error responses carry an integer code and a string message',
    section: 'base',
    level: 'MUST',
    requirements: ['BASE-04'],
    spec: 'basic/index#responses',
    rule: 'Errors MUST include an error code and message at minimum. Error codes MUST be integers.',
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const findings: Finding[] = [];
      let count = 0;
      for (const session of indexSessions(ctx.transcript())) {
        for (const { message } of session.received) {
          if (!isResponse(message) || !('error' in message)) continue;
          count++;
          const error = message.error;
          if (!isObject(error)) findings.push({ session: session.id, problem: 'error is not an object', message });
          else if (typeof error.code !== 'number' || !Number.isInteger(error.code))
            findings.push({
              session: session.id,
              problem: `error code ${JSON.stringify(error.code)} is not an integer`,
              message,
            });
          else if (typeof error.message !== 'string')
            findings.push({ session: session.id, problem: `error ${error.code} has no string message`, message });
        }
      }
      if (count === 0) return skip('the server sent no error response during the run');
      return judgeFindings(findings, 'error responses the server sent', `${count} error responses checked`);
    },
  },
  {
    id: 'base-response-id-echo',
    title: 'responses echo the request id exactly, whatever its type',
    section: 'base',
    level: 'MUST',
    requirements: ['BASE-02', 'BASE-15'],
    spec: 'basic/index#responses',
    rule: 'Responses MUST include the same ID as the request they correspond to. JSON-RPC messages MUST be UTF-8 encoded.',
    versions: ALL_VERSIONS,
    transports: RAW,
    scope: 'once',
    async run(ctx) {
      const raw = await ctx.openRaw({ label: 'probe:response-id' });
      for (const { id, why } of ECHO_IDS) {
        const frame = { jsonrpc: '2.0', id, method: 'ping' };
        // A missing answer fails a MUST, so it gets the request timeout; a correct server answers at once.
        const exchange = await raw.send(JSON.stringify(frame), { waitForId: id, waitMs: ctx.timeoutMs });
        if (responseWithId(exchange.messages, id)) continue;
        const others = responsesIn(exchange.messages);
        return violation(
          others.length
            ? `a ping with id ${JSON.stringify(id)} (${why}) was answered with id ${idKey(others[0]!.id)}`
            : `no response to a ping with id ${JSON.stringify(id)} (${why})`,
          { sent: frame, received: trimmed([...others, ...exchange.nonJson]) },
        );
      }
      return pass(`echoed ${ECHO_IDS.map((e) => JSON.stringify(e.id)).join(', ')}`);
    },
  },
  {
    id: 'base-parse-error',
    title: 'malformed JSON gets -32700 Parse error and the server keeps serving',
    section: 'base',
    level: 'MUST',
    requirements: ['BASE-09'],
    spec: 'basic/index#messages',
    rule: 'All messages MUST follow JSON-RPC 2.0, which answers invalid JSON with error -32700 (Parse error) and id null.',
    versions: ALL_VERSIONS,
    transports: RAW,
    scope: 'once',
    async run(ctx) {
      const raw = await ctx.openRaw({ label: 'probe:parse-error' });
      const frame = '{"jsonrpc":"2.0","id":"mcp-ci-parse","method":"ping",';
      const outcome = await sendThenPing(ctx, raw, frame);
      const received = trimmed([...outcome.messages, ...outcome.nonJson]);
      if (!outcome.serving)
        return violation('stopped serving after a line of malformed JSON', { sent: frame, received });
      const reply = responsesIn(outcome.messages)[0];
      const error = errorOf(reply);
      if (reply && error?.code === -32700) {
        if (reply.id === null || reply.id === undefined) return pass('answered -32700 and kept serving');
        return violation(`answered -32700 with id ${idKey(reply.id)}; an unreadable request has id null`, {
          sent: frame,
          received,
        });
      }
      if (reply) {
        return violation(
          `answered malformed JSON with ${error ? `error ${String(error.code)}` : 'a result'}, not -32700`,
          {
            sent: frame,
            received,
          },
        );
      }
      // One policy on every transport: the -32700 reply is a MUST that MCP inherits from JSON-RPC 2.0 rather than
      // states, official SDKs leave it out (over stdio), and over HTTP the transport makes the JSON-RPC body a MAY
      // ("The HTTP response body MAY comprise a JSON-RPC error response"). Silence warns, as base-invalid-request
      // does; stopping serving and a wrong reply fail everywhere.
      const status = outcome.http ? ` (HTTP ${outcome.http.status})` : '';
      return warn(`no -32700 reply to malformed JSON${status}, though the server kept serving; ${SDK_NOTE}`, {
        sent: frame,
        received: outcome.http ? { status: outcome.http.status, body: trimmed(outcome.http.body) } : received,
      });
    },
  },
  {
    id: 'base-invalid-request',
    title: 'JSON that is not a valid request gets -32600 Invalid Request',
    section: 'base',
    level: 'MUST',
    requirements: ['BASE-10'],
    spec: 'basic/index#messages',
    rule: 'All messages MUST follow JSON-RPC 2.0, which answers a JSON value that is not a valid Request object with error -32600 (Invalid Request).',
    versions: ALL_VERSIONS,
    transports: RAW,
    scope: 'once',
    run: probeInvalidRequests,
  },
  {
    id: 'base-unknown-method',
    title: 'an unknown method gets -32601 Method not found',
    section: 'base',
    level: 'MUST',
    requirements: ['BASE-11'],
    spec: 'basic/index#messages',
    rule: 'All messages MUST follow JSON-RPC 2.0, which answers a method that does not exist with error -32601 (Method not found).',
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: 'once',
    async run(ctx) {
      const method = 'mcp-ci/no-such-method';
      const outcome = await ctx.main.request(method, {});
      if (!outcome.ok && outcome.error.code === -32601) return pass();
      return violation(
        outcome.ok
          ? `answered the unknown method ${method} with a result`
          : `answered the unknown method ${method} with error ${outcome.error.code}, not -32601`,
        { sent: { method, params: {} }, received: outcome.ok ? trimmed(outcome.result) : outcome.error },
      );
    },
  },
  {
    id: 'base-notification-not-answered',
    title: 'a notification the server does not know gets no response',
    section: 'base',
    level: 'MUST',
    requirements: ['BASE-05'],
    spec: 'basic/index#notifications',
    rule: 'Notifications are sent from the client to the server or vice versa, as a one-way message. The receiver MUST NOT send a response.',
    versions: ALL_VERSIONS,
    transports: RAW,
    scope: 'once',
    async run(ctx) {
      const raw = await ctx.openRaw({ label: 'probe:notification' });
      const frame = { jsonrpc: '2.0', method: 'notifications/mcp-ci/unknown', params: { note: 'ignore me' } };
      const outcome = await sendThenPing(ctx, raw, JSON.stringify(frame));
      const responses = responsesIn(outcome.messages);
      if (responses.length) {
        return violation('answered an unknown notification with a response', {
          sent: frame,
          received: trimmed(responses),
        });
      }
      if (!outcome.serving) return violation('stopped serving after an unknown notification', { sent: frame });
      return pass();
    },
  },
  {
    id: 'base-server-request-ids',
    title: 'requests the server sends have unique, non-null string or integer ids',
    section: 'base',
    level: 'MUST',
    requirements: ['BASE-06', 'BASE-07'],
    spec: 'basic/index#requests',
    rule: 'Requests MUST include a string or integer ID. Unlike base JSON-RPC, the ID MUST NOT be null. The request ID MUST NOT have been previously used by the requestor within the same session.',
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const findings: Finding[] = [];
      let count = 0;
      for (const session of indexSessions(ctx.transcript())) {
        const used = new Map<string, string>();
        for (const { message } of session.received) {
          if (!isRequest(message) || String(message.method).startsWith('notifications/')) continue;
          count++;
          const key = idKey(message.id);
          const text = JSON.stringify(message);
          // Over HTTP a resumed SSE stream (Last-Event-ID) may deliver the same request again: a redelivery,
          // not a second request with a used id.
          const redelivered = ctx.transport !== 'stdio' && used.get(key) === text;
          if (!isValidId(message.id))
            findings.push({ session: session.id, problem: `${String(message.method)} request has id ${key}`, message });
          else if (used.has(key) && !redelivered)
            findings.push({
              session: session.id,
              problem: `${String(message.method)} request reuses id ${key}`,
              message,
            });
          used.set(key, text);
        }
      }
      if (count === 0) return pass('the server sent no requests');
      return judgeFindings(findings, 'requests the server sent', `${count} server requests checked`);
    },
  },
  {
    id: 'base-notification-without-id',
    title: 'notifications the server sends carry no id',
    section: 'base',
    level: 'MUST',
    requirements: ['BASE-08'],
    spec: 'basic/index#notifications',
    rule: 'Notifications MUST NOT include an ID.',
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const findings: Finding[] = [];
      for (const session of indexSessions(ctx.transcript())) {
        for (const { message } of session.received) {
          if (typeof message.method === 'string' && message.method.startsWith('notifications/') && 'id' in message) {
            findings.push({
              session: session.id,
              problem: `${message.method} carries id ${idKey(message.id)}`,
              message,
            });
          }
        }
      }
      return judgeFindings(findings, 'notifications the server sent', 'no notification carried an id');
    },
  },
  {
    id: 'base-meta-keys',
    title: '_meta keys follow the key name format',
    section: 'base',
    level: 'MUST',
    requirements: ['BASE-13'],
    spec: 'basic/index#meta',
    rule: 'Prefix labels MUST start with a letter and end with a letter or digit; the name, unless empty, MUST begin and end with an alphanumeric character. Prefixes whose second label is modelcontextprotocol or mcp are reserved for MCP use.',
    versions: versionsFrom('2025-06-18'),
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const grammar: Finding[] = [];
      const reserved: Finding[] = [];
      let keys = 0;
      for (const session of indexSessions(ctx.transcript())) {
        if (!session.version || session.version < '2025-06-18') continue;
        for (const { message } of session.received) {
          for (const { path, meta } of metaObjects(message, '')) {
            for (const key of Object.keys(meta)) {
              keys++;
              const problem = metaKeyProblem(key, session.version);
              if (!problem) continue;
              const finding = {
                session: session.id,
                problem: `_meta key ${JSON.stringify(key)} at ${path.slice(1)}: ${problem.reason}`,
                message,
              };
              (problem.kind === 'grammar' ? grammar : reserved).push(finding);
            }
          }
        }
      }
      if (grammar.length) return judgeFindings(grammar, '_meta keys the server sent', '');
      if (reserved.length) {
        const first = reserved[0]!;
        return warn(`${first.problem}; only the specification and its official extensions define keys there`, {
          received: reserved.slice(0, 3).map((f) => ({ session: f.session, message: trimmed(f.message) })),
        });
      }
      return pass(`${keys} _meta keys checked`);
    },
  },
];
