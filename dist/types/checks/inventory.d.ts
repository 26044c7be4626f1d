/** Lists what the server offers on a session, walking every page (bounded), for data-driven checks. */
import { type Connection } from '../wire/types.js';
import type { ServerInventory } from './types.js';
/**
 * Every item of a paginated list; throws with a reason when a page fails or cursors never end. It is the session's
 * shared walk, which the list checks judge too: a server's listing crosses the wire once per session, not once for
 * the inventory and again for the checks (a 50 MB listing made every extra walk cost seconds and a copy).
 */
export declare function listAll(connection: Connection, method: string, key: string): Promise<Record<string, unknown>[]>;
/** The same as `listAll`, asked of the server again: for the checks that compare one listing with another. */
export declare function listAgain(connection: Connection, method: string, key: string): Promise<Record<string, unknown>[]>;
export declare function takeInventory(connection: Connection): Promise<ServerInventory>;
