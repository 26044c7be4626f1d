/**
 * An SDK Transport over the stdio of a server process we started ourselves. The SDK's own
 * StdioClientTransport spawns the process for us, which would take away the process group (needed to end the
 * server's children) and would hide stdout lines that are not JSON (which STDIO-02 must see).
 */
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import type { ServerProcess } from '../target/process.js';

/** Splits a byte stream into lines; a line is decoded only once complete, so multi-byte characters survive. */
export class LineSplitter {
  private buffer: Buffer | undefined;

  constructor(private readonly onLine: (line: string) => void) {}

  push(chunk: Buffer): void {
    this.buffer = this.buffer ? Buffer.concat([this.buffer, chunk]) : chunk;
    let index: number;
    while ((index = this.buffer.indexOf(0x0a)) !== -1) {
      const line = this.buffer.toString('utf8', 0, index).replace(/\r$/, '');
      this.buffer = this.buffer.subarray(index + 1);
      this.onLine(line);
    }
  }
}

export class ProcessStdioTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  private closed = false;

  /** `onRawLine` sees every stdout line that is not a JSON object (banners, logs, blank lines). */
  constructor(
    private readonly server: ServerProcess,
    private readonly onRawLine: (line: string) => void,
  ) {}

  async start(): Promise<void> {
    const splitter = new LineSplitter((line) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        parsed = undefined;
      }
      if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
        this.onmessage?.(parsed as JSONRPCMessage);
      } else {
        this.onRawLine(line);
      }
    });
    this.server.child.stdout.on('data', (chunk: Buffer) => splitter.push(chunk));
    void this.server.exited.then(() => this.markClosed());
  }

  async send(message: JSONRPCMessage): Promise<void> {
    if (this.closed || !this.server.running) throw new Error('server process has exited');
    const stdin = this.server.child.stdin;
    const line = JSON.stringify(message) + '\n';
    if (!stdin.write(line)) await new Promise<void>((resolve) => stdin.once('drain', resolve));
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
