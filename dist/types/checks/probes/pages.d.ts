/**
 * Walks a paginated list method page by page and keeps every page as the server sent it, so checks can judge
 * each page's shape and the cursors themselves (server/utilities/pagination).
 */
import type { Connection, RpcOutcome } from '../../wire/types.js';
/** The list methods, the key of their array, and the capability that declares them. */
export declare const LIST_METHODS: readonly [{
    readonly method: "tools/list";
    readonly key: "tools";
    readonly capability: "tools";
}, {
    readonly method: "resources/list";
    readonly key: "resources";
    readonly capability: "resources";
}, {
    readonly method: "resources/templates/list";
    readonly key: "resourceTemplates";
    readonly capability: "resources";
}, {
    readonly method: "prompts/list";
    readonly key: "prompts";
    readonly capability: "prompts";
}];
export type ListMethod = (typeof LIST_METHODS)[number];
export interface PageWalk {
    pages: {
        cursor?: string;
        result: Record<string, unknown>;
    }[];
    /** Why the walk stopped early: an error answer, a repeated cursor, too many pages. */
    stopped?: {
        reason: string;
        cursor?: string;
        outcome?: RpcOutcome;
        cursorNotString?: true;
    };
    /** True when the last page ended the listing by sending `nextCursor: ""` instead of omitting it. */
    endedWithEmptyCursor: boolean;
}
export declare function walkPages(connection: Connection, method: string): Promise<PageWalk>;
/** The items of every page (only the array entries that are objects). */
export declare function itemsOf(walk: PageWalk, key: string): Record<string, unknown>[];
/** The walk of `method` on `connection`, shared by the checks of one session (lists do not change under us). */
export declare function sharedWalk(connection: Connection, method: string): Promise<PageWalk>;
