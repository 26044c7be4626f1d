/**
 * The server's interface as results.json and the history keep it: what it lists, reduced to the fields a client
 * relies on (names, schemas, annotations, arguments), so a diff shows interface changes and not list noise.
 */
import type { ServerInventory } from '../checks/types.js';
import type { ServerInterface } from '../model.js';
export declare function toServerInterface(inventory: ServerInventory, capabilities: Record<string, unknown>): ServerInterface;
