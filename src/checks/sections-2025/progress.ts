/** Utility — progress (basic/utilities/progress), inventory section 5.7c. */
import { progressProbe, type ProgressCall, type ProgressProbe } from '../probes/progress-probe.js';
import { pass, skip, violation, warn, type CheckContext, type CheckDefinition, type Judgement } from '../types.js';
import { idKey, indexSessions, isNotification, isObject, trimmed } from '../judge/transcript-index.js';
import { ALL_VERSIONS } from '../versions.js';

const BOTH = ['stdio', 'http', 'sse'] as const;

/** Calls of the progress tool that reported progress, or a skip when there is nothing to judge. */
async function withProgress(ctx: CheckContext, judge: (calls: ProgressCall[], probe: ProgressProbe) => Judgement) {
  const probe = await progressProbe(ctx);
  if (!probe.tool) return skip(probe.unavailable ?? 'no tool reported progress');
  const calls = probe.calls.filter((c) => c.tool === probe.tool && c.notices.length > 0);
  return judge(calls, probe);
}

const describeToken = (token: unknown) => `${typeof token} token ${JSON.stringify(token)}`;

export const checks: CheckDefinition[] = [
  {
    id: 'progress-token-echoed',
    startsEarly: true,
    title: 'progress notifications carry the request’s token unchanged, type included',
    section: 'progress',
    level: 'MUST',
    requirements: ['PROG-01'],
    spec: 'basic/utilities/progress#behavior-requirements',
    rule: 'Progress notifications MUST only reference tokens that were provided in an active request and are associated with an in-progress operation.',
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: 'once',
    async run(ctx) {
      return withProgress(ctx, (calls, probe) => {
        for (const call of calls) {
          const changed = call.notices.find((n) => n.typeChanged);
          if (changed) {
            return violation(
              `${probe.tool} echoed the ${describeToken(call.token)} as ${describeToken(changed.params.progressToken)}`,
              { sent: trimmed(call.request?.message), received: trimmed(changed.params) },
            );
          }
        }
        const integer = probe.calls.find((c) => c.purpose === 'integer-token');
        const integerNote = integer?.notices.length
          ? 'string and integer tokens echoed'
          : probe.noIntegerCall
            ? `string tokens echoed (no integer token tried: ${probe.noIntegerCall})`
            : 'string tokens echoed (no progress was sent for the integer token, which the spec allows)';
        return pass(`${probe.tool}: ${integerNote}`);
      });
    },
  },
  {
    id: 'progress-increasing',
    title: 'progress increases with every notification',
    section: 'progress',
    level: 'MUST',
    requirements: ['PROG-02'],
    spec: 'basic/utilities/progress#progress-flow',
    rule: 'The progress value MUST increase with each notification, even if the total is unknown.',
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: 'once',
    async run(ctx) {
      return withProgress(ctx, (calls, probe) => {
        for (const call of calls) {
          const values = call.notices.map((n) => n.params.progress);
          const stalled = values.findIndex((v, i) => i > 0 && !(Number(v) > Number(values[i - 1])));
          if (stalled > 0) {
            return violation(
              `${probe.tool} sent progress ${JSON.stringify(values[stalled])} after ${JSON.stringify(values[stalled - 1])} for ${describeToken(call.token)}`,
              { sent: trimmed(call.request?.message), received: call.notices.map((n) => n.params) },
            );
          }
        }
        return pass(`${probe.tool}: ${calls.map((c) => c.notices.length).join(', ')} increasing notifications`);
      });
    },
  },
  {
    id: 'progress-stops-after-response',
    title: 'no progress notification follows the response',
    section: 'progress',
    level: 'MUST',
    requirements: ['PROG-03'],
    spec: 'basic/utilities/progress#implementation-notes',
    rule: 'Progress notifications MUST stop after completion.',
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: 'once',
    async run(ctx) {
      return withProgress(ctx, (calls, probe) => {
        const completed = calls.filter((c) => c.response && c.cancelledAt === undefined);
        if (completed.length === 0) return skip(`${probe.tool} did not complete within the time given`);
        for (const call of completed) {
          const late = call.notices.filter((n) => n.index > call.response!.index);
          if (late.length) {
            return violation(`${probe.tool} sent ${late.length} progress notification(s) after its response`, {
              sent: trimmed(call.request?.message),
              received: { response: trimmed(call.response!.message), after: late.map((n) => n.params) },
            });
          }
        }
        return pass(`${probe.tool}: no progress after ${completed.length} response(s)`);
      });
    },
  },
  {
    id: 'progress-notifications-solicited',
    title: 'progress notifications only use tokens the client sent',
    section: 'progress',
    level: 'MUST',
    requirements: ['PROG-01', 'PROG-04'],
    spec: 'basic/utilities/progress#behavior-requirements',
    rule: 'Progress notifications MUST only reference tokens that were provided in an active request. The message field SHOULD provide relevant human readable progress information.',
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      let count = 0;
      const emptyMessages: unknown[] = [];
      for (const session of indexSessions(ctx.transcript())) {
        for (const { index, message } of session.received) {
          if (!isNotification(message) || message.method !== 'notifications/progress' || !isObject(message.params))
            continue;
          count++;
          const token = message.params.progressToken;
          // Type changes are judged by progress-token-echoed; here a token is solicited if any request carried it.
          const solicited = session.sent.some((s) => {
            const params = s.message.params;
            const meta = isObject(params) && isObject(params._meta) ? params._meta : undefined;
            return s.index < index && meta !== undefined && String(meta.progressToken) === String(token);
          });
          if (!solicited) {
            return violation(`sent progress for token ${idKey(token)}, which no request of the session carried`, {
              received: { session: session.id, message: trimmed(message) },
            });
          }
          const text = message.params.message;
          if (text !== undefined && (typeof text !== 'string' || text.trim() === ''))
            emptyMessages.push(message.params);
        }
      }
      if (emptyMessages.length) {
        return warn('progress notifications carry an empty message; it should say what is happening', {
          received: trimmed(emptyMessages.slice(0, 3)),
        });
      }
      return pass(count ? `${count} progress notifications checked` : 'the server sent no progress notification');
    },
  },
];
