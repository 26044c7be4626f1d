/**
 * Client features the server may invoke (client/sampling, client/elicitation, client/roots), inventory section
 * 5.11: a server asks for them only when the client declared them, and copes with root list changes.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Level, ProtocolVersion } from '../../model.js';
import { isObject } from '../judge/content.js';
import {
  callableToolResults,
  plainCallableTools,
  startSessionCalls,
  toolBudget,
  type ToolCallRecord,
} from '../probes/tool-results.js';
import { answersHttpRequestItself, indexSessions } from '../judge/transcript-index.js';
import { pass, skip, violation, type CheckContext, type CheckDefinition } from '../types.js';
import { ALL_VERSIONS, versionsFrom } from '../versions.js';

const BOTH = ['stdio', 'http', 'sse'] as const;

/** Server requests that need a client capability, by the capability. */
const CLIENT_FEATURE_REQUESTS: Record<string, string> = {
  'sampling/createMessage': 'sampling',
  'elicitation/create': 'elicitation',
  'roots/list': 'roots',
};

/** How long to listen for requests a server sends on its own after the handshake (e.g. roots/list). */
const SETTLE_MS = 150;

/** Messages received on one connection (by label) since transcript entry `from`. */
function receivedOn(ctx: CheckContext, label: string, from = 0): Record<string, unknown>[] {
  return ctx
    .transcript()
    .slice(from)
    .filter((e) => e.conn === label && e.dir === 'recv' && isObject(e.message) && !answersHttpRequestItself(e))
    .map((e) => e.message as Record<string, unknown>);
}

/** Initialized stdio sessions under the check's version that declared no client capabilities (the probe pool's). */
function bareSessions(ctx: CheckContext): string[] {
  return indexSessions(ctx.transcript())
    .filter(
      (s) =>
        s.transport === 'stdio' &&
        s.version === ctx.protocolVersion &&
        isObject(s.clientCapabilities) &&
        Object.keys(s.clientCapabilities).length === 0 &&
        s.sent.some((m) => m.message.method === 'notifications/initialized'),
    )
    .map((s) => s.label);
}

function undeclaredRequestsCheck(options: {
  id: string;
  level: Level;
  versions: ProtocolVersion[];
  note: string;
  /** Why the check is judged under another version instead, given the versions the server accepted. */
  judgedElsewhere?: (accepted: string[]) => string | undefined;
}): CheckDefinition {
  return {
    id: options.id,
    startsEarly: true,
    title: 'no sampling, elicitation or roots requests to a client that did not declare them',
    section: 'client-features',
    level: options.level,
    requirements: ['CLI-01', 'CLI-06', 'CLI-17'],
    spec: 'basic/lifecycle#operation',
    rule: `Both parties ${options.level} only use capabilities that were successfully negotiated: no sampling/createMessage, elicitation/create or roots/list unless the client declared sampling, elicitation or roots.${options.note}`,
    versions: options.versions,
    transports: BOTH,
    scope: 'once',
    async run(ctx) {
      const elsewhere = options.judgedElsewhere?.((await ctx.versionMatrix()).accepted);
      if (elsewhere) return skip(elsewhere);
      // A tool that asks nothing of the main session, which declares every feature, asks nothing of a client
      // that declares none: the tools are called again only when some tool asked the main session for sampling
      // or elicitation. The policy's tools are called by name, since a server may list fewer tools to this client.
      const onMain = await callableToolResults(ctx);
      const asked = receivedOn(ctx, ctx.main.label).some(
        (m) => (m.method === 'sampling/createMessage' || m.method === 'elicitation/create') && m.id !== undefined,
      );
      // A tool that gave no answer by the request timeout on the main session is not called again: it would only
      // hold the check for another request timeout.
      const tools = asked ? onMain.filter((r) => r.failure?.kind !== 'timeout').map((r) => r.invocation) : [];
      // With no tool to call over stdio, the probe pool's channels (which declare nothing, and which other checks
      // use) are watched, rather than starting a server process only to watch its handshake. Taking one from the
      // pool makes sure one exists (asking sooner would start one before the version offers hand theirs over), and
      // the wait gives it time to send what it would send on its own.
      let watched: string[] = [];
      if (tools.length === 0 && ctx.transport === 'stdio') {
        await (await ctx.openRaw({ label: 'probe:no-client-capabilities' })).close();
        await sleep(SETTLE_MS);
        watched = bareSessions(ctx);
      }
      let records: ToolCallRecord[] = [];
      if (watched.length === 0) {
        const session = await ctx.connect({
          capabilities: {},
          label: `probe:no-client-capabilities@${ctx.protocolVersion}`,
        });
        records = await Promise.all(startSessionCalls(session, tools, toolBudget(ctx), ctx.config.quick));
        await sleep(SETTLE_MS);
        watched = [session.label];
      }
      const offending = watched.flatMap((label) =>
        receivedOn(ctx, label).filter(
          (m) => typeof m.method === 'string' && m.method in CLIENT_FEATURE_REQUESTS && m.id !== undefined,
        ),
      );
      if (offending.length) {
        const methods = [...new Set(offending.map((m) => m.method as string))];
        return violation(
          `sent ${methods.join(', ')} to a client that declared no capabilities (${methods.map((m) => CLIENT_FEATURE_REQUESTS[m]).join(', ')} not declared)`,
          {
            sent: { initialize: { capabilities: {} }, toolsCalled: records.map((r) => r.invocation.name) },
            received: offending.slice(0, 5),
          },
        );
      }
      if (records.length) return pass(`none sent while ${records.length} tool(s) were called`);
      const sessions = watched.length === 1 ? 'one session' : `${watched.length} sessions`;
      return pass(
        plainCallableTools(ctx).length
          ? `none sent to ${sessions} that declared no capabilities (no tool asked the main session for sampling or elicitation, so none was called again)`
          : `none sent to ${sessions} that declared no capabilities (no tool may be called, so only handshakes were watched)`,
      );
    },
  };
}

export const checks: CheckDefinition[] = [
  undeclaredRequestsCheck({
    id: 'client-features-undeclared-requests',
    level: 'MUST',
    versions: versionsFrom('2025-06-18'),
    note: '',
  }),
  undeclaredRequestsCheck({
    id: 'client-features-undeclared-requests-legacy',
    level: 'SHOULD',
    versions: versionsFrom('2024-11-05', '2025-03-26'),
    note: ' (SHOULD up to 2025-03-26, MUST from 2025-06-18)',
    judgedElsewhere: (accepted) =>
      accepted.some((v) => v >= '2025-06-18')
        ? 'judged as a MUST by client-features-undeclared-requests under a newer version'
        : undefined,
  }),
  {
    id: 'client-features-roots-list-changed',
    title: 'notifications/roots/list_changed is taken without a reply and the session keeps working',
    section: 'client-features',
    level: 'SHOULD',
    requirements: ['CLI-18', 'BASE-05'],
    spec: 'client/roots#implementation-guidelines',
    rule: 'Servers SHOULD handle root list changes gracefully; the receiver of a notification MUST NOT send a response.',
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: 'once',
    async run(ctx) {
      // Off the main session: the server may re-fetch roots or reset state tied to them.
      const session = await ctx.sideSession();
      const from = ctx.transcript().length;
      await session.notify('notifications/roots/list_changed');
      // Judged by order, not by a window: the server reads its input in order (over HTTP the ping is POSTed once the
      // notification's POST was answered), so an answer to the notification comes before the ping's.
      const ping = await session.request('ping');
      const answers = receivedOn(ctx, session.label, from).filter(
        (m) => m.method === undefined && ('result' in m || 'error' in m) && (m.id === null || m.id === undefined),
      );
      if (answers.length) {
        return violation('answered notifications/roots/list_changed with a response', {
          sent: { method: 'notifications/roots/list_changed' },
          received: answers,
        });
      }
      if (!ping.ok) {
        return violation('stopped serving after notifications/roots/list_changed: ping failed', {
          sent: { method: 'ping' },
          received: ping.error,
        });
      }
      const refetched = receivedOn(ctx, session.label, from).some((m) => m.method === 'roots/list');
      return pass(refetched ? 'roots re-fetched, session healthy' : 'session healthy');
    },
  },
];
