export declare class LineRing {
    private readonly capacity;
    private readonly lines;
    private partial;
    /** Inside a line already cut at MAX_LINE_CHARS: the rest of it is dropped up to its newline. */
    private cutting;
    private dropped;
    constructor(capacity: number);
    /** Linear in the text pushed: only the new text is searched for newlines, and a huge line is cut once. */
    push(text: string): void;
    private keep;
    /** The last `count` lines, including an unterminated last line. */
    tail(count?: number): string;
    /** Everything kept, with a note when earlier lines were dropped. */
    text(): string;
}
