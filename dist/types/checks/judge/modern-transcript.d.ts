import type { TranscriptEntry } from '../../wire/types.js';
import { type JsonObject } from './transcript-index.js';
export interface ModernMessage {
    conn: string;
    /** The server's message. */
    message: JsonObject;
    /** The client request it answers (responses only), when the transcript has it. */
    request?: JsonObject;
    /** Over HTTP: the status and headers of the response that carried it. */
    http?: {
        status?: number;
        headers?: Record<string, string>;
    };
}
/** The JSON-RPC messages of one recorded body: a JSON body, or the `data:` of each SSE event. */
export declare function parseFrames(raw: string | undefined, contentType: string | undefined): JsonObject[];
/** Server messages of modern connections and probes, in order, each response with the request it answers. */
export declare function modernMessages(entries: readonly TranscriptEntry[]): ModernMessage[];
