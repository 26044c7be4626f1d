/**
 * Cancellation in 2026-07-28 (inventory 5.13: M-17, M-28): over stdio a client cancels with
 * `notifications/cancelled`, over Streamable HTTP by closing the request's SSE stream. Both cancel a call of a
 * tool that reports progress at its first progress notification (probes/modern-cancel.ts).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { enveloped } from '../../wire/modern-connection.js';
import { isObject, trimmed } from '../judge/transcript-index.js';
import { callTool, isAbout, modernProgressTool, notCancellable } from '../probes/modern-cancel.js';
import { describeModern, openModernProbe } from '../probes/modern-requests.js';
import { pass, skip, violation, type CheckDefinition } from '../types.js';
import { MODERN_ONLY } from '../versions.js';

/** How long to listen beyond the tool's whole run for messages a server sends despite the cancellation. */
const STRAGGLER_MS = 300;
/** How many calls may be cancelled, one after another, while each answers before the cancellation can tell. */
const CANCEL_ATTEMPTS = 3;

export const checks: CheckDefinition[] = [
  {
    id: 'cancellation-stdio-nothing-after-cancel',
    startsEarly: true,
    title: 'after notifications/cancelled the server sends nothing more for the request (stdio)',
    section: 'cancellation',
    level: 'MUST',
    requirements: ['M-28'],
    spec: 'basic/transports/stdio#cancellation',
    rule: 'Servers SHOULD stop work on a cancelled request as soon as practical and MUST NOT send any further messages for it.',
    versions: MODERN_ONLY,
    transports: ['stdio'],
    scope: 'once',
    async run(ctx) {
      const invocation = await modernProgressTool(ctx);
      if ('unavailable' in invocation) return skip(`needs a tool that reports progress: ${invocation.unavailable}`);
      const tool = invocation.name;
      const channel = await openModernProbe(ctx, 'stdio-cancel');
      // A process of its own: ready once it answers, so the tool's whole run is measured without its start-up.
      const ready = await channel.request('server/discover', enveloped(undefined), {
        timeoutMs: ctx.timeoutMs,
        startupMs: ctx.config.bootTimeoutMs,
      });
      if (!ready.response)
        return skip(`a new server process did not answer server/discover (${describeModern(ready)})`);
      const started = performance.now();
      const whole = await callTool(ctx, channel, invocation, 'whole-run');
      const wholeMs = performance.now() - started;
      if (!whole.response) return skip(`${tool} gave no answer within ${ctx.timeoutMs} ms (timeout-ms) when run whole`);
      // A call answered before its first progress, or whose answer crossed the cancellation, shows nothing of
      // whether the server stops a cancelled request, and on a busy runner a short tool does so more often: another
      // call is cancelled, up to CANCEL_ATTEMPTS, so the verdict does not hang on one race.
      for (let attempt = 1; ; attempt++) {
        const last = attempt === CANCEL_ATTEMPTS;
        const tried = attempt > 1 ? ` (${attempt} calls tried)` : '';
        const call = await callTool(ctx, channel, invocation, `cancelled-${attempt}`, { atFirstProgress: true });
        const unjudged = notCancellable(call, tool, ctx.timeoutMs);
        // Only a call that ended is made again: one with no progress may have waited the request timeout already.
        if (unjudged && call.response && !last) continue;
        if (unjudged) return skip(`${unjudged}${tried}`);
        const cancel = {
          jsonrpc: '2.0',
          method: 'notifications/cancelled',
          params: enveloped({ requestId: call.id, reason: 'mcp-ci: cancelled at its first progress' }),
        };
        await channel.send(JSON.stringify(cancel), { waitMs: 0 });
        // Judged by order, not time: the server reads its input in order, so it had the cancellation before it
        // answered this request. A message for the call that came before that answer may have crossed the
        // cancellation; one that came after it was sent once the server had it.
        const barrier = await channel.request('server/discover', enveloped(undefined), { timeoutMs: ctx.timeoutMs });
        if (!barrier.response)
          return skip(
            `server/discover after the cancellation got ${describeModern(barrier)}, so when the server had it is unknown`,
          );
        const crossed = barrier.messages.filter(isAbout(call));
        const answered = crossed.some((m) => !('method' in m));
        if (answered && !last) continue;
        const mark = ctx.transcript().length;
        // A window that only looks: as long as the tool's whole run again, for what a server sends despite it.
        await sleep(Math.min(ctx.timeoutMs, wholeMs + STRAGGLER_MS));
        const late = ctx
          .transcript()
          .slice(mark)
          .filter(
            (e) => e.conn === channel.label && e.dir === 'recv' && isObject(e.message) && isAbout(call)(e.message),
          )
          .map((e) => e.message);
        const evidence = { sent: { request: trimmed(call.sent), cancelled: cancel } };
        if (late.length > 0)
          return violation(
            `${tool} still sent ${late.length} message(s) for request ${call.id} after the server had its cancellation (after the answer to the server/discover sent behind it)`,
            { ...evidence, received: trimmed(late.slice(0, 3)) },
          );
        if (answered)
          return skip(
            `${tool} answered before the server had the cancellation (the answer crossed it${tried}), so whether the server stops a cancelled request is not known`,
          );
        return pass(
          crossed.length > 0
            ? `${tool} sent ${crossed.length} message(s) for it that crossed the cancellation, and nothing after`
            : `${tool} was cancelled mid-run and sent nothing more for it`,
        );
      }
    },
  },
  {
    id: 'cancellation-http-stream-close',
    startsEarly: true,
    title: 'closing a request’s SSE stream cancels it, and the server serves on (Streamable HTTP)',
    section: 'cancellation',
    level: 'MUST',
    requirements: ['M-17'],
    spec: 'basic/transports/streamable-http#cancellation',
    rule: 'Closing the SSE response stream MUST be treated by the server as cancellation of that request.',
    versions: MODERN_ONLY,
    transports: ['http'],
    scope: 'once',
    async run(ctx) {
      const invocation = await modernProgressTool(ctx);
      if ('unavailable' in invocation) return skip(`needs a tool that reports progress: ${invocation.unavailable}`);
      const tool = invocation.name;
      const channel = await openModernProbe(ctx, 'stream-close');
      const call = await callTool(ctx, channel, invocation, 'stream-closed', { atFirstProgress: true });
      const unjudged = notCancellable(call, tool, ctx.timeoutMs);
      if (unjudged) return skip(unjudged);
      // A cancelled call ends; it does not wedge the server or the tool: the same tool is called again, whole.
      const evidence = { sent: { closedAtFirstProgress: trimmed(call.sent) } };
      try {
        const again = await callTool(ctx, channel, invocation, 'after-close');
        if (again.response && 'result' in again.response)
          return pass(`closing the stream of ${tool} at its first progress cancelled it; ${tool} then ran again whole`);
        return violation(
          `after mcp-ci closed the SSE stream of a ${tool} call at its first progress (the cancellation), calling ${tool} again got ${again.response ? 'an error' : `no answer within ${ctx.timeoutMs} ms (timeout-ms)`}`,
          { ...evidence, received: trimmed(again.response ?? again.exchange.http) },
        );
      } catch (error) {
        return violation(
          `after mcp-ci closed the SSE stream of a ${tool} call at its first progress (the cancellation), the server no longer answered: ${error instanceof Error ? error.message : String(error)}`,
          evidence,
        );
      }
    },
  },
];
