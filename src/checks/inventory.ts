/** Lists what the server offers on a session, walking every page (bounded), for data-driven checks. */
import { unreachableReason, type Connection } from '../wire/types.js';
import type { PageWalk } from './probes/pages.js';
import { itemsOf, LIST_METHODS, sharedWalk, walkPages } from './probes/pages.js';
import type { ServerInventory } from './types.js';

/**
 * Every item of a paginated list; throws with a reason when a page fails or cursors never end. It is the session's
 * shared walk, which the list checks judge too: a server's listing crosses the wire once per session, not once for
 * the inventory and again for the checks (a 50 MB listing made every extra walk cost seconds and a copy).
 */
export async function listAll(connection: Connection, method: string, key: string): Promise<Record<string, unknown>[]> {
  return itemsOrThrow(await sharedWalk(connection, method), method, key);
}

/** The same as `listAll`, asked of the server again: for the checks that compare one listing with another. */
export async function listAgain(
  connection: Connection,
  method: string,
  key: string,
): Promise<Record<string, unknown>[]> {
  return itemsOrThrow(await walkPages(connection, method), method, key);
}

function itemsOrThrow(walk: PageWalk, method: string, key: string): Record<string, unknown>[] {
  const stopped = walk.stopped;
  // A cursor that is not a string ends the listing here, as a client reads it; the pagination checks judge it.
  if (stopped && !stopped.cursorNotString) {
    if (stopped.outcome && !stopped.outcome.ok)
      throw new Error(`${method} failed: ${stopped.outcome.error.code} ${stopped.outcome.error.message}`);
    throw new Error(`${method}: ${stopped.reason}`);
  }
  if (walk.pages.some(({ result }) => !Array.isArray(result[key])))
    throw new Error(`${method} result has no ${key} array`);
  return itemsOf(walk, key);
}

export async function takeInventory(connection: Connection): Promise<ServerInventory> {
  const inventory: ServerInventory = { tools: [], resources: [], resourceTemplates: [], prompts: [], listErrors: {} };
  await Promise.all(
    LIST_METHODS.map(async ({ capability, method, key }) => {
      if (connection.serverCapabilities[capability] === undefined) return;
      try {
        inventory[key] = await listAll(connection, method, key);
      } catch (error) {
        inventory.listErrors[method] = error instanceof Error ? error.message : String(error);
        if (unreachableReason(error) !== undefined) inventory.serverLost = true;
      }
    }),
  );
  return inventory;
}
