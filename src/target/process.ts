/**
 * A server process we started. It runs in its own process group so teardown reaches every child it spawned;
 * stopping follows the MCP stdio shutdown order: close stdin, then SIGTERM the group, then SIGKILL. Descendants
 * that left the group (setsid, detached) are found by the marker variable in their environment and ended too.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import type { LaunchCommand } from '../config/config.js';
import { LineRing } from './line-ring.js';
import { MARKER_VARIABLE, endMarkedProcesses, killMarkedProcessesSync, newMarker } from './marked-processes.js';

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** Set when the process could not be started at all (e.g. ENOENT). */
  error?: string;
}

/**
 * How long a stdio server gets to exit on its own once its stdin is closed, before SIGTERM (itself a request to
 * stop cleanly). A server idle at the end of a run exits in milliseconds; one still busy with a call the tester gave
 * up on would hold every run for the whole wait. Whether a server exits on stdin EOF is judged by
 * stdio-exits-on-stdin-close, with a wait of its own.
 */
const STDIN_EOF_WAIT_MS = 200;

/** Every process still running, so an abrupt end of the run (Ctrl-C, uncaught error) can still kill them. */
const live = new Set<ServerProcess>();

let exitHookInstalled = false;
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // 'exit' handlers must be synchronous: a last-resort SIGKILL of every group we started.
  process.on('exit', () => {
    for (const p of live) {
      p.killGroupSync('SIGKILL');
      killMarkedProcessesSync(p.marker);
    }
  });
}

export class ServerProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** stderr (and, for HTTP servers, stdout) lines, bounded. */
  readonly output = new LineRing(500);
  readonly exited: Promise<ExitInfo>;
  /** The value of MARKER_VARIABLE in this server's environment, inherited by everything it starts. */
  readonly marker = newMarker();
  /** When it was spawned (`performance.now()`), so a boot that takes over a process spawned earlier times it whole. */
  readonly spawnedAt = performance.now();
  private exitInfo: ExitInfo | undefined;

  constructor(
    readonly launch: LaunchCommand,
    options: { captureStdout: boolean },
  ) {
    installExitHook();
    const [file, ...args] = launch.argv;
    this.child = spawn(file!, args, {
      cwd: launch.cwd,
      env: { ...process.env, ...launch.env, [MARKER_VARIABLE]: this.marker },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
      windowsHide: true,
    });
    live.add(this);
    this.child.stderr.on('data', (chunk: Buffer) => this.output.push(chunk.toString('utf8')));
    if (options.captureStdout)
      this.child.stdout.on('data', (chunk: Buffer) => this.output.push(chunk.toString('utf8')));
    // A server that dies mid-write must not crash the tester with EPIPE.
    this.child.stdin.on('error', () => {});
    this.exited = new Promise<ExitInfo>((resolve) => {
      this.child.once('error', (error: NodeJS.ErrnoException) => {
        this.exitInfo = { code: null, signal: null, error: describeSpawnError(error, file!) };
        resolve(this.exitInfo);
      });
      this.child.once('exit', (code, signal) => {
        this.exitInfo ??= { code, signal };
        resolve(this.exitInfo);
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get running(): boolean {
    return this.exitInfo === undefined;
  }

  get exit(): ExitInfo | undefined {
    return this.exitInfo;
  }

  /** Signal the whole group: the server may be gone while children it spawned are still running. */
  killGroupSync(signal: NodeJS.Signals): void {
    if (!this.child.pid) return;
    try {
      process.kill(-this.child.pid, signal);
    } catch {
      // The group is already gone.
    }
  }

  /**
   * Close stdin, wait, SIGTERM the group, wait, SIGKILL the group. Resolves once the process has exited.
   * Closing stdin is how a stdio server is asked to stop; an HTTP server does not read stdin, so
   * `stdinFirst: false` goes straight to SIGTERM.
   */
  async stop(options: { graceMs?: number; stdinFirst?: boolean } = {}): Promise<ExitInfo> {
    const graceMs = options.graceMs ?? 2_000;
    try {
      if (!this.running) return this.exitInfo!;
      this.child.stdin.end();
      if (options.stdinFirst !== false && (await this.waitForExit(Math.min(graceMs, STDIN_EOF_WAIT_MS))))
        return this.exitInfo!;
      this.killGroupSync('SIGTERM');
      if (await this.waitForExit(graceMs)) return this.exitInfo!;
      this.killGroupSync('SIGKILL');
      await this.waitForExit(graceMs);
      return this.exitInfo ?? { code: null, signal: 'SIGKILL' };
    } finally {
      this.killGroupSync('SIGKILL');
      await endMarkedProcesses(this.marker);
      live.delete(this);
    }
  }

  /** Whether the process exited within `ms`. */
  async waitForExit(ms: number): Promise<boolean> {
    if (!this.running) return true;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
    const result = await Promise.race([this.exited.then(() => true as const), timedOut]);
    clearTimeout(timer);
    return result;
  }
}

function describeSpawnError(error: NodeJS.ErrnoException, file: string): string {
  if (error.code === 'ENOENT') return `command not found: ${file} (check the command line and the PATH, or set cwd)`;
  if (error.code === 'EACCES') return `permission denied running ${file} (is it executable?)`;
  return `could not start ${file}: ${error.message}`;
}
