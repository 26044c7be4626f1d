/**
 * Starting the built example and fixture servers from tests: over stdio with the SDK client or a raw line
 * channel, and over HTTP as a child process that announces its URL on stderr. Every wait is bounded, and every
 * process is killed by its pid when the test is done with it.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

export const SHOP_SERVER = fileURLToPath(new URL('../../.build/examples/shop-server.mjs', import.meta.url));
export const FAULTY_SERVER = fileURLToPath(new URL('../../.build/fixtures/faulty-server.mjs', import.meta.url));

const WAIT_MS = 5_000;

function timeout(ms: number, what: string): Promise<never> {
  return new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms).unref(),
  );
}

export function newClient(): Client {
  return new Client({ name: 'mcp-ci-tests', version: '0.0.0' });
}

/** An SDK client on a fresh server over stdio. */
export async function connectStdio(
  script: string,
  env: Record<string, string> = {},
): Promise<{ client: Client; stderr: () => string }> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [script],
    env: { ...(process.env as Record<string, string>), ...env },
    stderr: 'pipe',
  });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const client = newClient();
  await Promise.race([client.connect(transport), timeout(WAIT_MS, `connect to ${script}`)]);
  return { client, stderr: () => stderr };
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

function exited(child: ChildProcessWithoutNullStreams): Promise<Exit> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

/** Ends the process: SIGTERM, then SIGKILL if it has not exited within the wait. */
async function stop(child: ChildProcessWithoutNullStreams): Promise<Exit> {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  const outcome = await Promise.race([exited(child), timeout(WAIT_MS, `exit of ${child.pid}`).catch(() => null)]);
  if (outcome) return outcome;
  child.kill('SIGKILL');
  return exited(child);
}

/** A server process over stdio, driven line by line (for input the SDK client would never send). */
export interface RawStdio {
  /** Every stdout line so far, in order. */
  readonly lines: string[];
  readonly stderr: () => string;
  write(line: string): void;
  send(message: Record<string, unknown>): void;
  /** The first stdout line (already seen or still to come) that parses to a message matching `match`. */
  waitFor(match: (message: Record<string, unknown>) => boolean, what: string): Promise<Record<string, unknown>>;
  /** Close stdin and wait (bounded) for the process to exit by itself. */
  endInput(): Promise<Exit | null>;
  stop(): Promise<Exit>;
}

function parseLine(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function spawnRawStdio(script: string, env: Record<string, string> = {}): RawStdio {
  const child = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: 'pipe' });
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    for (const waiter of waiters) waiter();
  });
  return {
    lines,
    stderr: () => stderr,
    write: (line) => void child.stdin.write(`${line}\n`),
    send: (message) => void child.stdin.write(`${JSON.stringify(message)}\n`),
    waitFor(match, what) {
      const find = () => lines.map(parseLine).find((message) => message !== undefined && match(message));
      return Promise.race([
        new Promise<Record<string, unknown>>((resolve) => {
          const check = () => {
            const found = find();
            if (found) {
              waiters.delete(check);
              resolve(found);
            }
          };
          waiters.add(check);
          check();
        }),
        timeout(WAIT_MS, `${what}; stdout so far: ${lines.join(' | ')}; stderr: ${stderr}`),
      ]);
    },
    async endInput() {
      child.stdin.end();
      return Promise.race([exited(child), timeout(WAIT_MS, 'exit after stdin closed').catch(() => null)]);
    },
    stop: () => stop(child),
  };
}

/** A server process serving Streamable HTTP on an ephemeral port. */
export interface HttpServerProcess {
  url: string;
  port: number;
  stdout: () => string;
  stderr: () => string;
  stop(): Promise<Exit>;
}

export async function startHttpServer(script: string, env: Record<string, string> = {}): Promise<HttpServerProcess> {
  const child = spawn(process.execPath, [script, '--http', '0'], { env: { ...process.env, ...env }, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const url = await Promise.race([
    new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /^listening on (http:\/\/127\.0\.0\.1:\d+\/mcp)$/m.exec(stderr);
        if (match?.[1]) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`server exited with ${code} before listening: ${stderr}`)));
    }),
    timeout(WAIT_MS, `listening line from ${script}`),
  ]).catch(async (error: unknown) => {
    await stop(child);
    throw error;
  });
  return { url, port: Number(new URL(url).port), stdout: () => stdout, stderr: () => stderr, stop: () => stop(child) };
}

/** An SDK client session on a running HTTP server. */
export async function connectHttp(url: string): Promise<{ client: Client; transport: StreamableHTTPClientTransport }> {
  const transport = new StreamableHTTPClientTransport(new URL(url));
  const client = newClient();
  await Promise.race([client.connect(transport), timeout(WAIT_MS, `connect to ${url}`)]);
  return { client, transport };
}
