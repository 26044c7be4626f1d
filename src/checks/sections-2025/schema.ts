/**
 * Schema-level validity of server output (inventory section 5.2), judged passively on every message of the run.
 * The reference schemas are the official SDK's (see message-schema.ts for why). The result and notification rules
 * carry over into 2026-07-28: in its column they judge the modern connections' messages against the 2.x schemas,
 * in the 2025 columns the initialize-era sessions' against the 1.x ones.
 */
import { MODERN_VERSION } from '../../model.js';
import { modernMessages } from '../judge/modern-transcript.js';
import {
  knownServerNotification,
  notificationProblems,
  resultProblems,
  serverRequestProblems,
} from '../judge/message-schema.js';
import { pass, violation, type CheckContext, type CheckDefinition, type Judgement } from '../types.js';
import {
  indexSessions,
  isNotification,
  isObject,
  isRequest,
  isResponse,
  requestAnswered,
  trimmed,
  type JsonObject,
} from '../judge/transcript-index.js';
import { ALL_VERSIONS, versionsFrom, withModern } from '../versions.js';

const BOTH = ['stdio', 'http', 'sse'] as const;

interface Invalid {
  what: string;
  problems: string[];
  message: JsonObject;
  session: string;
}

function judgeInvalid(invalid: Invalid[], checked: number, noun: string, ctx: CheckContext): Judgement {
  if (invalid.length === 0) return pass(`${checked} ${noun} valid`);
  const first = invalid[0]!;
  const more = invalid.length > 1 ? ` (and ${invalid.length - 1} more invalid ${noun})` : '';
  return violation(`${first.what} is invalid: ${first.problems.join('; ')}${more}`, {
    received: invalid
      .slice(0, 3)
      .map((i) => ({ session: i.session, problems: i.problems, message: trimmed(i.message) })),
    note:
      ctx.protocolVersion === MODERN_VERSION
        ? `validated against the official MCP SDK 2.x schemas (${MODERN_VERSION} messages)`
        : 'validated against the official MCP SDK schemas',
  });
}

/** Every `icons[].src` in a server message, with where it was found. */
function* iconSources(value: unknown, path: string): Generator<{ path: string; src: unknown }> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* iconSources(value[i], `${path}[${i}]`);
    return;
  }
  if (!isObject(value)) return;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'icons' && Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) {
        const icon = item[i];
        if (isObject(icon)) yield { path: `${path}.icons[${i}]`, src: icon.src };
      }
    } else if (key !== 'inputSchema' && key !== 'outputSchema' && key !== 'structuredContent') {
      yield* iconSources(item, `${path}.${key}`);
    }
  }
}

/** Every 2026-07-28 message the server sent, as passive schema checks read it: per connection, no session. */
function* modernReceived(ctx: CheckContext): Generator<{ message: JsonObject; request?: JsonObject; session: string }> {
  for (const { conn, message, request } of modernMessages(ctx.transcript()))
    yield { message, session: conn, ...(request && { request }) };
}

/**
 * The server's messages a check judges in its column: those of the modern connections in 2026-07-28, else those
 * of the initialize-era sessions (only those that negotiated `oldest` or later, when given).
 */
function* receivedInColumn(ctx: CheckContext, oldest = ''): Generator<{ message: JsonObject; session: string }> {
  if (ctx.protocolVersion === MODERN_VERSION) {
    yield* modernReceived(ctx);
    return;
  }
  for (const session of indexSessions(ctx.transcript())) {
    if (oldest && (!session.version || session.version < oldest)) continue;
    for (const { message } of session.received) yield { message, session: session.id };
  }
}

function validateResults(ctx: CheckContext): Judgement {
  const invalid: Invalid[] = [];
  let checked = 0;
  if (ctx.protocolVersion === MODERN_VERSION) {
    for (const { message, request, session } of modernReceived(ctx)) {
      if (!isResponse(message) || !('result' in message) || typeof request?.method !== 'string') continue;
      checked++;
      const problems = resultProblems(request.method, message.result, request.params, undefined, 'modern');
      if (problems.length) invalid.push({ what: `the ${request.method} result`, problems, message, session });
    }
    return judgeInvalid(invalid, checked, 'results', ctx);
  }
  for (const session of indexSessions(ctx.transcript())) {
    for (const received of session.received) {
      const { message } = received;
      if (!isResponse(message) || !('result' in message)) continue;
      const request = requestAnswered(session, received);
      if (!request || typeof request.message.method !== 'string') continue;
      checked++;
      const method = request.message.method;
      const problems = resultProblems(method, message.result, request.message.params, session.serverCapabilities);
      if (problems.length) invalid.push({ what: `the ${method} result`, problems, message, session: session.id });
    }
  }
  return judgeInvalid(invalid, checked, 'results', ctx);
}

export const checks: CheckDefinition[] = [
  {
    id: 'schema-results-valid',
    title: 'every result matches the schema of the method it answers',
    section: 'schema',
    level: 'MUST',
    requirements: [
      'SCH-01',
      'SCH-03',
      'SCH-04',
      'SCH-05',
      'SCH-06',
      'SCH-07',
      'SCH-08',
      'SCH-10',
      'SCH-11',
      'SCH-13',
      'SCH-14',
    ],
    spec: 'basic/index',
    rule: 'The full specification of the protocol is defined as a TypeScript schema; this is the source of truth for all protocol messages and structures.',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      return validateResults(ctx);
    },
  },
  {
    id: 'schema-notifications-valid',
    title: 'every notification the server sends matches its schema',
    section: 'schema',
    level: 'MUST',
    requirements: ['SCH-09'],
    spec: 'basic/index',
    rule: 'notifications/message params carry a level from the syslog set and data; notifications/progress params carry progressToken and a numeric progress (schema.ts).',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const era = ctx.protocolVersion === MODERN_VERSION ? 'modern' : 'legacy';
      const invalid: Invalid[] = [];
      let checked = 0;
      for (const { message, session } of receivedInColumn(ctx)) {
        if (!isNotification(message) || !knownServerNotification(String(message.method), era)) continue;
        checked++;
        const problems = notificationProblems(message, era);
        if (problems.length) invalid.push({ what: String(message.method), problems, message, session });
      }
      return judgeInvalid(invalid, checked, 'notifications', ctx);
    },
  },
  {
    id: 'schema-server-requests-valid',
    title: 'every request the server sends matches its schema',
    section: 'schema',
    level: 'MUST',
    requirements: ['BASE-01'],
    spec: 'basic/index',
    rule: 'Every message the server emits is valid against the schema of the negotiated version (sampling/createMessage, elicitation/create, roots/list, ping, tasks/*).',
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const invalid: Invalid[] = [];
      let checked = 0;
      for (const session of indexSessions(ctx.transcript())) {
        for (const { message } of session.received) {
          if (!isRequest(message) || String(message.method).startsWith('notifications/')) continue;
          checked++;
          const problems = serverRequestProblems(message);
          if (problems.length)
            invalid.push({ what: `the ${String(message.method)} request`, problems, message, session: session.id });
        }
      }
      return judgeInvalid(invalid, checked, 'server requests', ctx);
    },
  },
  {
    id: 'schema-icon-sources',
    title: 'icon sources are https: or data: URIs',
    section: 'schema',
    level: 'SHOULD',
    requirements: ['SCH-12'],
    spec: 'basic/index#icons',
    rule: 'Ensure that the icon URI is either a HTTPS or data: URI. Clients MUST reject icon URIs that use unsafe schemes and redirects.',
    versions: withModern(versionsFrom('2025-11-25')),
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const unsafe: { session: string; path: string; src: unknown }[] = [];
      let checked = 0;
      for (const { message, session } of receivedInColumn(ctx, '2025-11-25')) {
        if (!isResponse(message)) continue;
        for (const { path, src } of iconSources(message.result, 'result')) {
          checked++;
          if (typeof src !== 'string' || !/^(https:|data:)/i.test(src)) unsafe.push({ session, path, src });
        }
      }
      if (unsafe.length === 0) return pass(checked ? `${checked} icons checked` : 'the server sent no icons');
      const first = unsafe[0]!;
      return violation(
        `icon ${first.path} has src ${JSON.stringify(trimmed(first.src))}; clients reject anything but https: and data: URIs`,
        { received: unsafe.slice(0, 5) },
      );
    },
  },
];
