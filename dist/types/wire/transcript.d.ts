import { type StdoutLine } from './line-splitter.js';
import { SharedPayloads } from './shared-payloads.js';
import type { TranscriptEntry } from './types.js';
/**
 * A transcript line longer than this is written as an excerpt with its length: a server answering 50 MB twenty
 * times would otherwise make a gigabyte file (and hold it in memory while writing it).
 */
export declare const MAX_LINE_CHARS = 1000000;
export declare const EXCERPT_CHARS = 64000;
/**
 * Non-JSON frames kept whole per run, in total: past this, each further one keeps only its start and its length.
 * Every stdio process of a run may flood stdout, so the cap per frame alone still let a run hold hundreds of MB.
 */
export declare const RAW_BUDGET_CHARS = 16000000;
export declare class Transcript {
    private readonly items;
    private readonly origin;
    private rawChars;
    /** Big answers parsed once per run, shared by every channel that records into this transcript. */
    readonly payloads: SharedPayloads;
    record(entry: Omit<TranscriptEntry, 't'>): void;
    private boundRaw;
    entries(): readonly TranscriptEntry[];
    /** Writes the JSON lines to `path` one by one (never the whole file in memory), secrets replaced by `***`. */
    writeJsonl(path: string, secrets: readonly string[]): Promise<void>;
}
/** The transcript fields for a stdout line that is a message: its encoding, and the start and size of a long one. */
export declare function messageLineEntry(line: StdoutLine): Pick<TranscriptEntry, 'invalidUtf8' | 'frame'>;
