import type { TranscriptEntry } from '../../wire/types.js';
import { type JsonObject } from './transcript-index.js';
export interface RequestStream {
    conn: string;
    request: JsonObject;
    /** Everything the stream carried, in order, up to and including the response. */
    untilResponse: JsonObject[];
    /** Messages after the response: later on the same read, and on the rest read after it. */
    afterResponse: JsonObject[];
    /** Whether the stream ended after its response; undefined when its rest was not read (not followed). */
    ended?: boolean;
}
/** Request streams of modern HTTP channels that carried their response, each with what followed it. */
export declare function requestStreams(entries: readonly TranscriptEntry[]): RequestStream[];
/** Why a notification on a request's stream does not relate to that request, or undefined when it may. */
export declare function unrelatedBecause(notification: JsonObject, request: JsonObject): string | undefined;
