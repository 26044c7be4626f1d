/**
 * An SDK Transport over the stdio of a server process we started ourselves. The SDK's own
 * StdioClientTransport spawns the process for us, which would take away the process group (needed to end the
 * server's children) and would hide stdout lines that are not JSON (which STDIO-02 must see).
 */
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage, MessageExtraInfo } from '@modelcontextprotocol/sdk/types.js';
import type { ServerProcess } from '../target/process.js';
import { rawLineEntry } from './line-splitter.js';
import type { SharedPayloads } from './shared-payloads.js';
import { messageLineEntry } from './transcript.js';
/** What the stdio transport tells the recorder about the line a message came on, beside the SDK's own extra info. */
export interface StdioLineExtra extends MessageExtraInfo {
    stdioLine?: ReturnType<typeof messageLineEntry>;
}
export declare class ProcessStdioTransport implements Transport {
    private readonly server;
    private readonly onRawLine;
    private readonly payloads;
    onclose?: () => void;
    onerror?: (error: Error) => void;
    onmessage?: (message: JSONRPCMessage, extra?: StdioLineExtra) => void;
    private closed;
    private draining;
    /** `onRawLine` sees every stdout line that is not a JSON object (banners, logs, blank lines, oversize lines). */
    constructor(server: ServerProcess, onRawLine: (entry: ReturnType<typeof rawLineEntry>) => void, payloads: SharedPayloads);
    start(): Promise<void>;
    send(message: JSONRPCMessage): Promise<void>;
    /**
     * Settles when the server's stdin takes writes again, or closes. Every send behind the same full pipe waits on
     * this one promise: a server that floods us with requests has each answer sent while the pipe is full, and a
     * `drain` listener per send would pass Node's limit and print a leak warning on the console.
     */
    private drained;
    close(): Promise<void>;
    private markClosed;
}
