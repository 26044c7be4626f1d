/**
 * Boots the server under test and hands out connections to it. Readiness is the MCP handshake itself: over
 * stdio the first `initialize` answer, over HTTP `initialize` polled with backoff until it succeeds, never a
 * fixed sleep. Everything started here is tracked and ended by `close()`.
 */
import { SSEClientTransport, SseError } from '@modelcontextprotocol/sdk/client/sse.js';
import { StreamableHTTPClientTransport, StreamableHTTPError } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { Config, LaunchCommand, WireTargetConfig } from '../config/config.js';
import type { EmitEvent } from '../events.js';
import { LEGACY_VERSIONS, MODERN_VERSION, type BootInfo, type TransportKind } from '../model.js';
import { BrokenHandshakeConnection } from '../wire/broken-handshake.js';
import { DEFAULT_CLIENT_CAPABILITIES, openSdkConnection } from '../wire/connection.js';
import { DiscoverRefusedError, ModernConnection, modernLabel } from '../wire/modern-connection.js';
import { HttpRawChannel, RecordedHttpProbe } from '../wire/http-probe.js';
import { fetchRecordingInvalidFrames } from '../wire/invalid-frames.js';
import { StdioRawChannel } from '../wire/raw-stdio.js';
import { RecordingTransport } from '../wire/recording-transport.js';
import { ProcessStdioTransport } from '../wire/stdio-transport.js';
import type { Transcript } from '../wire/transcript.js';
import {
  InvalidAnswerError,
  type Connection,
  type ConnectOptions,
  type RawChannel,
  type RawOpenOptions,
  type TranscriptEntry,
} from '../wire/types.js';
import { StdioProbePool } from './probe-pool.js';
import { ServerProcess } from './process.js';
import { startsOnCpu } from './startup-cpu.js';
import type { Target } from './types.js';

/** The server could not be started or reached; the run ends with exit code 3. */
export class BootError extends Error {
  constructor(
    message: string,
    readonly boot: BootInfo,
  ) {
    super(message);
    this.name = 'BootError';
  }
}

/** The newest version `initialize` offers. */
const NEWEST_VERSION = LEGACY_VERSIONS[0]!;
/**
 * Initialized stdio probe processes per protocol version, beside the fresh channels checks hand over. One: raw
 * probes take milliseconds each, so waiting for the channel is faster than starting a server process, which
 * costs a CPU core for a quarter of a second and more (see docs/benchmarks.md).
 */
const PROBE_POOL_SIZE = 1;
const PROBE_POOL_WAIT_MS = 2_000;
/** How long a process whose server refused a connection gets to be seen exiting, before it counts as running. */
const EXIT_SEEN_MS = 2_000;
/**
 * How many times an HTTP server mcp-ci started is started again after exiting mid-run. Each costs a server start;
 * a server that crashes at every request would otherwise be started again for each check.
 */
const MAX_RESTARTS = 10;

class BootedTarget implements BootedServer {
  readonly transport: TransportKind;
  readonly http?: RecordedHttpProbe;
  boot: BootInfo = { ok: false, ms: 0 };
  main!: Connection;
  startsOnCpu?: boolean;
  /** The process whose stderr is reported: the one booted first (stdio) or started (HTTP). */
  private primary: ServerProcess | undefined;
  /** Over HTTP, the started server process now serving: the primary, or the last one started after it exited. */
  private serving: ServerProcess | undefined;
  /** The HTTP server processes started after the primary exited mid-run, oldest first. */
  private readonly restarted: ServerProcess[] = [];
  private restarting: Promise<void> | undefined;
  private restartsLeft = MAX_RESTARTS;
  /** How many times the HTTP server was started again (Target.generation). */
  generation = 0;
  private readonly processes = new Set<ServerProcess>();
  private readonly closables = new Set<{ close(): Promise<void> }>();
  private readonly probePool = new StdioProbePool(PROBE_POOL_SIZE, PROBE_POOL_WAIT_MS, (version) =>
    this.spawnProbe(version),
  );
  private readonly labelUses = new Map<string, number>();
  private closing = false;
  private readonly target: WireTargetConfig;

  constructor(
    private readonly config: Config,
    private readonly recorder: Transcript,
    /** Spawned by `launchServer` before this was loaded: the first process the boot would spawn. */
    private launched?: ServerProcess,
  ) {
    const target = wireTarget(config);
    this.target = target;
    this.transport = target.transport;
    if (target.transport !== 'stdio') {
      this.http = new RecordedHttpProbe(
        target.url,
        target.headers,
        recorder,
        target.transport,
        config.requestTimeoutMs,
      );
    }
  }

  transcript(): readonly TranscriptEntry[] {
    return this.recorder.entries();
  }

  stderrTail(lines = 20): string {
    return this.primary?.output.tail(lines) ?? '';
  }

  stderrText(): string {
    const again = this.restarted.map(
      (server) => `\n[mcp-ci] the server exited; started again:\n${server.output.text()}`,
    );
    return (this.primary?.output.text() ?? '') + again.join('');
  }

  /** Transcript labels name one connection each, so passive checks never mix two sessions' messages. */
  uniqueLabel(label: string | undefined, prefix: string): string {
    const base = label ?? prefix;
    const count = (this.labelUses.get(base) ?? 0) + 1;
    this.labelUses.set(base, count);
    return count === 1 && label !== undefined ? base : `${base}#${count}`;
  }

  spawn(launch: LaunchCommand, captureStdout: boolean, label: string): ServerProcess {
    if (this.closing) throw new Error('the target is shutting down');
    // The boot's own spawn is the first (the stdio boot session's process, or the HTTP server), which launchServer
    // started already with the same launch command and capture.
    const server = this.launched ?? new ServerProcess(launch, { captureStdout });
    this.launched = undefined;
    this.processes.add(server);
    void server.exited.then((exit) => {
      this.processes.delete(server);
      // mcp-ci asks a server to stop by closing its stdin first (then signals); one that exits while its stdin is
      // still open, after the boot, stopped on its own: a crash, recorded for lifecycle-no-unexpected-exit.
      if (this.boot.ok && !this.closing && !server.child.stdin.writableEnded && !exit.error) {
        const stderrTail = server.output.tail(20);
        this.recorder.record({
          conn: label,
          dir: 'recv',
          transport: this.transport,
          exit: { code: exit.code, signal: exit.signal, stderrTail },
        });
      }
    });
    return server;
  }

  /** A new session; `initializeTimeoutMs` is the boot timeout for the boot session, whose server may still be starting. */
  async connect(options: ConnectOptions = {}, initializeTimeoutMs?: number): Promise<Connection> {
    if (options.protocolVersion === MODERN_VERSION) return this.connectModern(options, initializeTimeoutMs);
    const label = this.uniqueLabel(options.label, 'session');
    const target = this.target;
    let server: ServerProcess | undefined;
    let inner: Transport;
    if (target.transport === 'stdio') {
      server = this.spawn(target.launch, false, label);
      // The first stdio process is the boot session's: its stderr is the one reported.
      this.primary ??= server;
      inner = new ProcessStdioTransport(
        server,
        (line) => this.recorder.record({ conn: label, dir: 'recv', ...line, transport: 'stdio' }),
        this.recorder.payloads,
      );
    } else {
      const fetch = fetchRecordingInvalidFrames(
        this.recorder,
        label,
        this.transport,
        () => wire.negotiatedVersion,
        (frame) => wire.judgeDropped(frame),
      );
      const init = { requestInit: { headers: target.headers }, fetch };
      inner =
        target.transport === 'http'
          ? new StreamableHTTPClientTransport(new URL(target.url), init)
          : new SSEClientTransport(new URL(target.url), init);
    }
    const protocolVersion = options.protocolVersion ?? NEWEST_VERSION;
    const wire = new RecordingTransport(inner, this.recorder, label, this.transport, protocolVersion);
    const opening = openSdkConnection(wire, {
      label,
      kind: this.transport,
      capabilities: options.capabilities ?? DEFAULT_CLIENT_CAPABILITIES,
      protocolVersion,
      timeoutMs: this.config.requestTimeoutMs,
      // A stdio session is a process of its own still starting: its first answer gets the boot budget.
      initializeTimeoutMs: initializeTimeoutMs ?? (server ? this.config.bootTimeoutMs : this.config.requestTimeoutMs),
    });
    try {
      const connection = server ? await raceExit(opening, server) : await opening;
      this.closables.add(connection);
      return connection;
    } catch (error) {
      await wire.close().catch(() => {});
      if (server) await server.stop();
      throw error;
    }
  }

  /**
   * A 2026-07-28 connection: a raw channel of its own (stdio: a fresh process, whose first message is
   * `server/discover`; HTTP: no session) that envelopes every request. Ready once `server/discover` answers.
   */
  private async connectModern(options: ConnectOptions, discoverTimeoutMs?: number): Promise<Connection> {
    const label = modernLabel(options.label ?? 'session');
    const channel = await this.openRaw({ initialize: false, label });
    const stdio = this.transport === 'stdio';
    const opening = ModernConnection.open(channel, {
      label: channel.label,
      transport: this.transport,
      timeoutMs: this.config.requestTimeoutMs,
      ...(discoverTimeoutMs !== undefined && { discoverTimeoutMs }),
      // A stdio channel is a process of its own still starting: its first answer gets the boot budget.
      ...(stdio && { startupMs: this.config.bootTimeoutMs }),
      ...(options.capabilities && { capabilities: options.capabilities }),
    });
    const connection = await opening;
    this.closables.add(connection);
    return connection;
  }

  async openRaw(options: RawOpenOptions = {}): Promise<RawChannel> {
    // A 2026-07-28 channel has no handshake to perform.
    if (options.protocolVersion === MODERN_VERSION) options = { ...options, initialize: false };
    const label = this.uniqueLabel(options.label, 'raw');
    const target = this.target;
    const version = options.protocolVersion ?? NEWEST_VERSION;
    if (target.transport === 'stdio') {
      if (options.initialize !== false) return this.probePool.acquire(version, options.last === true);
      const channel = this.startStdioChannel(label);
      return options.handOver ? this.probePool.lendForHandOver(channel, version) : channel;
    }
    if (target.transport === 'sse') throw new Error('raw probes are not available over the legacy HTTP+SSE transport');
    const channel = new HttpRawChannel(this.http!, label, this.config.requestTimeoutMs);
    this.closables.add(channel);
    if (options.initialize !== false) await channel.initialize(version);
    return channel;
  }

  /** A new initialized stdio probe channel for the pool, labelled for the transcript; it may take its boot budget to start. */
  private async spawnProbe(version: string): Promise<StdioRawChannel> {
    const channel = this.startStdioChannel(this.uniqueLabel(`probe@${version}`, 'raw'));
    await channel.initialize(version, this.config.bootTimeoutMs);
    return channel;
  }

  /** A raw channel on a server process of its own, ended by close() with everything else. */
  private startStdioChannel(label: string): StdioRawChannel {
    const target = this.target;
    if (target.transport !== 'stdio') throw new Error('stdio probes need a stdio target');
    const channel = new StdioRawChannel(
      this.spawn(target.launch, false, label),
      this.recorder,
      label,
      this.config.requestTimeoutMs,
    );
    this.closables.add(channel);
    return channel;
  }

  async close(): Promise<void> {
    this.closing = true;
    this.http?.close();
    // All at once: a server busy with a slow tool call takes the whole stdin grace to stop, and one after another
    // those graces add up.
    const stdinFirst = this.transport === 'stdio';
    await Promise.allSettled([
      this.probePool.close(),
      ...[...this.closables].map((c) => c.close()),
      ...[...this.processes].map((p) => p.stop({ stdinFirst })),
    ]);
    if (this.primary) await this.primary.stop({ stdinFirst });
  }

  /** Boot: start the server (if we launch it) and open the main session. */
  async start(emit: EmitEvent): Promise<void> {
    const target = this.target;
    const started = this.launched?.spawnedAt ?? performance.now();
    const offer = this.config.protocolVersion ?? NEWEST_VERSION;
    emit({ type: 'boot:start', description: describeTarget(this.config) });
    const label = `main@${offer}`;
    try {
      if (target.transport === 'stdio') {
        this.main = await this.withDeadline(this.connect({ label, protocolVersion: offer }, this.config.bootTimeoutMs));
      } else {
        if (target.launch) this.primary = this.serving = this.spawn(target.launch, true, 'server');
        this.main = await this.pollHttp(offer, label, this.primary);
      }
      this.boot = { ok: true, ms: 0, readiness: offer === MODERN_VERSION ? 'server/discover' : 'initialize' };
    } catch (error) {
      const modern = await this.discoverInstead(offer, error);
      if (modern && 'initializeAnswer' in modern) {
        this.main = modern.connection;
        this.boot = {
          ok: true,
          ms: Math.round(performance.now() - started),
          readiness: 'server/discover',
          initializeAnswer: modern.initializeAnswer,
        };
        return;
      }

      if (error instanceof InvalidAnswerError && error.method === 'initialize') {
        // The server is up and answered, wrongly: the run goes on and its checks say what is broken.
        this.main = new BrokenHandshakeConnection(label, this.transport, offer, error);
        this.boot = { ok: true, ms: Math.round(performance.now() - started), handshakeError: error.message };
        return;
      }
      const exit = this.primary?.exit;
      const tail = this.stderrTail(30);
      this.boot = {
        ok: false,
        ms: Math.round(performance.now() - started),
        ...(exit ? { exitCode: exit.code, signal: exit.signal } : {}),
        error: bootErrorMessage(offer, error, modern?.discoverAnswer),
        ...(tail ? { stderrTail: tail } : {}),
      };
      emit({ type: 'boot:done', boot: this.boot });
      await this.close();
      throw new BootError(this.boot.error!, this.boot);
    }
    this.boot = { ...this.boot, ok: true, ms: Math.round(performance.now() - started) };
    if (target.transport === 'stdio') this.startsOnCpu = startsOnCpu(this.primary?.child.pid, this.boot.ms);
  }

  /**
   * After `initialize` failed with an answer (not silence, not a crash): a server that speaks only 2026-07-28
   * refuses it (naming its versions, M-12) and is ready once `server/discover` answers. Returns the connection,
   * or what discover got back so the boot error can say which readiness probes were tried.
   */
  private async discoverInstead(
    offer: string,
    initializeError: unknown,
  ): Promise<{ connection: Connection; initializeAnswer: string } | { discoverAnswer: string } | undefined> {
    if (offer === MODERN_VERSION || this.config.protocolVersion !== undefined) return undefined;
    if (initializeError instanceof InvalidAnswerError || initializeError instanceof BootDeadlineError) return undefined;
    // Over stdio the failed session's process was stopped by connect() itself; a crash shows in the error.
    if (this.transport !== 'stdio' && this.primary && !this.primary.running) return undefined;
    if (/before it answered initialize|did not answer initialize/.test(String(initializeError))) return undefined;
    try {
      const connection = await this.withDeadline(
        this.connect({ label: `main@${MODERN_VERSION}`, protocolVersion: MODERN_VERSION }, this.config.bootTimeoutMs),
      );
      return { connection, initializeAnswer: errorText(initializeError) };
    } catch (error) {
      return { discoverAnswer: error instanceof DiscoverRefusedError ? error.answer : errorText(error) };
    }
  }

  private async withDeadline<T>(promise: Promise<T>): Promise<T> {
    const ms = this.config.bootTimeoutMs;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new BootDeadlineError(`the server did not answer initialize within ${ms / 1000} s`)),
        ms,
      );
    });
    try {
      return await Promise.race([promise, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Polls `initialize` with backoff until it succeeds, the started process exits, or the boot timeout passes. Only
   * what a server still starting does is retried (connection refused, a 5xx); any other answer ends the boot at once.
   */
  private async pollHttp(offer: string, label: string, server: ServerProcess | undefined): Promise<Connection> {
    const deadline = Date.now() + this.config.bootTimeoutMs;
    let delay = 50;
    let lastError = 'no attempt made';
    while (Date.now() < deadline) {
      if (server && !server.running) break;
      try {
        const attempt = this.connect({ label, protocolVersion: offer }, this.config.bootTimeoutMs);
        return await this.withDeadline(server ? raceExit(attempt, server) : attempt);
      } catch (error) {
        if (!isStillStarting(error)) throw error;
        lastError =
          error instanceof Error
            ? error.cause instanceof Error
              ? `${error.message}: ${error.cause.message}`
              : error.message
            : String(error);
      }
      const wait = Math.min(delay, deadline - Date.now());
      if (wait > 0 && (await exitsWithin(server, wait))) break;
      delay = Math.min(delay * 1.5, 1_000);
    }
    if (server && !server.running) throw new Error(exitMessage(server));
    throw new Error(
      `the server did not answer ${offer === MODERN_VERSION ? 'server/discover' : 'initialize'} at ${this.http!.url} within ${this.config.bootTimeoutMs / 1000} s (last error: ${lastError})`,
    );
  }

  /**
   * Over HTTP, for a server mcp-ci started: when the process serving `generation` exited mid-run, starts the server
   * again and waits until it answers, with the boot's readiness poll and budget. Every session ended with the old
   * process, so each is closed (the checks open new ones). True when a newer generation is serving.
   */
  async restart(generation: number): Promise<boolean> {
    const launch = this.target.transport === 'stdio' ? undefined : this.target.launch;
    const server = this.serving;
    if (!launch || !server || this.closing) return false;
    const current = generation === this.generation && !this.restarting;
    // A refused connection can come a moment before the crashed process's exit is seen; a server that refused it
    // and still runs is not started again.
    if (current && server.running) await server.waitForExit(EXIT_SEEN_MS);
    if (current && !server.running && server === this.serving && this.restartsLeft > 0)
      this.restarting ??= this.startAgain(launch).finally(() => (this.restarting = undefined));
    await this.restarting;
    return generation < this.generation;
  }

  get serverExited(): boolean {
    return this.serving?.running === false && !this.restarting;
  }

  /** Never rejects: a server that does not serve again leaves the checks to say they could not reach it. */
  private async startAgain(launch: LaunchCommand): Promise<void> {
    await Promise.allSettled([...this.closables].map((c) => c.close()));
    this.closables.clear();
    this.restartsLeft--;
    try {
      const server = this.spawn(launch, true, `server#${this.restarted.length + 2}`);
      this.restarted.push(server);
      this.serving = server;
      const offer = this.boot.readiness === 'server/discover' ? MODERN_VERSION : this.main.protocolVersion;
      const probe = await this.pollHttp(offer, `restart:${offer}`, server);
      this.closables.delete(probe);
      await probe.close();
      this.generation++;
    } catch {
      // Not serving again (or the run is ending): no other check waits for another start.
      this.restartsLeft = 0;
    }
  }
}

/** Whether the process exited within `ms` (a server mcp-ci did not start: waits `ms`, false). */
async function exitsWithin(server: ServerProcess | undefined, ms: number): Promise<boolean> {
  if (!server) {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return false;
  }
  return server.waitForExit(ms);
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Why the boot failed; when `server/discover` was tried after `initialize`, both answers. */
function bootErrorMessage(offer: string, error: unknown, discoverAnswer: string | undefined): string {
  if (discoverAnswer === undefined) return errorText(error);
  return `the server answered neither readiness probe: initialize (${offer}) got ${errorText(error)}; server/discover (${MODERN_VERSION}) got ${discoverAnswer}`;
}

/** Whether a failed HTTP `initialize` is what a server that is still starting answers, and worth retrying. */
function isStillStarting(error: unknown): boolean {
  if (error instanceof BootDeadlineError) return true;
  // A 2026-07-28 readiness probe goes through the raw HTTP probe, which wraps fetch's own error.
  if (error instanceof DiscoverRefusedError) return error.httpStatus !== undefined && error.httpStatus >= 500;
  if (error instanceof Error && error.message.endsWith('TypeError: fetch failed')) return true;
  if (error instanceof StreamableHTTPError || error instanceof SseError)
    return error.code === undefined || error.code >= 500;
  // fetch failed: nothing listens yet (ECONNREFUSED), or the socket was reset while the server came up.
  return error instanceof TypeError && error.message === 'fetch failed';
}

/** The boot timeout passed while `initialize` was still unanswered. */
class BootDeadlineError extends Error {}

/** Rejects as soon as the process exits, so a crashing server fails the boot at once, not at the timeout. */
async function raceExit<T>(promise: Promise<T>, server: ServerProcess): Promise<T> {
  const exited = server.exited.then((): never => {
    throw new Error(exitMessage(server));
  });
  exited.catch(() => {});
  return Promise.race([promise, exited]);
}

function exitMessage(server: ServerProcess): string {
  const exit = server.exit;
  if (exit?.error) return exit.error;
  const how = exit?.signal ? `was killed by ${exit.signal}` : `exited with code ${exit?.code}`;
  return `the server ${how} before it answered initialize`;
}

/** An in-process server is attached through the library API (target/in-memory.ts), never booted here. */
function wireTarget(config: Config): WireTargetConfig {
  const target = config.target;
  if (target.transport === 'memory') throw new Error('an in-process server is attached, not booted');
  return target;
}

function describeTarget(config: Config): string {
  const target = wireTarget(config);
  if (target.transport === 'stdio') return `stdio: ${target.launch.commandLine}`;
  const started = target.launch ? ` (started with: ${target.launch.commandLine})` : '';
  return `${target.transport === 'http' ? 'Streamable HTTP' : 'HTTP+SSE'}: ${target.url}${started}`;
}

export interface BootedServer extends Target {
  /** The whole captured stderr, for `<out>/server-stderr.log`. */
  stderrText(): string;
}

/** Boots the target; `launched` is its server process when `launchServer` started it already. */
export async function bootTarget(
  config: Config,
  transcript: Transcript,
  emit: EmitEvent,
  launched?: ServerProcess,
): Promise<BootedServer> {
  const target = new BootedTarget(config, transcript, launched);
  await target.start(emit);
  return target;
}
