/**
 * Performs one step's action on its session and returns what came back. Throws what the connection throws
 * (RequestTimeoutError, ConnectionClosedError); assertions are judged elsewhere.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { RpcOutcome, ServerNotification } from '../wire/types.js';
import { notificationMethods, toOutcome, type StepOutcome } from './outcome.js';
import type { FlowSession } from './session.js';
import type { ListTarget, StepAction } from './types.js';

/** Lists longer than this many pages are cut off rather than followed forever. */
const MAX_PAGES = 100;

const LISTS: Record<ListTarget, { method: string; key: string }> = {
  tools: { method: 'tools/list', key: 'tools' },
  resources: { method: 'resources/list', key: 'resources' },
  prompts: { method: 'prompts/list', key: 'prompts' },
  templates: { method: 'resources/templates/list', key: 'resourceTemplates' },
};

export async function executeAction(action: StepAction, session: FlowSession, timeoutMs: number): Promise<StepOutcome> {
  const start = performance.now();
  const elapsed = () => performance.now() - start;
  // Only tool calls ask for progress: other requests, and raw ones above all, go out exactly as written.
  const send = async (method: string, params?: Record<string, unknown>) => {
    const withProgress = action.kind === 'call';
    const { outcome, notifications } = await session.request(method, params, { timeoutMs, withProgress });
    return toOutcome(action.kind, outcome, elapsed(), notifications);
  };
  switch (action.kind) {
    case 'call':
      return send('tools/call', { name: action.tool, arguments: action.arguments });
    case 'read':
      return send('resources/read', { uri: action.uri });
    case 'prompt':
      return send('prompts/get', { name: action.prompt, arguments: action.arguments });
    case 'complete':
      return send('completion/complete', {
        ref: action.ref,
        argument: { name: action.argument, value: action.value },
        ...(action.context && { context: { arguments: action.context } }),
      });
    case 'ping':
      return send('ping');
    case 'log-level':
      return send('logging/setLevel', { level: action.level });
    case 'subscribe':
      return send('resources/subscribe', { uri: action.uri });
    case 'unsubscribe':
      return send('resources/unsubscribe', { uri: action.uri });
    case 'request':
      return send(action.method, action.params);
    case 'list': {
      const { outcome, notifications } = await listAll(session, LISTS[action.target], timeoutMs);
      return toOutcome(action.kind, outcome, elapsed(), notifications);
    }
    case 'wait-for': {
      const mark = session.mark();
      const found = await session.waitFor(notificationMethods(action.notification), action.match, timeoutMs);
      if (!found) throw new WaitTimeoutError(action.notification, timeoutMs);
      return toOutcome(action.kind, { ok: true, result: { ...found } }, elapsed(), session.since(mark));
    }
    case 'sleep': {
      const mark = session.mark();
      await sleep(action.ms);
      return toOutcome(action.kind, { ok: true, result: {} }, elapsed(), session.since(mark));
    }
  }
}

/** Every page of a list, as one result holding all items. */
async function listAll(
  session: FlowSession,
  list: { method: string; key: string },
  timeoutMs: number,
): Promise<{ outcome: RpcOutcome; notifications: ServerNotification[] }> {
  const items: unknown[] = [];
  const notifications: ServerNotification[] = [];
  let cursor: unknown;
  for (let page = 0; page < MAX_PAGES; page++) {
    const params = cursor === undefined ? undefined : { cursor };
    const response = await session.request(list.method, params, { timeoutMs, withProgress: false });
    notifications.push(...response.notifications);
    if (!response.outcome.ok) return { outcome: response.outcome, notifications };
    const { result } = response.outcome;
    const pageItems = result[list.key];
    if (Array.isArray(pageItems)) items.push(...(pageItems as unknown[]));
    cursor = result.nextCursor;
    if (cursor === undefined || cursor === null) break;
  }
  return { outcome: { ok: true, result: { [list.key]: items } }, notifications };
}

export class WaitTimeoutError extends Error {
  constructor(notification: string, timeoutMs: number) {
    super(`no ${notification} notification arrived within ${timeoutMs} ms`);
    this.name = 'WaitTimeoutError';
  }
}
