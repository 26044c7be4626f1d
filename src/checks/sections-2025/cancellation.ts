/** Utility — cancellation (basic/utilities/cancellation), inventory section 5.7b. */
import { progressProbe } from '../probes/progress-probe.js';
import { responsesIn, sendThenPing } from '../probes/raw-probes.js';
import { callableToolResults } from '../probes/tool-results.js';
import { pass, skip, violation, type CheckDefinition } from '../types.js';
import {
  idKey,
  indexSessions,
  isNotification,
  isObject,
  isRequest,
  trimmed,
  type JsonObject,
} from '../judge/transcript-index.js';
import { ALL_VERSIONS, versionsFrom } from '../versions.js';

const BOTH = ['stdio', 'http', 'sse'] as const;
const RAW = ['stdio', 'http'] as const;
const cancelled = (requestId: unknown, reason: string): JsonObject => ({
  jsonrpc: '2.0',
  method: 'notifications/cancelled',
  params: requestId === undefined ? {} : { requestId, reason },
});

export const checks: CheckDefinition[] = [
  {
    id: 'cancellation-stops-processing',
    startsEarly: true,
    title: 'a cancelled request gets no response',
    section: 'cancellation',
    level: 'SHOULD',
    requirements: ['CANC-01'],
    spec: 'basic/utilities/cancellation#behavior-requirements',
    rule: 'Receivers of cancellation notifications SHOULD stop processing the cancelled request, free associated resources, and not send a response for the cancelled request.',
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: 'once',
    async run(ctx) {
      const probe = await progressProbe(ctx);
      // Only a request known to be in flight (it already reported progress) can be cancelled deterministically.
      const call = probe.calls.find((c) => c.purpose === 'cancel' && c.cancelledAt !== undefined);
      if (!call || call.cancelledAt === undefined) {
        const tries = (probe.cancelAttempts ?? 1) > 1 ? ` (${probe.cancelAttempts} calls tried)` : '';
        return skip(
          probe.tool
            ? `${probe.tool} completed before it could be cancelled${tries}`
            : `needs a tool that reports progress, to cancel it while it runs: ${probe.unavailable}`,
        );
      }
      const first = call.notices[0]?.params;
      if (first && typeof first.total === 'number' && Number(first.progress) >= first.total) {
        return skip(`${call.tool} reported completion in its first progress notification, too late to cancel it`);
      }
      if (call.acknowledgedAt === undefined) {
        return skip(`the server did not acknowledge the cancellation of ${call.tool}, so when it had it is unknown`);
      }
      const evidence = { sent: { request: trimmed(call.request?.message), cancelled: call.request?.id } };
      // Judged by order, not by time: an answer that came before the server had the cancellation (before the
      // answer to the ping sent once the cancellation was acknowledged) may have been sent before it read it.
      if (call.response && call.response.index >= call.acknowledgedAt) {
        return violation(
          `${call.tool} still answered request ${idKey(call.request?.id)} after the server had its cancellation (the answer came after the ping sent behind the cancellation was answered)`,
          { ...evidence, received: trimmed(call.response.message) },
        );
      }
      if (probe.servingAfterCancel === false) {
        return violation(`the session stopped answering after ${call.tool} was cancelled`, evidence);
      }
      // A crossing answer breaks no rule, but says nothing of whether the server stops a cancelled request: passing
      // it would pass a server that ignores cancellation whenever the runner is slow enough for its answer to cross.
      if (call.response) {
        const tried = (probe.cancelAttempts ?? 1) > 1 ? `; ${probe.cancelAttempts} calls tried` : '';
        return skip(
          `${call.tool} answered before the server had the cancellation (the answer crossed it, which the spec allows${tried}), so whether the server stops a cancelled request is not known`,
        );
      }
      return pass(`${call.tool} was cancelled mid-run and sent no response`);
    },
  },
  {
    id: 'cancellation-invalid-ignored',
    title: 'cancellations of unknown, finished or malformed requests are ignored',
    section: 'cancellation',
    level: 'SHOULD',
    requirements: ['CANC-02'],
    spec: 'basic/utilities/cancellation#error-handling',
    rule: 'Invalid cancellation notifications SHOULD be ignored: unknown request IDs, already completed requests, malformed notifications.',
    versions: ALL_VERSIONS,
    transports: RAW,
    scope: 'once',
    async run(ctx) {
      const raw = await ctx.openRaw({ label: 'probe:invalid-cancellation' });
      // Over HTTP a request cut short throws and ends the check: every request gets the request timeout.
      const finished = await raw.request('ping', undefined, { timeoutMs: ctx.timeoutMs });
      const frames = [
        { why: 'an unknown request', frame: cancelled('mcp-ci-never-sent', 'unknown request') },
        { why: 'a finished request', frame: cancelled(finished.response?.id ?? 1, 'already answered') },
        { why: 'no requestId (malformed)', frame: cancelled(undefined, '') },
      ];
      for (const { why, frame } of frames) {
        const outcome = await sendThenPing(ctx, raw, JSON.stringify(frame));
        const responses = responsesIn(outcome.messages);
        if (responses.length) {
          return violation(`answered the cancellation of ${why} with a response`, {
            sent: frame,
            received: trimmed(responses),
          });
        }
        if (!outcome.serving) return violation(`stopped serving after the cancellation of ${why}`, { sent: frame });
      }
      return pass('ignored all three and kept serving');
    },
  },
  {
    id: 'cancellation-race-handled',
    title: 'a cancellation that crosses the response is handled gracefully',
    section: 'cancellation',
    level: 'MUST',
    requirements: ['CANC-04'],
    spec: 'basic/utilities/cancellation#timing-considerations',
    rule: 'Due to network latency, cancellation notifications may arrive after request processing has completed. Both parties MUST handle these race conditions gracefully.',
    versions: ALL_VERSIONS,
    transports: RAW,
    scope: 'once',
    async run(ctx) {
      const raw = await ctx.openRaw({ label: 'probe:cancellation-race' });
      const id = 'mcp-ci-race';
      const request = { jsonrpc: '2.0', id, method: 'ping' };
      const cancel = cancelled(id, 'racing the response');
      // Back to back: the cancellation arrives while the ping is answered, or just after.
      const [answered, outcome] = await Promise.all([
        raw.send(JSON.stringify(request), { waitForId: id, waitMs: ctx.transport === 'stdio' ? 0 : ctx.timeoutMs }),
        sendThenPing(ctx, raw, JSON.stringify(cancel)),
      ]);
      const stray = responsesIn([...answered.messages, ...outcome.messages]).filter(
        (m) => idKey(m.id) !== idKey(id) && idKey(m.id) !== idKey(outcome.pingId),
      );
      const sent = [request, cancel];
      if (stray.length)
        return violation('answered a cancellation that crossed its response', { sent, received: trimmed(stray) });
      if (!outcome.serving)
        return violation('stopped serving after a cancellation that crossed its response', { sent });
      return pass();
    },
  },
  {
    id: 'cancellation-server-references-own-requests',
    title: 'the server only cancels requests it issued',
    section: 'cancellation',
    level: 'MUST',
    requirements: ['CANC-03'],
    spec: 'basic/utilities/cancellation#behavior-requirements',
    rule: 'Cancellation notifications MUST only reference requests that were previously issued in the same direction and are believed to still be in-progress.',
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      let count = 0;
      for (const session of indexSessions(ctx.transcript())) {
        for (const { index, message } of session.received) {
          if (!isNotification(message) || message.method !== 'notifications/cancelled') continue;
          count++;
          const target = isObject(message.params) ? message.params.requestId : undefined;
          // An answer racing the cancellation is allowed; a request the server never sent is not.
          const issued = session.received.some(
            (r) => r.index < index && isRequest(r.message) && idKey(r.message.id) === idKey(target),
          );
          if (!issued) {
            return violation(`cancelled request ${idKey(target)}, which the server never sent in this session`, {
              received: { session: session.id, message: trimmed(message) },
            });
          }
        }
      }
      return pass(count ? `${count} cancellations checked` : 'the server sent no cancellation');
    },
  },
  {
    id: 'cancellation-client-tasks-use-tasks-cancel',
    title: 'the server cancels a task it created on the client with tasks/cancel, not notifications/cancelled',
    section: 'cancellation',
    level: 'MUST',
    requirements: ['CANC-05'],
    spec: 'basic/utilities/cancellation#behavior-requirements',
    rule: 'For task-augmented requests, the tasks/cancel request MUST be used instead of the notifications/cancelled notification.',
    versions: versionsFrom('2025-11-25'),
    transports: BOTH,
    scope: 'per-version',
    async run(ctx) {
      // mcp-ci takes sampling and elicitation as tasks in these sessions; the tools are what make a server ask.
      await callableToolResults(ctx);
      let created = 0;
      let cancelledWithTasksCancel = 0;
      for (const session of indexSessions(ctx.transcript())) {
        const taskRequests = new Map<string, JsonObject>();
        for (const { message } of session.received) {
          if (isRequest(message) && isObject(message.params) && isObject(message.params.task)) {
            taskRequests.set(idKey(message.id), message);
          }
          if (isRequest(message) && message.method === 'tasks/cancel') cancelledWithTasksCancel++;
          if (!isNotification(message) || message.method !== 'notifications/cancelled') continue;
          const target = isObject(message.params) ? taskRequests.get(idKey(message.params.requestId)) : undefined;
          if (target) {
            return violation(
              `cancelled the task-augmented ${String(target.method)} request ${idKey(target.id)} with notifications/cancelled`,
              { received: { session: session.id, request: trimmed(target), cancellation: trimmed(message) } },
            );
          }
        }
        created += taskRequests.size;
      }
      if (created === 0) {
        return skip('no tool asked the client for sampling or elicitation as a task, so no task could be cancelled');
      }
      return pass(
        `${created} task-augmented request(s) to the client, none cancelled with notifications/cancelled` +
          (cancelledWithTasksCancel ? `; ${cancelledWithTasksCancel} tasks/cancel sent` : ''),
      );
    },
  },
];
