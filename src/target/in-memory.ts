/**
 * An SDK server object in the tester's own process, reached through the SDK's in-memory transport. Each session
 * gets a server of its own from the caller's factory, as each stdio session gets a process of its own: an SDK
 * server serves one transport at a time. Nothing passes through a wire, so raw channels (malformed frames, stdio
 * lines, HTTP requests) do not exist here; the engine skips the checks that need them.
 */
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { PROTOCOL_VERSIONS, type BootInfo } from '../model.js';
import { DEFAULT_CLIENT_CAPABILITIES, openSdkConnection } from '../wire/connection.js';
import { RecordingTransport } from '../wire/recording-transport.js';
import type { Transcript } from '../wire/transcript.js';
import {
  NEEDS_WIRE,
  RawChannelUnavailableError,
  type Connection,
  type ConnectOptions,
  type RawChannel,
  type TranscriptEntry,
} from '../wire/types.js';
import { BootError, type BootedServer } from './boot.js';

/** What mcp-ci needs of an SDK server (`McpServer` or `Server` of the 1.x SDK): connect it to a transport, close it. */
export interface InProcessServer {
  connect(transport: Transport): Promise<void>;
  close(): Promise<void>;
}

/** Creates a new server for each session the suites open. */
export type InProcessServerFactory = () => InProcessServer | Promise<InProcessServer>;

export interface InMemoryTargetOptions {
  createServer: InProcessServerFactory;
  recorder: Transcript;
  /** The version the boot session offers; the newest the tester speaks unless one is pinned. */
  protocolVersion?: string;
  requestTimeoutMs: number;
}

class InMemoryTarget implements BootedServer {
  readonly transport = 'memory' as const;
  boot: BootInfo = { ok: false, ms: 0 };
  main!: Connection;
  private readonly servers = new Set<InProcessServer>();
  private readonly connections = new Set<Connection>();
  private readonly labelUses = new Map<string, number>();
  private closing = false;

  constructor(private readonly options: InMemoryTargetOptions) {}

  transcript(): readonly TranscriptEntry[] {
    return this.options.recorder.entries();
  }

  // The server writes no stderr of its own: it shares the tester's process.
  stderrTail(): string {
    return '';
  }

  stderrText(): string {
    return '';
  }

  async connect(options: ConnectOptions = {}): Promise<Connection> {
    if (this.closing) throw new Error('the target is shutting down');
    const label = this.uniqueLabel(options.label);
    const server = await this.options.createServer();
    assertServer(server);
    this.servers.add(server);
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    const protocolVersion = options.protocolVersion ?? PROTOCOL_VERSIONS[0];
    const wire = new RecordingTransport(clientSide, this.options.recorder, label, 'memory', protocolVersion);
    try {
      await server.connect(serverSide);
      const connection = await openSdkConnection(wire, {
        label,
        kind: 'memory',
        capabilities: options.capabilities ?? DEFAULT_CLIENT_CAPABILITIES,
        protocolVersion,
        timeoutMs: this.options.requestTimeoutMs,
      });
      this.connections.add(connection);
      return connection;
    } catch (error) {
      await wire.close().catch(() => {});
      await this.closeServer(server);
      throw error;
    }
  }

  openRaw(): Promise<RawChannel> {
    return Promise.reject(new RawChannelUnavailableError(`${NEEDS_WIRE}: it sends frames the SDK would not send`));
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.allSettled([...this.connections].map((c) => c.close()));
    await Promise.allSettled([...this.servers].map((s) => this.closeServer(s)));
  }

  async start(): Promise<void> {
    const started = performance.now();
    const offer = this.options.protocolVersion ?? PROTOCOL_VERSIONS[0];
    try {
      this.main = await this.connect({ label: `main@${offer}`, protocolVersion: offer });
    } catch (error) {
      this.boot = {
        ok: false,
        ms: Math.round(performance.now() - started),
        error: error instanceof Error ? error.message : String(error),
      };
      await this.close();
      throw new BootError(this.boot.error!, this.boot);
    }
    this.boot = { ok: true, ms: Math.round(performance.now() - started) };
  }

  private async closeServer(server: InProcessServer): Promise<void> {
    this.servers.delete(server);
    await server.close().catch(() => {});
  }

  /** Transcript labels name one connection each, as boot.ts keeps them. */
  private uniqueLabel(label: string | undefined): string {
    const base = label ?? 'session';
    const count = (this.labelUses.get(base) ?? 0) + 1;
    this.labelUses.set(base, count);
    return count === 1 && label !== undefined ? base : `${base}#${count}`;
  }
}

function assertServer(server: unknown): asserts server is InProcessServer {
  const candidate = server as Partial<InProcessServer> | null;
  if (typeof candidate?.connect !== 'function' || typeof candidate.close !== 'function') {
    throw new TypeError(
      'the server factory must return an MCP SDK server (McpServer or Server: an object with connect() and close())',
    );
  }
}

/** Opens the boot session on a server from the factory; a factory that throws is a boot error, like a crashed process. */
export async function attachInMemory(options: InMemoryTargetOptions): Promise<BootedServer> {
  const target = new InMemoryTarget(options);
  await target.start();
  return target;
}
