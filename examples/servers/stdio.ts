/**
 * The stdio transport of the shop: newline-delimited JSON-RPC on stdin/stdout. The SDK's StdioServerTransport
 * drops a line it cannot parse without answering; JSON-RPC 2.0 (BASE-09, BASE-10) wants -32700 for text that is
 * not JSON and -32600 for JSON that is not a JSON-RPC message, and the server must keep serving.
 */
import { createInterface } from 'node:readline';
import type { Interface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { asMessage, parseErrorResponse } from './jsonrpc-errors.js';

/** The message one input line carries, or what to answer instead. Blank lines carry nothing. */
export function decodeLine(line: string): { message: JSONRPCMessage } | { reply: JSONRPCMessage } | { ignore: true } {
  if (line.trim() === '') return { ignore: true };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { reply: parseErrorResponse() };
  }
  return asMessage(value);
}

export class LineStdioServerTransport implements Transport {
  onmessage?: (message: JSONRPCMessage) => void;
  onclose?: () => void;
  onerror?: (error: Error) => void;
  private closed = false;
  private lines?: Interface;

  constructor(
    private readonly input: Readable = process.stdin,
    private readonly output: Writable = process.stdout,
  ) {}

  async start(): Promise<void> {
    const lines = createInterface({ input: this.input, crlfDelay: Infinity });
    this.lines = lines;
    lines.on('line', (line) => {
      const decoded = decodeLine(line);
      if ('message' in decoded) this.onmessage?.(decoded.message);
      else if ('reply' in decoded) this.send(decoded.reply).catch((error: Error) => this.onerror?.(error));
    });
    // The client ends the session by closing our stdin; the server should then exit (STDIO-03).
    lines.on('close', () => void this.close());
  }

  send(message: JSONRPCMessage): Promise<void> {
    return new Promise((resolve, reject) => {
      this.output.write(`${JSON.stringify(message)}\n`, (error) => (error ? reject(error) : resolve()));
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.lines?.close();
    this.onclose?.();
  }
}
