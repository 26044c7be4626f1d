/** Utility — logging (server/utilities/logging), inventory section 5.7d. */
import type { Connection, RpcOutcome } from '../../wire/types.js';
import { pass, violation, warn, type CheckContext, type CheckDefinition } from '../types.js';
import { indexSessions, isNotification, isObject, trimmed, type JsonObject } from '../judge/transcript-index.js';
import { ALL_VERSIONS } from '../versions.js';

const BOTH = ['stdio', 'http', 'sse'] as const;

const notDeclared = (ctx: CheckContext) =>
  ctx.main.serverCapabilities.logging === undefined ? 'the server does not declare the logging capability' : undefined;

interface LevelProbe {
  valid: RpcOutcome;
  invalid: RpcOutcome;
}

/** Both setLevel calls on the side session: changing the level is not for the main one. */
const levelProbes = new WeakMap<Connection, Promise<LevelProbe>>();
function setLevelProbe(ctx: CheckContext): Promise<LevelProbe> {
  let probe = levelProbes.get(ctx.main);
  if (!probe) {
    probe = (async () => {
      const connection = await ctx.sideSession();
      const valid = await connection.request('logging/setLevel', { level: 'debug' });
      const invalid = await connection.request('logging/setLevel', { level: 'verbose' });
      return { valid, invalid };
    })();
    levelProbes.set(ctx.main, probe);
  }
  return probe;
}

/** What must never appear in a log message, with a name for the report. */
const SENSITIVE_PATTERNS: { name: string; pattern: RegExp }[] = [
  { name: 'a private key', pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/ },
  { name: 'an Authorization header', pattern: /\bauthorization\s*:\s*(bearer|basic)\s+\S+/i },
  { name: 'a bearer token', pattern: /\bbearer\s+[A-Za-z0-9\-._~+/]{16,}=*/i },
  { name: 'an AWS access key id', pattern: /\b(AKIA|ASIA)[0-9A-Z]{16}\b/ },
  { name: 'a GitHub token', pattern: /\bgh[pousr]_[A-Za-z0-9]{36,}\b/ },
  { name: 'a Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}/ },
  { name: 'a JavaScript stack trace', pattern: /\n\s+at .+\(.+:\d+:\d+\)/ },
  { name: 'a Python traceback', pattern: /Traceback \(most recent call last\)/ },
];

/** Values the tester itself holds as secrets (configured headers, the Authorization token). */
function testerSecrets(ctx: CheckContext): string[] {
  const target = ctx.config.target;
  const headers = target.transport === 'http' || target.transport === 'sse' ? target.headers : {};
  const fromHeaders = Object.values(headers).flatMap((value) => [value, value.replace(/^(bearer|basic)\s+/i, '')]);
  return [...ctx.config.secrets, ...fromHeaders].filter((secret) => secret.length >= 8);
}

/** What kind of sensitive content a log message's data appears to hold, if any. */
export function sensitiveContent(data: unknown, secrets: readonly string[]): string | undefined {
  // Structured data is searched as JSON text, with its escaped line breaks restored for the trace patterns.
  const text = typeof data === 'string' ? data : JSON.stringify(data ?? '').replace(/\\n/g, '\n');
  if (secrets.some((secret) => text.includes(secret))) return 'a secret the tester sent (a configured header value)';
  return SENSITIVE_PATTERNS.find((p) => p.pattern.test(text))?.name;
}

export const checks: CheckDefinition[] = [
  {
    id: 'logging-capability-declared',
    title: 'a server that sends log messages declares logging',
    section: 'logging',
    level: 'MUST',
    requirements: ['LOG-01'],
    spec: 'server/utilities/logging#capabilities',
    rule: 'Servers that emit log message notifications MUST declare the logging capability.',
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      let count = 0;
      for (const session of indexSessions(ctx.transcript())) {
        if (!session.serverCapabilities) continue;
        for (const { message } of session.received) {
          if (!isNotification(message) || message.method !== 'notifications/message') continue;
          count++;
          if (session.serverCapabilities.logging === undefined) {
            return violation('sent notifications/message without declaring the logging capability', {
              received: { session: session.id, capabilities: session.serverCapabilities, message: trimmed(message) },
            });
          }
        }
      }
      return pass(count ? `${count} log messages, logging declared` : 'the server sent no log message');
    },
  },
  {
    id: 'logging-set-level',
    title: 'logging/setLevel with a valid level returns an empty result',
    section: 'logging',
    level: 'MUST',
    requirements: ['LOG-02', 'SCH-14'],
    spec: 'server/utilities/logging#setting-log-level',
    rule: 'To configure the minimum log level, clients MAY send a logging/setLevel request; a server that declares logging answers it with an empty result.',
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: 'once',
    applies: notDeclared,
    async run(ctx) {
      const { valid } = await setLevelProbe(ctx);
      const sent = { method: 'logging/setLevel', params: { level: 'debug' } };
      if (!valid.ok) {
        const missing = valid.error.code === -32601 ? ' (it declares logging but has no handler)' : '';
        return violation(`logging/setLevel "debug" failed with ${valid.error.code}: ${valid.error.message}${missing}`, {
          sent,
          received: valid.error,
        });
      }
      const extra = Object.keys(valid.result).filter((key) => key !== '_meta');
      if (extra.length) {
        return violation(`logging/setLevel returned ${extra.join(', ')} instead of an empty result`, {
          sent,
          received: trimmed(valid.result),
        });
      }
      return pass();
    },
  },
  {
    id: 'logging-invalid-level',
    title: 'logging/setLevel with an unknown level gets -32602',
    section: 'logging',
    level: 'SHOULD',
    requirements: ['LOG-04'],
    spec: 'server/utilities/logging#error-handling',
    rule: 'Servers SHOULD return standard JSON-RPC errors for common failure cases: invalid log level: -32602 (Invalid params).',
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: 'once',
    applies: notDeclared,
    async run(ctx) {
      const { invalid } = await setLevelProbe(ctx);
      const sent = { method: 'logging/setLevel', params: { level: 'verbose' } };
      if (!invalid.ok && invalid.error.code === -32602) return pass();
      return violation(
        invalid.ok
          ? 'accepted the log level "verbose", which does not exist'
          : `answered the log level "verbose" with ${invalid.error.code}, not -32602 Invalid params`,
        { sent, received: invalid.ok ? trimmed(invalid.result) : invalid.error },
      );
    },
  },
  {
    id: 'logging-no-sensitive-data',
    title: 'log messages carry no credentials, keys or stack traces',
    section: 'logging',
    level: 'MUST',
    requirements: ['LOG-05'],
    spec: 'server/utilities/logging#security',
    rule: 'Log messages MUST NOT contain credentials or secrets, personal identifying information, or internal system details that could aid attacks.',
    versions: ALL_VERSIONS,
    transports: BOTH,
    heuristic: true,
    scope: 'passive',
    async run(ctx) {
      const secrets = testerSecrets(ctx);
      let count = 0;
      for (const session of indexSessions(ctx.transcript())) {
        for (const { message } of session.received) {
          if (!isNotification(message) || message.method !== 'notifications/message') continue;
          count++;
          const params: JsonObject = isObject(message.params) ? message.params : {};
          const found = sensitiveContent(params.data, secrets);
          if (found) {
            // The message itself may hold the secret: report where, not what.
            return warn(
              `a ${String(params.level)} log message${params.logger ? ` from ${String(params.logger)}` : ''} appears to contain ${found}`,
              {
                received: { session: session.id, level: params.level, logger: params.logger },
              },
            );
          }
        }
      }
      return pass(count ? `${count} log messages scanned` : 'the server sent no log message');
    },
  },
];
