/**
 * Walks a paginated list method page by page and keeps every page as the server sent it, so checks can judge
 * each page's shape and the cursors themselves (server/utilities/pagination).
 */
import type { Connection, RpcOutcome } from '../../wire/types.js';
import { isObject } from '../judge/content.js';

/** The list methods, the key of their array, and the capability that declares them. */
export const LIST_METHODS = [
  { method: 'tools/list', key: 'tools', capability: 'tools' },
  { method: 'resources/list', key: 'resources', capability: 'resources' },
  { method: 'resources/templates/list', key: 'resourceTemplates', capability: 'resources' },
  { method: 'prompts/list', key: 'prompts', capability: 'prompts' },
] as const;

export type ListMethod = (typeof LIST_METHODS)[number];

/** Far beyond any real listing; a walk this long is a cursor loop the repeat check did not catch. */
const MAX_PAGES = 1_000;

export interface PageWalk {
  pages: { cursor?: string; result: Record<string, unknown> }[];
  /** Why the walk stopped early: an error answer, a repeated cursor, too many pages. */
  stopped?: { reason: string; cursor?: string; outcome?: RpcOutcome; cursorNotString?: true };
  /** True when the last page ended the listing by sending `nextCursor: ""` instead of omitting it. */
  endedWithEmptyCursor: boolean;
}

export async function walkPages(connection: Connection, method: string): Promise<PageWalk> {
  const walk: PageWalk = { pages: [], endedWithEmptyCursor: false };
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const outcome = await connection.request(method, cursor === undefined ? undefined : { cursor });
    if (!outcome.ok) {
      walk.stopped = { reason: `page ${page + 1} failed`, cursor, outcome };
      return walk;
    }
    walk.pages.push({ ...(cursor === undefined ? {} : { cursor }), result: outcome.result });
    const next = outcome.result.nextCursor;
    if (next === undefined) return walk;
    if (next === '') {
      walk.endedWithEmptyCursor = true;
      return walk;
    }
    if (typeof next !== 'string') {
      walk.stopped = {
        reason: `page ${page + 1} has a nextCursor that is not a string: ${JSON.stringify(next)}`,
        cursorNotString: true,
      };
      return walk;
    }
    if (seen.has(next)) {
      walk.stopped = { reason: `cursor ${JSON.stringify(next)} came back a second time (the listing cycles)` };
      return walk;
    }
    seen.add(next);
    cursor = next;
  }
  walk.stopped = { reason: `the listing did not end within ${MAX_PAGES} pages` };
  return walk;
}

/** The items of every page (only the array entries that are objects). */
export function itemsOf(walk: PageWalk, key: string): Record<string, unknown>[] {
  return walk.pages.flatMap(({ result }) => {
    const list = result[key];
    return Array.isArray(list) ? list.filter(isObject) : [];
  });
}

const walks = new WeakMap<Connection, Map<string, Promise<PageWalk>>>();

/** The walk of `method` on `connection`, shared by the checks of one session (lists do not change under us). */
export function sharedWalk(connection: Connection, method: string): Promise<PageWalk> {
  let byMethod = walks.get(connection);
  if (!byMethod) {
    byMethod = new Map();
    walks.set(connection, byMethod);
  }
  let walk = byMethod.get(method);
  if (!walk) {
    const started = walkPages(connection, method);
    byMethod.set(method, started);
    // A walk that threw (a timeout, a closed connection) is not kept: the next check asks the server again.
    started.catch(() => {
      if (byMethod.get(method) === started) byMethod.delete(method);
    });
    walk = started;
  }
  return walk;
}
