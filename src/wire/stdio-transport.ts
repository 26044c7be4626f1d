/**
 * An SDK Transport over the stdio of a server process we started ourselves. The SDK's own
 * StdioClientTransport spawns the process for us, which would take away the process group (needed to end the
 * server's children) and would hide stdout lines that are not JSON (which STDIO-02 must see).
 */
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage, MessageExtraInfo } from '@modelcontextprotocol/sdk/types.js';
import type { ServerProcess } from '../target/process.js';
import { LineSplitter, rawLineEntry, type StdoutLine } from './line-splitter.js';
import type { SharedPayloads } from './shared-payloads.js';
import { messageLineEntry } from './transcript.js';

/** What the stdio transport tells the recorder about the line a message came on, beside the SDK's own extra info. */
export interface StdioLineExtra extends MessageExtraInfo {
  stdioLine?: ReturnType<typeof messageLineEntry>;
}

export class ProcessStdioTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage, extra?: StdioLineExtra) => void;
  private closed = false;
  private draining: Promise<void> | undefined;

  /** `onRawLine` sees every stdout line that is not a JSON object (banners, logs, blank lines, oversize lines). */
  constructor(
    private readonly server: ServerProcess,
    private readonly onRawLine: (entry: ReturnType<typeof rawLineEntry>) => void,
    private readonly payloads: SharedPayloads,
  ) {}

  async start(): Promise<void> {
    const splitter = new LineSplitter((line: StdoutLine) => {
      let parsed: unknown;
      try {
        parsed = line.oversize || line.cut ? undefined : JSON.parse(line.text);
      } catch {
        parsed = undefined;
      }
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
        const message = this.payloads.share(line.text, parsed as Record<string, unknown>);
        this.onmessage?.(message as JSONRPCMessage, { stdioLine: messageLineEntry(line) });
      } else {
        this.onRawLine(rawLineEntry(line));
      }
    });
    this.server.child.stdout.on('data', (chunk: Buffer) => splitter.push(chunk));
    this.server.child.stdout.on('end', () => splitter.end());
    void this.server.exited.then(() => this.markClosed());
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if (this.closed || !this.server.running) throw new Error('server process has exited');
    const stdin = this.server.child.stdin;
    const line = JSON.stringify(message) + '\n';
    if (!stdin.write(line)) await this.drained();
  }

  /**
   * Settles when the server's stdin takes writes again, or closes. Every send behind the same full pipe waits on
   * this one promise: a server that floods us with requests has each answer sent while the pipe is full, and a
   * `drain` listener per send would pass Node's limit and print a leak warning on the console.
   */
  private drained(): Promise<void> {
    this.draining ??= new Promise<void>((resolve) => {
      const stdin = this.server.child.stdin;
      const done = () => {
        stdin.off('drain', done);
        stdin.off('close', done);
        this.draining = undefined;
        resolve();
      };
      stdin.on('drain', done);
      stdin.on('close', done);
    });
    return this.draining;
  }

  async close(): Promise<void> {
    await this.server.stop();
    this.markClosed();
  }

  private markClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.onclose?.();
  }
}
