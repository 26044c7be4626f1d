/** Lists what the server offers on a session, walking every page (bounded), for data-driven checks. */
import type { Connection } from '../wire/types.js';
import type { ServerInventory } from './types.js';

const MAX_PAGES = 100;

const LISTINGS = [
  { capability: 'tools', method: 'tools/list', key: 'tools' },
  { capability: 'resources', method: 'resources/list', key: 'resources' },
  { capability: 'resources', method: 'resources/templates/list', key: 'resourceTemplates' },
  { capability: 'prompts', method: 'prompts/list', key: 'prompts' },
] as const;

/** Every item of a paginated list; throws with a reason when a page fails or cursors never end. */
export async function listAll(connection: Connection, method: string, key: string): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const outcome = await connection.request(method, cursor === undefined ? undefined : { cursor });
    if (!outcome.ok) throw new Error(`${method} failed: ${outcome.error.code} ${outcome.error.message}`);
    const list = outcome.result[key];
    if (!Array.isArray(list)) throw new Error(`${method} result has no ${key} array`);
    items.push(...(list.filter((item) => item !== null && typeof item === 'object') as Record<string, unknown>[]));
    const next = outcome.result.nextCursor;
    if (typeof next !== 'string' || next === '') return items;
    if (seen.has(next)) throw new Error(`${method} returned cursor ${JSON.stringify(next)} twice`);
    seen.add(next);
    cursor = next;
  }
  throw new Error(`${method} did not end within ${MAX_PAGES} pages`);
}

export async function takeInventory(connection: Connection): Promise<ServerInventory> {
  const inventory: ServerInventory = { tools: [], resources: [], resourceTemplates: [], prompts: [], listErrors: {} };
  await Promise.all(
    LISTINGS.map(async ({ capability, method, key }) => {
      if (connection.serverCapabilities[capability] === undefined) return;
      try {
        inventory[key] = await listAll(connection, method, key);
      } catch (error) {
        inventory.listErrors[method] = error instanceof Error ? error.message : String(error);
      }
    }),
  );
  return inventory;
}
