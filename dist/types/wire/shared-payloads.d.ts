/**
 * One parsed copy of each big answer per run. A server answers the same `tools/list` on every session and every
 * call (the catalogue lists on each version's session, walks the pages, lists twice to compare), and every answer
 * kept as parsed is one more copy in the transcript and in the checks that hold it: twenty 50 MB answers held a
 * gigabyte. An answer whose line is the line of a held answer with only the id changed gets the held result in its
 * place, so the transcript, the SDK client and every check share one object.
 *
 * Sound without a parser of our own: the new line, with the first occurrence of its id member replaced by the held
 * answer's, must equal the held line character for character. Equal lines parse to equal messages; and since the
 * replacement changed the parsed id, it replaced the id member itself, so nothing else differs.
 */
/** Lines shorter than this are parsed again each time: sharing them would save less than it costs to compare. */
export declare const SHARED_PAYLOAD_CHARS = 1000000;
export declare class SharedPayloads {
    private held;
    /** `message` parsed from `text`; with the result of an equal answer held before in place of its own, if any. */
    share<T extends Record<string, unknown>>(text: string, message: T): T;
}
