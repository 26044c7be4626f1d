/**
 * The longest stdout line read as a message: 64 MiB, above any legal answer seen in practice (a 50 MB `tools/list`
 * is read whole), small enough that a garbage flood cannot exhaust the runner's memory.
 */
export declare const MAX_LINE_BYTES: number;
/** How much of a line that cannot be a message is kept, as evidence without the bulk. */
export declare const KEPT_RAW_BYTES = 65536;
export interface StdoutLine {
    /** The decoded line, without its newline (and a trailing CR); only the head of a cut line. */
    text: string;
    /** The line's length in bytes. */
    bytes: number;
    /** The line is not valid UTF-8; `text` has U+FFFD where the invalid bytes were. */
    invalidUtf8?: true;
    /** The line was longer than MAX_LINE_BYTES and was not kept whole. */
    oversize?: true;
    /** The line cannot be a message and was longer than KEPT_RAW_BYTES: `text` is its head. */
    cut?: true;
}
export declare class LineSplitter {
    private readonly onLine;
    /** The decoded pieces of the current line (its head only, once it is known not to be a message or too long). */
    private pieces;
    private decoder;
    private utf8;
    private length;
    /** Bytes fed to the decoder: all of a possible message, the head of anything else. */
    private decoded;
    /** Whether the line may be a JSON object, once its first byte that is not whitespace came. */
    private mayBeMessage;
    private oversize;
    constructor(onLine: (line: StdoutLine) => void);
    push(chunk: Buffer): void;
    /** The stream ended: an unterminated last line still counts as output. */
    end(): void;
    private append;
    private decode;
    /** Drops all but the first `chars` characters of the line. */
    private keepHead;
    private emit;
}
/** A copy of the start of `text` that does not keep the whole string alive (V8 slices share their parent). */
export declare function headOf(text: string, chars: number): string;
/** The transcript fields for a stdout line that is not a message: its bounded text, its size when cut, its encoding. */
export declare function rawLineEntry(line: StdoutLine): {
    raw: string;
    lineBytes?: number;
    invalidUtf8?: true;
};
