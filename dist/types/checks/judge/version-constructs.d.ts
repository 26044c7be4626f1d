/**
 * Which protocol revision introduced each construct a server can send, so a session can be checked against the
 * version it negotiated (LIFE-07). Only discriminating values are listed (content block types, request and
 * notification methods, elicitation modes): a client of an older version cannot interpret them. Fields that
 * newer revisions added to existing objects are reported as information only, since older clients ignore them.
 */
import { type JsonObject } from './transcript-index.js';
export interface ForeignConstruct {
    /** Where it was found, e.g. `tools/call result content[2].type`. */
    where: string;
    value: string;
    since: string;
}
/** Constructs in a result that the session's version does not define. */
export declare function foreignInResult(method: string, result: JsonObject, version: string): ForeignConstruct[];
/** Constructs in a server request or notification that the session's version does not define. */
export declare function foreignInServerMessage(message: JsonObject, version: string): ForeignConstruct[];
/** Later-revision fields on known objects: harmless to older clients, reported as information. */
export declare function addedFieldsIn(method: string, result: JsonObject, version: string): string[];
