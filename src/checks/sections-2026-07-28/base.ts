/**
 * 2026-07-28 message rules judged on every modern message of the run (inventory 5.13: M-01, M-04, M-06, M-07,
 * M-29), and the methods the revision removed (ping, logging/setLevel, resources/subscribe), which a server now
 * answers like any unknown method.
 */
import { META_SERVER_INFO } from '../../wire/modern-connection.js';
import type { Finding } from '../judge/findings.js';
import { judgeFindings } from '../judge/findings.js';
import { modernMessages } from '../judge/modern-transcript.js';
import { isObject } from '../judge/transcript-index.js';
import { describeModern, errorOf, modernEvidence, openModernProbe, sendModern } from '../probes/modern-requests.js';
import { pass, violation, type CheckDefinition } from '../types.js';
import { SUBSCRIPTION_ID } from './subscriptions.js';
import { MODERN_ONLY } from '../versions.js';

const BOTH = ['stdio', 'http'] as const;
const RESULT_TYPES = new Set(['complete', 'input_required']);
/** The codes 2026-07-28 defines in its reserved range −32020…−32099. */
const DEFINED_SPEC_CODES = new Set([-32020, -32021, -32022]);
const RETIRED_CODES = new Map([
  [-32002, 'the retired resource-not-found code (now -32602)'],
  [-32042, 'the retired URL-elicitation code'],
]);
const REMOVED_METHODS = [
  { method: 'ping', params: undefined },
  { method: 'logging/setLevel', params: { level: 'info' } },
  { method: 'resources/subscribe', params: { uri: 'mcp-ci://removed-method-probe' } },
];

/** Extension result types the server advertised, which a result may also carry. */
function advertisedResultTypes(capabilities: Record<string, unknown>): Set<string> {
  const extensions = isObject(capabilities.extensions) ? capabilities.extensions : {};
  return new Set(
    Object.values(extensions).flatMap((ext) =>
      isObject(ext) && Array.isArray(ext.resultTypes) ? ext.resultTypes.filter((t) => typeof t === 'string') : [],
    ),
  );
}

export const checks: CheckDefinition[] = [
  {
    id: 'base-result-type',
    title: 'every result carries resultType',
    section: 'base',
    level: 'MUST',
    requirements: ['M-01'],
    spec: 'basic/index#resulttype',
    rule: 'Every result MUST carry resultType: "complete", "input_required", or a value defined by an extension the server advertised.',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const extra = advertisedResultTypes(ctx.main.serverCapabilities);
      const findings: Finding[] = [];
      let count = 0;
      for (const { conn, message } of modernMessages(ctx.transcript())) {
        if (!isObject(message.result)) continue;
        count++;
        const type = message.result.resultType;
        if (typeof type !== 'string' || !(RESULT_TYPES.has(type) || extra.has(type)))
          findings.push({
            session: conn,
            problem:
              type === undefined ? 'a result has no resultType' : `a result has resultType ${JSON.stringify(type)}`,
            message,
          });
      }
      return judgeFindings(findings, 'results', `${count} results checked`);
    },
  },
  {
    id: 'base-result-server-info',
    title: 'results name the server in _meta serverInfo',
    section: 'base',
    level: 'SHOULD',
    requirements: ['M-04'],
    spec: 'basic/index#meta',
    rule: 'Servers SHOULD include io.modelcontextprotocol/serverInfo in the _meta of every result.',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const findings: Finding[] = [];
      let count = 0;
      for (const { conn, message } of modernMessages(ctx.transcript())) {
        if (!isObject(message.result)) continue;
        count++;
        const meta = message.result._meta;
        const info = isObject(meta) ? meta[META_SERVER_INFO] : undefined;
        if (!isObject(info) || typeof info.name !== 'string' || typeof info.version !== 'string')
          findings.push({ session: conn, problem: 'a result has no _meta serverInfo with name and version', message });
      }
      return judgeFindings(findings, 'results', `${count} results checked`);
    },
  },
  {
    id: 'base-error-code-ranges',
    title: 'error codes in the spec range are the defined ones; retired codes are not used',
    section: 'base',
    level: 'MUST',
    requirements: ['M-06'],
    spec: 'basic/index#error-codes',
    rule: 'Implementations MUST NOT use undefined codes from -32020 to -32099, and use the defined ones only with their meaning; -32002 and -32042 are retired.',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const findings: Finding[] = [];
      let count = 0;
      for (const { conn, message } of modernMessages(ctx.transcript())) {
        const code = errorOf(message)?.code;
        if (typeof code !== 'number') continue;
        count++;
        const retired = RETIRED_CODES.get(code);
        if (retired) findings.push({ session: conn, problem: `error code ${code} is ${retired}`, message });
        else if (code <= -32020 && code >= -32099 && !DEFINED_SPEC_CODES.has(code))
          findings.push({
            session: conn,
            problem: `error code ${code} is reserved by the spec and undefined`,
            message,
          });
      }
      return judgeFindings(findings, 'error responses', `${count} error responses checked`);
    },
  },
  {
    id: 'base-no-server-requests',
    title: 'the server sends no requests of its own',
    section: 'base',
    level: 'MUST',
    requirements: ['M-07'],
    spec: 'basic/patterns',
    rule: 'Servers MUST NOT send JSON-RPC requests to the client; input is requested with InputRequiredResult.',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const findings: Finding[] = modernMessages(ctx.transcript())
        .filter(({ message }) => typeof message.method === 'string' && 'id' in message)
        .map(({ conn, message }) => ({
          session: conn,
          problem: `the server sent a ${String(message.method)} request`,
          message,
        }));
      return judgeFindings(findings, 'server requests', 'no server-initiated request');
    },
  },
  {
    id: 'cancellation-only-for-subscriptions',
    title: 'notifications/cancelled from the server only ends a subscription',
    section: 'cancellation',
    level: 'MUST',
    requirements: ['M-29'],
    spec: 'basic/patterns/cancellation',
    rule: 'A server-sent notifications/cancelled MUST only be used to tear down a subscriptions/listen stream.',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const findings: Finding[] = modernMessages(ctx.transcript())
        // mcp-ci opens one subscription (resources-subscription-acknowledged): a cancellation naming anything else
        // is not a subscription's teardown.
        .filter(
          ({ message }) =>
            message.method === 'notifications/cancelled' &&
            !(isObject(message.params) && message.params.requestId === SUBSCRIPTION_ID),
        )
        .map(({ conn, message }) => ({
          session: conn,
          problem: 'the server sent notifications/cancelled for something other than a subscriptions/listen stream',
          message,
        }));
      return judgeFindings(findings, 'cancellations', 'no server cancellation outside a subscription');
    },
  },
  {
    id: 'base-removed-methods',
    title: 'ping, logging/setLevel and resources/subscribe are unknown methods',
    section: 'base',
    level: 'MUST',
    requirements: ['BASE-11'],
    spec: 'basic/index#error-codes',
    rule: '2026-07-28 removed ping, logging/setLevel and resources/subscribe; like any unknown method they are answered with -32601 Method not found (over HTTP with status 404).',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'once',
    async run(ctx) {
      const channel = await openModernProbe(ctx, 'removed-methods');
      for (const { method, params } of REMOVED_METHODS) {
        const exchange = await sendModern(ctx, channel, method, params);
        const code = errorOf(exchange.response)?.code;
        if (code !== -32601)
          return violation(
            `${method} got ${describeModern(exchange)}, not -32601 (removed in 2026-07-28)`,
            modernEvidence(exchange),
          );
      }
      return pass(`${REMOVED_METHODS.map((m) => m.method).join(', ')} answered -32601`);
    },
  },
];
