/** Lifecycle & capability negotiation (basic/lifecycle), inventory section 5.3. */
import { resultProblems } from '../judge/message-schema.js';
import {
  CLIENT_INFO,
  firstAnswerTimeout,
  firstAnswerWait,
  responsesIn,
  responseWithId,
  sendThenPing,
  type FrameOutcome,
} from '../probes/raw-probes.js';
import {
  idKey,
  indexSessions,
  isNotification,
  isObject,
  isRequest,
  isResponse,
  requestAnswered,
  trimmed,
  type JsonObject,
  type SessionView,
} from '../judge/transcript-index.js';
import { pass, skip, violation, warn, type CheckContext, type CheckDefinition, type Judgement } from '../types.js';
import {
  addedFieldsIn,
  foreignInResult,
  foreignInServerMessage,
  type ForeignConstruct,
} from '../judge/version-constructs.js';
import { ALL_VERSIONS, isKnownVersion, versionsFrom } from '../versions.js';

const BOGUS_VERSION = '2099-12-31';

/** How long to watch a session between `initialize` and `initialized` for requests the server should hold back. */
const PRE_INITIALIZED_WINDOW_MS = 300;
/** Ids of the handshake probe's pings: before `initialize`, and between `initialize` and `initialized`. */
const EARLY_PING_ID = 'mcp-ci-before-initialize';
const BEFORE_INITIALIZED_PING_ID = 'mcp-ci-before-initialized';

/** The `initialize` result exactly as the server sent it on the main session (the SDK's copy is already parsed). */
function rawInitializeResult(ctx: CheckContext): JsonObject | undefined {
  const main = indexSessions(ctx.transcript()).filter((s) => s.label === ctx.main.label && s.version !== undefined);
  const session = main[main.length - 1];
  if (!session) return undefined;
  const request = session.sent.find((s) => s.message.method === 'initialize');
  const response = session.received.find(
    (r) => isResponse(r.message) && idKey(r.message.id) === idKey(request?.message.id),
  );
  return response && isObject(response.message.result) ? response.message.result : undefined;
}

interface Offer {
  sent: JsonObject;
  response?: JsonObject;
  /** How long the answer was awaited, from the write (start-up included). */
  waitedMs?: number;
}

/**
 * `initialize` offering a version on a fresh raw connection, without the SDK client in between (it rejects a
 * malformed answer before anyone sees it). Checks of one run share each offer, so each costs one connection.
 * The answer is the process's first, so it gets the process's start-up time on top of the request timeout.
 */
function offerVersion(ctx: CheckContext, version: string): Promise<Offer> {
  return ctx.shared(`offer:${version}`, async () => {
    const raw = await ctx.openRaw({ initialize: false, handOver: true, label: `probe:offer-${version}` });
    const params = { protocolVersion: version, capabilities: {}, clientInfo: CLIENT_INFO };
    const waitedMs = firstAnswerTimeout(ctx);
    const exchange = await raw.request('initialize', params, firstAnswerWait(ctx));
    return { sent: { method: 'initialize', params }, response: exchange.response, waitedMs };
  });
}

/** Offers the SDK client could not complete, replayed raw to see what the server actually answered. */
async function failedOffers(ctx: CheckContext): Promise<Offer[]> {
  // Neither the legacy SSE transport nor an in-process server has a raw channel to replay them on.
  if (ctx.transport === 'sse' || ctx.transport === 'memory') return [];
  const { probes } = await ctx.versionMatrix();
  const failed = probes.filter((p) => p.answered === undefined && p.error !== undefined);
  return Promise.all(failed.map((p) => offerVersion(ctx, p.offered)));
}

function initializeResultProblems(result: JsonObject): string[] {
  const problems: string[] = [];
  if (typeof result.protocolVersion !== 'string') problems.push('protocolVersion is not a string');
  if (!isObject(result.capabilities)) problems.push('capabilities is not an object');
  const info = result.serverInfo;
  if (!isObject(info)) problems.push('serverInfo is missing');
  else {
    if (typeof info.name !== 'string') problems.push('serverInfo.name is not a string');
    if (typeof info.version !== 'string') problems.push('serverInfo.version is not a string');
  }
  if (result.instructions !== undefined && typeof result.instructions !== 'string') {
    problems.push('instructions is not a string');
  }
  return problems.length ? problems : resultProblems('initialize', result, undefined);
}

interface Handshake {
  /**
   * stdio: the answer to a ping sent before initialize, and whether the server gave any answer at all (so a
   * missing ping answer is one the server left out, not one a slow start delayed).
   */
  earlyPing?: { response?: JsonObject; nonJson: string[]; serverAnswered: boolean };
  initialize: { sent: JsonObject; response?: JsonObject; messages: JsonObject[] };
  /** What arrived between the initialize result and notifications/initialized. */
  beforeInitialized: JsonObject[];
  initialized: { sent: string; outcome: FrameOutcome };
}

/**
 * One handshake done slowly on a raw connection, shared by the checks that judge its steps: over stdio a ping
 * before initialize; initialize declaring every client feature (so a server that would ask for one has every
 * reason to); a short window before notifications/initialized; then the notification itself and a ping.
 *
 * Over stdio the process has just started, so no fixed wait can tell a slow start from an unanswered ping. The
 * ping and initialize are written together and initialize is awaited with the start-up budget: a server reads
 * its input in order, so once initialize is answered the ping has been read, and its answer is either in by the
 * end of the window before notifications/initialized or was not given before initialization completed.
 */
function handshakeProbe(ctx: CheckContext): Promise<Handshake> {
  return ctx.shared('handshake', async (): Promise<Handshake> => {
    const capabilities: JsonObject = { roots: { listChanged: true }, sampling: {} };
    if (ctx.protocolVersion >= '2025-06-18') capabilities.elicitation = {};
    const params = { protocolVersion: ctx.protocolVersion, capabilities, clientInfo: CLIENT_INFO };

    let raw = await ctx.openRaw({ initialize: false, label: 'probe:handshake' });
    if (ctx.transport === 'stdio') {
      await raw.send(JSON.stringify({ jsonrpc: '2.0', id: EARLY_PING_ID, method: 'ping' }), { waitMs: 0 });
    }
    let initialize = await raw.request('initialize', params, firstAnswerWait(ctx));
    // A ping is allowed here; the window before its answer is where an eager server would send requests. Over
    // HTTP the ping's POST carries its answer, so it is read to that answer (a busy server may take the timeout).
    const ping = JSON.stringify({ jsonrpc: '2.0', id: BEFORE_INITIALIZED_PING_ID, method: 'ping' });
    const windowOptions =
      ctx.transport === 'stdio'
        ? { waitMs: PRE_INITIALIZED_WINDOW_MS }
        : { waitForId: BEFORE_INITIALIZED_PING_ID, waitMs: ctx.timeoutMs };
    let window = await raw.send(ping, windowOptions);
    let earlyPing: Handshake['earlyPing'];
    if (ctx.transport === 'stdio') {
      const seen = [...initialize.messages, ...window.messages];
      const response = responseWithId(seen, EARLY_PING_ID);
      earlyPing = {
        ...(response ? { response } : {}),
        nonJson: [...initialize.nonJson, ...window.nonJson],
        serverAnswered: responsesIn(seen).length > 0,
      };
      // The early ping may have stopped the server: the other steps get a server of their own, unmixed with it.
      if (!response && !initialize.response) {
        raw = await ctx.openRaw({ initialize: false, label: 'probe:handshake' });
        initialize = await raw.request('initialize', params, firstAnswerWait(ctx));
        window = await raw.send(ping, windowOptions);
      }
    }
    const notification = JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' });
    return {
      ...(earlyPing ? { earlyPing } : {}),
      initialize: {
        sent: { method: 'initialize', params },
        response: initialize.response,
        messages: initialize.messages,
      },
      beforeInitialized: window.messages,
      initialized: { sent: notification, outcome: await sendThenPing(ctx, raw, notification) },
    };
  });
}

/** Client capability a server request needs. */
const CLIENT_CAPABILITY_FOR: Record<string, string> = {
  'sampling/createMessage': 'sampling',
  'elicitation/create': 'elicitation',
  'roots/list': 'roots',
  'tasks/get': 'tasks',
  'tasks/result': 'tasks',
  'tasks/list': 'tasks',
  'tasks/cancel': 'tasks',
};

/** Server capability (and sub-flag) a notification needs; notifications/message is judged by logging-capability-declared. */
const SERVER_CAPABILITY_FOR: Record<string, [string, string]> = {
  'notifications/tools/list_changed': ['tools', 'listChanged'],
  'notifications/prompts/list_changed': ['prompts', 'listChanged'],
  'notifications/resources/list_changed': ['resources', 'listChanged'],
  'notifications/resources/updated': ['resources', 'subscribe'],
};

function undeclaredUse(session: SessionView): { problem: string; message: JsonObject }[] {
  const found: { problem: string; message: JsonObject }[] = [];
  for (const { message } of session.received) {
    const method = String(message.method);
    if (isRequest(message) && CLIENT_CAPABILITY_FOR[method] && session.clientCapabilities) {
      const capability = CLIENT_CAPABILITY_FOR[method]!;
      if (session.clientCapabilities[capability] === undefined) {
        found.push({ problem: `sent ${method} although the client did not declare ${capability}`, message });
      }
    }
    if (isNotification(message) && SERVER_CAPABILITY_FOR[method] && session.serverCapabilities) {
      const [capability, flag] = SERVER_CAPABILITY_FOR[method]!;
      const declared = session.serverCapabilities[capability];
      if (!isObject(declared) || declared[flag] !== true) {
        found.push({ problem: `sent ${method} without declaring ${capability}.${flag}`, message });
      }
    }
  }
  return found;
}

/** Violations in sessions where the rule is a MUST (2025-06-18 on) fail; in older sessions it was a SHOULD. */
function judgeByVersion(
  findings: { session: SessionView; problem: string; message: JsonObject }[],
  mustFrom: string,
  passMessage: string,
): Judgement {
  if (findings.length === 0) return pass(passMessage);
  const strict = findings.filter((f) => (f.session.version ?? '') >= mustFrom);
  const chosen = strict.length ? strict : findings;
  const first = chosen[0]!;
  const more = chosen.length > 1 ? ` (and ${chosen.length - 1} more)` : '';
  const evidence = {
    received: chosen
      .slice(0, 3)
      .map((f) => ({ session: f.session.id, version: f.session.version, message: trimmed(f.message) })),
  };
  const message = `${first.problem} in a ${first.session.version} session${more}`;
  return strict.length ? violation(message, evidence) : warn(`${message}; a SHOULD in that version`, evidence);
}

export const checks: CheckDefinition[] = [
  {
    id: 'lifecycle-initialize-result',
    title: 'initialize returns protocolVersion, capabilities and serverInfo',
    section: 'lifecycle',
    level: 'MUST',
    requirements: ['LIFE-01', 'SCH-01'],
    spec: 'basic/lifecycle#initialization',
    rule: 'The server MUST respond with its own capabilities and information (InitializeResult: protocolVersion, capabilities, serverInfo {name, version}).',
    versions: ALL_VERSIONS,
    transports: ['stdio', 'http', 'sse'],
    scope: 'per-version',
    async run(ctx) {
      const result = rawInitializeResult(ctx) ?? ctx.main.initializeResult;
      const problems = initializeResultProblems(result);
      if (problems.length) {
        return violation(`initialize result is malformed: ${problems.join('; ')}`, { received: trimmed(result) });
      }
      // Offers the SDK client gave up on were never judged; the newest version's run replays them raw.
      if (ctx.protocolVersion === (await ctx.versionMatrix()).accepted[0]) {
        for (const offer of await failedOffers(ctx)) {
          const failed = isObject(offer.response?.result) ? initializeResultProblems(offer.response.result) : [];
          if (failed.length) {
            const offered = String((offer.sent.params as JsonObject).protocolVersion);
            return violation(`initialize offering ${offered} returned a malformed result: ${failed.join('; ')}`, {
              sent: offer.sent,
              received: trimmed(offer.response),
            });
          }
        }
      }
      const info = result.serverInfo as JsonObject;
      return pass(`${String(info.name)} ${String(info.version)}`);
    },
  },
  {
    id: 'lifecycle-version-negotiation',
    title: 'initialize answers a protocol version that exists',
    section: 'lifecycle',
    level: 'MUST',
    requirements: ['LIFE-02'],
    spec: 'basic/lifecycle#version-negotiation',
    rule: 'If the server supports the requested protocol version, it MUST respond with the same version. Otherwise, the server MUST respond with another protocol version it supports.',
    versions: ALL_VERSIONS,
    transports: ['stdio', 'http', 'sse'],
    scope: 'once',
    async run(ctx) {
      const { accepted, probes } = await ctx.versionMatrix();
      const answers = [
        ...probes.filter((p) => p.answered !== undefined).map((p) => ({ offered: p.offered, answered: p.answered })),
        // The SDK client refuses an answer with a version it does not know, so those offers are replayed raw.
        ...(await failedOffers(ctx)).map((o) => ({
          offered: String((o.sent.params as JsonObject).protocolVersion),
          answered: isObject(o.response?.result) ? o.response.result.protocolVersion : undefined,
        })),
      ];
      const unknown = answers.filter((a) => a.answered !== undefined && !isKnownVersion(a.answered));
      if (unknown.length) {
        return violation(
          `answered a protocol version that does not exist: ${unknown.map((a) => `offered ${a.offered}, got ${JSON.stringify(a.answered)}`).join('; ')}`,
          { received: { versionProbes: probes, answers } },
        );
      }
      if (accepted.length === 0) {
        return violation('accepted none of the protocol versions offered', { received: probes });
      }
      return pass(`accepts ${accepted.join(', ')}`);
    },
  },
  {
    id: 'lifecycle-unsupported-version-counter-offer',
    title: 'an unsupported protocol version gets a supported one back, not an echo',
    section: 'lifecycle',
    level: 'MUST',
    requirements: ['LIFE-03'],
    spec: 'basic/lifecycle#version-negotiation',
    rule: 'If the server does not support the requested version, it MUST respond with another protocol version it supports (or an error).',
    versions: ALL_VERSIONS,
    transports: ['stdio', 'http'],
    scope: 'once',
    async run(ctx) {
      const { sent, response, waitedMs = 0 } = await offerVersion(ctx, BOGUS_VERSION);
      if (!response) {
        return violation(
          `no answer to initialize offering ${BOGUS_VERSION} within ${waitedMs / 1000} s${ctx.transport === 'stdio' ? ' of starting its process (boot timeout plus request timeout)' : ''}`,
          { sent },
        );
      }
      if (isObject(response.error)) return pass('answered with a JSON-RPC error, which the spec allows');
      const exchange = { response };
      const result = response.result;
      const answered = isObject(result) ? result.protocolVersion : undefined;
      if (answered === BOGUS_VERSION) {
        return violation(`echoed the unsupported version ${BOGUS_VERSION} instead of one it supports`, {
          sent,
          received: exchange.response,
        });
      }
      if (!isKnownVersion(answered)) {
        return violation(`answered ${JSON.stringify(answered)}, which is not a protocol version`, {
          sent,
          received: exchange.response,
        });
      }
      // Judged only against versions actually offered: `protocol-version` may have narrowed the matrix.
      const refused = (await ctx.versionMatrix()).probes.some((p) => p.offered === answered && p.answered !== answered);
      if (refused) {
        return violation(`counter-offered ${answered}, but refused that version when it was offered`, {
          sent,
          received: exchange.response,
        });
      }
      return pass(`counter-offered ${answered}`);
    },
  },
  {
    id: 'lifecycle-counter-offer-latest',
    title: 'the counter-offered version is the latest the server supports',
    section: 'lifecycle',
    level: 'SHOULD',
    requirements: ['LIFE-04'],
    spec: 'basic/lifecycle#version-negotiation',
    rule: 'If the server does not support the requested version, this SHOULD be the latest version the server supports.',
    versions: ALL_VERSIONS,
    transports: ['stdio', 'http'],
    scope: 'once',
    async run(ctx) {
      const exchange = await offerVersion(ctx, BOGUS_VERSION);
      const result = exchange.response?.result;
      if (!isObject(result) || !isKnownVersion(result.protocolVersion)) {
        return skip(
          'the server answered the unsupported version with an error or no known version (see lifecycle-unsupported-version-counter-offer)',
        );
      }
      if (ctx.config.protocolVersion) {
        return skip(
          `protocol-version limits the run to ${ctx.config.protocolVersion}, so the latest version the server supports is unknown`,
        );
      }
      const latest = (await ctx.versionMatrix()).accepted[0];
      return result.protocolVersion === latest
        ? pass(`counter-offered ${latest}`)
        : violation(`counter-offered ${result.protocolVersion}, but the latest version it accepts is ${latest}`, {
            received: exchange.response,
          });
    },
  },
  {
    id: 'lifecycle-initialized-notification-accepted',
    title: 'notifications/initialized is accepted without a reply and the session works',
    section: 'lifecycle',
    level: 'MUST',
    requirements: ['BASE-05', 'LIFE-01'],
    spec: 'basic/lifecycle#initialization',
    rule: 'After successful initialization, the client MUST send an initialized notification; the receiver of a notification MUST NOT send a response.',
    versions: ALL_VERSIONS,
    transports: ['stdio', 'http'],
    scope: 'once',
    async run(ctx) {
      const { initialize, initialized } = await handshakeProbe(ctx);
      if (!isObject(initialize.response?.result)) {
        return skip('initialize did not succeed on a fresh connection (see lifecycle-initialize-result)');
      }
      const { sent, outcome } = initialized;
      // An answer to one of the handshake's own requests that a busy server sent late is not a reply to the
      // notification, which has no id to answer.
      const requestIds = new Set([EARLY_PING_ID, BEFORE_INITIALIZED_PING_ID, initialize.response?.id].map(idKey));
      const replies = responsesIn(outcome.messages).filter((m) => !requestIds.has(idKey(m.id)));
      if (replies.length) {
        return violation('answered notifications/initialized with a response', { sent, received: trimmed(replies) });
      }
      if (outcome.http && outcome.http.status >= 400) {
        return violation(`rejected notifications/initialized with HTTP ${outcome.http.status}`, {
          sent,
          received: outcome.http,
        });
      }
      if (!outcome.serving) return violation('stopped answering after notifications/initialized', { sent });
      return pass();
    },
  },
  {
    id: 'lifecycle-ping-before-initialized',
    title: 'ping is answered before initialization completes',
    section: 'lifecycle',
    level: 'SHOULD',
    requirements: ['LIFE-08'],
    spec: 'basic/lifecycle#initialization',
    rule: 'The server SHOULD NOT send requests other than pings before receiving the initialized notification; pings may be exchanged at any time and MUST be answered.',
    versions: ALL_VERSIONS,
    transports: ['stdio'],
    scope: 'once',
    async run(ctx) {
      const early = (await handshakeProbe(ctx)).earlyPing!;
      if (isObject(early.response?.result)) return pass();
      // Without any answer the process may still be starting: silence says nothing about the ping.
      if (!early.serverAnswered) {
        return skip(
          `the fresh server process answered neither the ping nor the initialize after it within ${firstAnswerTimeout(ctx) / 1000} s (boot timeout plus request timeout)`,
        );
      }
      // Many SDKs gate every request until `initialized`; the rule is derived, so this is a warning.
      return warn(
        early.response
          ? 'answered a ping before initialize with an error'
          : 'did not answer a ping sent before initialize by the time it answered the initialize after it',
        { sent: { method: 'ping' }, received: early.response ?? early.nonJson },
      );
    },
  },
  {
    id: 'lifecycle-no-requests-before-initialized',
    title: 'the server sends no requests but pings before notifications/initialized',
    section: 'lifecycle',
    level: 'SHOULD',
    requirements: ['LIFE-05'],
    spec: 'basic/lifecycle#initialization',
    rule: 'The server SHOULD NOT send requests other than pings and logging before receiving the initialized notification.',
    versions: ALL_VERSIONS,
    transports: ['stdio', 'http'],
    scope: 'once',
    async run(ctx) {
      const { initialize, beforeInitialized } = await handshakeProbe(ctx);
      if (!isObject(initialize.response?.result)) {
        return skip('initialize did not succeed on a fresh connection (see lifecycle-initialize-result)');
      }
      const early = [...initialize.messages, ...beforeInitialized].filter((m) => isRequest(m) && m.method !== 'ping');
      if (early.length) {
        return violation(`sent ${early.map((m) => String(m.method)).join(', ')} before notifications/initialized`, {
          sent: initialize.sent,
          received: trimmed(early),
        });
      }
      // Over HTTP only the answers' own streams are watched: a request sent on the GET stream, which the probe does
      // not open, is not seen.
      return pass(
        ctx.transport === 'stdio'
          ? `no requests in the ${PRE_INITIALIZED_WINDOW_MS} ms before notifications/initialized`
          : 'no requests on the streams answering initialize and a ping sent before notifications/initialized',
      );
    },
  },
  {
    id: 'lifecycle-negotiated-capabilities-only',
    title: 'the server only uses capabilities both sides declared',
    section: 'lifecycle',
    level: 'MUST',
    requirements: ['LIFE-06'],
    spec: 'basic/lifecycle#operation',
    rule: 'During the operation phase, both parties MUST only use capabilities that were successfully negotiated (a SHOULD in 2025-03-26).',
    versions: ALL_VERSIONS,
    transports: ['stdio', 'http', 'sse'],
    scope: 'passive',
    async run(ctx) {
      const findings = indexSessions(ctx.transcript()).flatMap((session) =>
        undeclaredUse(session).map((f) => ({ session, ...f })),
      );
      return judgeByVersion(
        findings,
        '2025-06-18',
        'every server request and notification matched a declared capability',
      );
    },
  },
  {
    id: 'lifecycle-negotiated-version-constructs',
    title: 'an older session carries only constructs its protocol version defines',
    section: 'lifecycle',
    level: 'MUST',
    requirements: ['LIFE-07'],
    spec: 'basic/lifecycle#operation',
    rule: 'During the operation phase, both parties MUST respect the negotiated protocol version (a SHOULD in 2025-03-26).',
    versions: versionsFrom('2024-11-05', '2025-06-18'),
    transports: ['stdio', 'http', 'sse'],
    scope: 'passive',
    async run(ctx) {
      const findings: { session: SessionView; problem: string; message: JsonObject }[] = [];
      const added = new Set<string>();
      let checked = 0;
      for (const session of indexSessions(ctx.transcript())) {
        const version = session.version;
        if (!version || version >= '2025-11-25') continue;
        for (const received of session.received) {
          const { message } = received;
          let foreign: ForeignConstruct[];
          if (typeof message.method === 'string') {
            foreign = foreignInServerMessage(message, version);
          } else {
            const method = requestAnswered(session, received)?.message.method;
            if (!isResponse(message) || !isObject(message.result) || typeof method !== 'string') continue;
            foreign = foreignInResult(method, message.result, version);
            for (const field of addedFieldsIn(method, message.result, version)) added.add(field);
          }
          checked++;
          for (const f of foreign) {
            findings.push({
              session,
              problem: `sent ${f.where} ${JSON.stringify(f.value)}, which only exists from ${f.since}`,
              message,
            });
          }
        }
      }
      const note = added.size
        ? `; later-revision fields seen (ignored by older clients): ${[...added].join(', ')}`
        : '';
      return judgeByVersion(findings, '2025-06-18', `${checked} messages in older sessions checked${note}`);
    },
  },
  {
    id: 'lifecycle-no-unexpected-exit',
    title: 'the server process runs until the client ends it',
    section: 'lifecycle',
    level: 'MUST',
    requirements: ['BASE-01'],
    spec: 'basic/lifecycle#shutdown',
    rule: "Shutdown is initiated by the client (over stdio by closing the server's input stream), and all messages MUST follow JSON-RPC 2.0, under which the server MUST reply to every request: a server process that exits on its own while the client still talks to it breaks both.",
    versions: ALL_VERSIONS,
    transports: ['stdio', 'http', 'sse'],
    scope: 'passive',
    async run(ctx) {
      // Recorded by the target for every process it started that exited while its stdin was still open.
      const crashes = ctx.transcript().flatMap((entry) => (entry.exit ? [{ conn: entry.conn, ...entry.exit }] : []));
      if (crashes.length === 0) return pass();
      const first = crashes[0]!;
      const how = first.signal ? `was killed by ${first.signal}` : `exited with code ${String(first.code)}`;
      const more = crashes.length > 1 ? ` (${crashes.length} processes in all)` : '';
      return violation(`the server process ${how} while mcp-ci was still talking to it${more}`, {
        received: crashes.slice(0, 3).map((c) => ({
          connection: c.conn,
          exitCode: c.code,
          signal: c.signal,
          stderrTail: c.stderrTail.slice(-2_000),
        })),
      });
    },
  },
];
