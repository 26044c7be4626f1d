/**
 * A Connection over the SDK Client. Results come back as the server sent them (no SDK-side validation), so
 * checks judge the server's real output; server requests get valid canned replies for the capabilities we
 * declared, so a correct server never fails because of the tester.
 *
 * In 2025-11-25 sessions the tester is also a task receiver: it declares task-augmented sampling and elicitation,
 * so a server may run those requests as tasks on the client, and the checks can see how it cancels them (CANC-05).
 * Each such task holds the canned reply right after it is created.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTaskStore } from '@modelcontextprotocol/sdk/experimental/tasks/stores/in-memory.js';
import type { RequestTaskStore } from '@modelcontextprotocol/sdk/shared/protocol.js';
import {
  CreateMessageRequestSchema,
  ElicitRequestSchema,
  ErrorCode,
  ListRootsRequestSchema,
  McpError,
  type ClientCapabilities,
  type Result,
} from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import type { TransportKind } from '../model.js';
import type { RecordingTransport } from './recording-transport.js';
import {
  ConnectionClosedError,
  InvalidAnswerError,
  PROGRESS_TIMEOUT_CAP,
  RequestTimeoutError,
  type ClientCapabilitiesOffer,
  type Connection,
  type RequestOptions,
  type RpcOutcome,
  type ServerNotification,
} from './types.js';

const TOOL_INFO = { name: 'mcp-ci', version: '0.1.0' };
const anyResult = z.record(z.string(), z.unknown());
/** The SDK reports a closed connection with this code; it is not a server's answer. */
const SDK_CONNECTION_CLOSED = -32000;

/** The SDK's own timeout: code -32001 with the timeout it was given as data, which no server answer carries. */
function isSdkTimeout(error: McpError, timeoutMs: number): boolean {
  return (
    error.code === ErrorCode.RequestTimeout && (error.data as { timeout?: unknown } | undefined)?.timeout === timeoutMs
  );
}

/** The InvalidAnswerError the recording transport put in place of an answer the client could not accept. */
function invalidAnswerOf(error: unknown): InvalidAnswerError | undefined {
  return error instanceof McpError && error.data instanceof InvalidAnswerError ? error.data : undefined;
}

/** What the tester declares by default: every client feature it can honour with a canned reply. */
export const DEFAULT_CLIENT_CAPABILITIES: ClientCapabilitiesOffer = { roots: true, sampling: true, elicitation: true };

/** The protocol versions whose client capabilities include `tasks`. */
const TASK_RECEIVER_VERSIONS: readonly string[] = ['2025-11-25'];

/** The `tasks` client capability for the task-augmented requests we answer, if the session can declare it. */
function taskReceiverCapability(offer: ClientCapabilitiesOffer, protocolVersion: string): ClientCapabilities['tasks'] {
  if (!TASK_RECEIVER_VERSIONS.includes(protocolVersion) || !(offer.sampling || offer.elicitation)) return undefined;
  return {
    list: {},
    cancel: {},
    requests: {
      ...(offer.sampling ? { sampling: { createMessage: {} } } : {}),
      ...(offer.elicitation ? { elicitation: { create: {} } } : {}),
    },
  };
}

/**
 * A handler that answers with `reply`; a task-augmented request gets a task instead, created in the "working"
 * status and completed with `reply` right after the CreateTaskResult is sent.
 */
function cannedReply<T extends Result>(reply: T) {
  return async (
    request: { params: { task?: { ttl?: number } } },
    extra: { taskStore?: RequestTaskStore },
  ): Promise<T | { task: Record<string, unknown> }> => {
    const taskStore = extra.taskStore;
    if (request.params.task === undefined || taskStore === undefined) return reply;
    // A short poll interval: the answer is ready at once, and a server may wait that long before it asks.
    const task = await taskStore.createTask({ ttl: request.params.task.ttl ?? null, pollInterval: 20 });
    setImmediate(() => void taskStore.storeTaskResult(task.taskId, 'completed', reply).catch(() => {}));
    return { task: { ...task } };
  };
}

export async function openSdkConnection(
  transport: RecordingTransport,
  options: {
    label: string;
    kind: TransportKind;
    capabilities: ClientCapabilitiesOffer;
    /** The version `initialize` offers; it decides which capabilities can be declared. */
    protocolVersion: string;
    timeoutMs: number;
    /** How long `initialize` may take; the boot session waits up to the boot timeout for a server still starting. */
    initializeTimeoutMs?: number;
  },
): Promise<Connection> {
  const capabilities: ClientCapabilities = {};
  // listChanged: true costs nothing (our roots never change) and lets CLI-18 send roots/list_changed honestly.
  if (options.capabilities.roots) capabilities.roots = { listChanged: true };
  if (options.capabilities.sampling) capabilities.sampling = {};
  if (options.capabilities.elicitation) capabilities.elicitation = { form: {} };
  const tasks = taskReceiverCapability(options.capabilities, options.protocolVersion);
  if (tasks) capabilities.tasks = tasks;
  const taskStore = tasks ? new InMemoryTaskStore() : undefined;
  const client = new Client(TOOL_INFO, { capabilities, ...(taskStore ? { taskStore } : {}) });
  if (options.capabilities.roots) {
    client.setRequestHandler(ListRootsRequestSchema, () => ({
      roots: [{ uri: `file://${process.cwd()}`, name: 'working directory' }],
    }));
  }
  if (options.capabilities.sampling) {
    client.setRequestHandler(
      CreateMessageRequestSchema,
      cannedReply({
        role: 'assistant' as const,
        content: { type: 'text' as const, text: 'This is a canned reply from mcp-ci; no model was called.' },
        model: 'mcp-ci-canned',
        stopReason: 'endTurn',
      }),
    );
  }
  if (options.capabilities.elicitation) {
    // Declining is valid for any requested schema; accepting would need content that fits it.
    client.setRequestHandler(ElicitRequestSchema, cannedReply({ action: 'decline' as const }));
  }
  // The store's expiry timers would keep the process alive for each task's ttl.
  const previousOnClose = client.onclose;
  client.onclose = () => {
    taskStore?.cleanup();
    previousOnClose?.();
  };
  try {
    await client.connect(transport, { timeout: options.initializeTimeoutMs ?? options.timeoutMs });
  } catch (error) {
    throw invalidAnswerOf(error) ?? error;
  }
  return new SdkConnection(client, transport, options.label, options.kind, options.timeoutMs);
}

class SdkConnection implements Connection {
  readonly protocolVersion: string;
  readonly initializeResult: Record<string, unknown>;
  readonly serverCapabilities: Record<string, unknown>;
  private isClosed = false;

  constructor(
    private readonly client: Client,
    private readonly wire: RecordingTransport,
    readonly label: string,
    readonly transport: TransportKind,
    private readonly defaultTimeoutMs: number,
  ) {
    this.protocolVersion = wire.negotiatedVersion ?? 'unknown';
    this.serverCapabilities = (client.getServerCapabilities() ?? {}) as Record<string, unknown>;
    this.initializeResult = {
      protocolVersion: this.protocolVersion,
      capabilities: this.serverCapabilities,
      serverInfo: client.getServerVersion(),
      ...(client.getInstructions() !== undefined ? { instructions: client.getInstructions() } : {}),
    };
    const previousOnClose = client.onclose;
    client.onclose = () => {
      this.isClosed = true;
      previousOnClose?.();
    };
  }

  get closed(): boolean {
    return this.isClosed;
  }

  async request(method: string, params?: Record<string, unknown>, options: RequestOptions = {}): Promise<RpcOutcome> {
    if (this.isClosed) throw new ConnectionClosedError(method);
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    let requestParams = params;
    let unsubscribe: (() => void) | undefined;
    // Progress that restarts the timeout: our own timer aborts the request when progress stops for timeoutMs.
    const quiet = options.onProgress && options.progressResetsTimeout ? progressTimer(timeoutMs) : undefined;
    if (options.onProgress) {
      // Our own token and listener: the SDK would use the message id and drop notifications it did not expect.
      const token = options.progressToken ?? `mcp-ci-${Math.random().toString(36).slice(2)}`;
      requestParams = { ...params, _meta: { ...(params?._meta as object | undefined), progressToken: token } };
      const onProgress = options.onProgress;
      unsubscribe = this.onNotification((n) => {
        if (n.method !== 'notifications/progress' || n.params?.progressToken !== token) return;
        quiet?.restart();
        onProgress(n.params);
      });
    }
    const signals = [options.signal, quiet?.signal].filter((s): s is AbortSignal => s !== undefined);
    const sdkTimeoutMs = quiet ? timeoutMs * PROGRESS_TIMEOUT_CAP : timeoutMs;
    try {
      // The SDK's own timer and abort handling: a second set per request would cost benchmarks measurable time.
      const result = await this.client.request({ method, params: requestParams }, anyResult, {
        timeout: sdkTimeoutMs,
        ...(signals.length ? { signal: signals.length === 1 ? signals[0] : AbortSignal.any(signals) } : {}),
      });
      return { ok: true, result };
    } catch (error) {
      if (options.signal?.aborted) throw options.signal.reason;
      if (quiet?.signal.aborted) throw new RequestTimeoutError(method, timeoutMs);
      const invalid = invalidAnswerOf(error);
      if (invalid) throw invalid;
      if (error instanceof McpError) {
        if (isSdkTimeout(error, sdkTimeoutMs)) throw new RequestTimeoutError(method, sdkTimeoutMs);
        if (error.code === SDK_CONNECTION_CLOSED && this.isClosed) throw new ConnectionClosedError(method);
        // McpError prefixes the message; report the server's own words.
        const message = error.message.replace(/^MCP error -?\d+: /, '');
        return {
          ok: false,
          error: { code: error.code, message, ...(error.data !== undefined ? { data: error.data } : {}) },
        };
      }
      if (this.isClosed) throw new ConnectionClosedError(method);
      throw error;
    } finally {
      quiet?.stop();
      unsubscribe?.();
    }
  }

  async notify(method: string, params?: Record<string, unknown>): Promise<void> {
    await this.wire.send({ jsonrpc: '2.0', method, ...(params ? { params } : {}) });
  }

  onNotification(listener: (notification: ServerNotification) => void): () => void {
    this.wire.notificationListeners.add(listener);
    return () => this.wire.notificationListeners.delete(listener);
  }

  async close(): Promise<void> {
    if (this.isClosed) return;
    this.isClosed = true;
    await this.client.close().catch(() => {});
  }
}

/** A timer that aborts its signal after `ms` without a restart (the SDK then cancels the request). */
function progressTimer(ms: number): { signal: AbortSignal; restart(): void; stop(): void } {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(), ms);
  return {
    signal: controller.signal,
    restart() {
      clearTimeout(timer);
      timer = setTimeout(() => controller.abort(), ms);
    },
    stop: () => clearTimeout(timer),
  };
}
