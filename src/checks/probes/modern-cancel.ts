/**
 * Cancels a running call of a tool that reports progress, the 2026-07-28 way, for the cancellation checks: over
 * stdio with `notifications/cancelled` (M-28), over Streamable HTTP by closing the call's SSE stream (M-17). The
 * call is cancelled at its first progress notification, so it is surely still running.
 *
 * The tool is the user's `progress-tool`, or the first callable tool that sent progress for the token its shared
 * call on the session carried (see tool-results.ts), as for the initialize-era progress probe.
 */
import { enveloped, modernHeaders, paramHeadersOf } from '../../wire/modern-connection.js';
import type { RawChannel, RawExchange } from '../../wire/types.js';
import { modernMessages } from '../judge/modern-transcript.js';
import { idKey, isObject, type JsonObject } from '../judge/transcript-index.js';
import type { CheckContext, ToolInvocation } from '../types.js';
import { callableToolResults } from './tool-results.js';

/** The tool to cancel, or why there is none. */
export async function modernProgressTool(ctx: CheckContext): Promise<ToolInvocation | { unavailable: string }> {
  const named = ctx.config.progressTool;
  if (named) {
    const tool = ctx.callableTools.find((t) => t.name === named);
    return (
      tool ?? {
        unavailable: `progress-tool ${named} may not be called: list it under tools with its arguments (the call-tools policy decides what mcp-ci calls)`,
      }
    );
  }
  if (ctx.callableTools.length === 0)
    return {
      unavailable:
        'no tool may be called under the call-tools policy; name a tool that reports progress with progress-tool',
    };
  const records = await callableToolResults(ctx);
  const tokens = new Set(
    modernMessages(ctx.transcript())
      .filter(({ conn, message }) => conn === ctx.main.label && message.method === 'notifications/progress')
      .map(({ message }) => idKey(isObject(message.params) ? message.params.progressToken : undefined)),
  );
  const progressed = records.filter((r) => r.progressToken !== undefined && tokens.has(idKey(r.progressToken)));
  const chosen = progressed.find((r) => r.outcome?.ok) ?? progressed[0];
  return (
    chosen?.invocation ?? {
      unavailable: 'no callable tool sent progress while it was called; name one with progress-tool',
    }
  );
}

export interface ToolCall {
  id: string;
  token: string;
  sent: JsonObject;
  exchange: RawExchange;
  /** The call's answer, when it came on this exchange. */
  response?: JsonObject;
  /** Its first progress notification, when one came on this exchange. */
  progress?: JsonObject;
}

export const isProgressFor = (token: string) => (message: Record<string, unknown>) =>
  message.method === 'notifications/progress' &&
  isObject(message.params) &&
  idKey(message.params.progressToken) === idKey(token);

/** Whether a message the server sent is about this call: its answer or its progress. */
export const isAbout = (call: Pick<ToolCall, 'id' | 'token'>) => (message: Record<string, unknown>) =>
  isProgressFor(call.token)(message) || (!('method' in message) && idKey(message.id) === idKey(call.id));

/**
 * Calls the tool with a progress token on `channel`, up to its answer, or with `atFirstProgress` only up to its
 * first progress notification (over HTTP its stream is then closed: the cancellation there).
 */
export async function callTool(
  ctx: CheckContext,
  channel: RawChannel,
  invocation: ToolInvocation,
  name: string,
  options: { atFirstProgress?: boolean; startupMs?: number } = {},
): Promise<ToolCall> {
  const id = `mcp-ci-${name}`;
  const token = `mcp-ci-${name}-${Math.random().toString(36).slice(2, 8)}`;
  const params = enveloped({ name: invocation.name, arguments: invocation.arguments, _meta: { progressToken: token } });
  const sent = { jsonrpc: '2.0', id, method: 'tools/call', params };
  const exchange = await channel.send(JSON.stringify(sent), {
    waitForId: id,
    waitMs: ctx.timeoutMs,
    ...(options.atFirstProgress && { until: isProgressFor(token) }),
    ...(options.startupMs !== undefined && { startupMs: options.startupMs }),
    ...(ctx.transport !== 'stdio' && {
      headers: modernHeaders('tools/call', params, paramHeadersOf(invocation.tool)),
    }),
  });
  const response = exchange.messages.find((m) => !('method' in m) && m.id === id);
  const progress = exchange.messages.find(isProgressFor(token));
  return { id, token, sent, exchange, ...(response && { response }), ...(progress && { progress }) };
}

/** Why a call cancelled at its first progress cannot be judged, or undefined when it can. */
export function notCancellable(call: ToolCall, tool: string, timeoutMs: number): string | undefined {
  const first = call.exchange.messages.find((m) => isAbout(call)(m));
  if (first && !('method' in first))
    return `${tool} answered before any progress, so it could not be cancelled running`;
  if (!call.progress) return `${tool} sent no progress within ${timeoutMs} ms (timeout-ms) this time`;
  const params = isObject(call.progress.params) ? call.progress.params : {};
  if (typeof params.total === 'number' && Number(params.progress) >= params.total)
    return `${tool} reported completion in its first progress notification, too late to cancel it`;
  return undefined;
}
