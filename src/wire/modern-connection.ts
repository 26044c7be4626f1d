/**
 * The 2026-07-28 (stateless) client side: every request carries its protocol version and client capabilities in
 * `_meta`, over HTTP also the `MCP-Protocol-Version`, `Mcp-Method` and `Mcp-Name` headers; there is no
 * handshake, and `server/discover` is both readiness and what the server offers. Built on a raw channel so what
 * the server sends comes back as it was sent, unvalidated.
 */
import { MODERN_VERSION, type TransportKind } from '../model.js';
import {
  ConnectionClosedError,
  RequestTimeoutError,
  type ClientCapabilitiesOffer,
  type Connection,
  type RawChannel,
  type RawExchange,
  type RequestOptions,
  type RpcOutcome,
  type ServerNotification,
} from './types.js';

export const META_PROTOCOL_VERSION = 'io.modelcontextprotocol/protocolVersion';
export const META_CLIENT_CAPABILITIES = 'io.modelcontextprotocol/clientCapabilities';
export const META_CLIENT_INFO = 'io.modelcontextprotocol/clientInfo';
export const META_LOG_LEVEL = 'io.modelcontextprotocol/logLevel';
export const META_SERVER_INFO = 'io.modelcontextprotocol/serverInfo';

const CLIENT_INFO = { name: 'mcp-ci', version: '0.1.0' };

/** Methods whose `Mcp-Name` header carries a value of the body, and which one. */
const NAME_PARAM: Record<string, string> = { 'tools/call': 'name', 'prompts/get': 'name', 'resources/read': 'uri' };

/** The transcript label of a modern connection or probe: passive 2025 checks leave these alone. */
export const modernLabel = (label: string): string => (isModernLabel(label) ? label : `${label}@${MODERN_VERSION}`);
export const isModernLabel = (label: string): boolean => label.includes(`@${MODERN_VERSION}`);

/** The `_meta` every modern request carries; `capabilities` are the client capabilities declared for it. */
export function requestMeta(capabilities: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    [META_PROTOCOL_VERSION]: MODERN_VERSION,
    [META_CLIENT_CAPABILITIES]: capabilities,
    [META_CLIENT_INFO]: CLIENT_INFO,
  };
}

/** `params` with the request envelope merged into its `_meta` (what the caller put there wins). */
export function enveloped(
  params: Record<string, unknown> | undefined,
  capabilities: Record<string, unknown> = {},
): Record<string, unknown> {
  const own =
    params?._meta !== null && typeof params?._meta === 'object' ? (params._meta as Record<string, unknown>) : {};
  return { ...params, _meta: { ...requestMeta(capabilities), ...own } };
}

/**
 * A header value as the 2026-07-28 value encoding sends it: plain when it is visible ASCII without leading or
 * trailing space, else the base64 sentinel `=?base64?…?=` of its UTF-8 bytes.
 */
export function encodeHeaderValue(value: string): string {
  const plain = /^[\x21-\x7e]([\x20-\x7e]*[\x21-\x7e])?$/.test(value) && !value.startsWith('=?base64?');
  return plain ? value : `=?base64?${Buffer.from(value, 'utf8').toString('base64')}?=`;
}

/** A tool's `x-mcp-header` parameters: argument name → header name (`Mcp-Param-<header>`). */
export type ParamHeaders = Record<string, string>;

/** The `x-mcp-header` parameters of a listed tool (top-level properties, as the revision allows). */
export function paramHeadersOf(tool: Record<string, unknown>): ParamHeaders {
  const schema = tool.inputSchema as { properties?: unknown } | null | undefined;
  const properties = schema !== null && typeof schema === 'object' ? schema.properties : undefined;
  const headers: ParamHeaders = {};
  if (properties === null || typeof properties !== 'object') return headers;
  for (const [name, property] of Object.entries(properties as Record<string, unknown>)) {
    const header = (property as Record<string, unknown> | null)?.['x-mcp-header'];
    if (typeof header === 'string' && header !== '') headers[name] = header;
  }
  return headers;
}

/** The standard request headers of a modern POST for this method and body, with `Mcp-Param-*` for tool calls. */
export function modernHeaders(
  method: string,
  params: Record<string, unknown> | undefined,
  paramHeaders: ParamHeaders = {},
): Record<string, string> {
  const headers: Record<string, string> = { 'mcp-protocol-version': MODERN_VERSION, 'mcp-method': method };
  const nameParam = NAME_PARAM[method];
  const name = nameParam ? params?.[nameParam] : undefined;
  if (typeof name === 'string') headers['mcp-name'] = encodeHeaderValue(name);
  const args = params?.arguments;
  if (method === 'tools/call' && args !== null && typeof args === 'object') {
    for (const [argument, header] of Object.entries(paramHeaders)) {
      const value = (args as Record<string, unknown>)[argument];
      if (typeof value === 'string') headers[`mcp-param-${header.toLowerCase()}`] = encodeHeaderValue(value);
      else if (typeof value === 'number' || typeof value === 'boolean')
        headers[`mcp-param-${header.toLowerCase()}`] = String(value);
    }
  }
  return headers;
}

/** Client capabilities in the wire shape, from the engine's offer. */
export function capabilitiesOf(offer: ClientCapabilitiesOffer | undefined): Record<string, unknown> {
  const capabilities: Record<string, unknown> = {};
  if (offer?.roots) capabilities.roots = {};
  if (offer?.sampling) capabilities.sampling = {};
  if (offer?.elicitation) capabilities.elicitation = {};
  return capabilities;
}

/** The server answered `server/discover`, but not with a result: it does not speak 2026-07-28 (or is broken). */
export class DiscoverRefusedError extends Error {
  constructor(
    readonly answer: string,
    readonly httpStatus?: number,
  ) {
    super(`server/discover was not answered with a result: ${answer}`);
    this.name = 'DiscoverRefusedError';
  }
}

/** What came back to one request, in words, for boot errors and evidence. */
export function describeAnswer(exchange: RawExchange & { response?: Record<string, unknown> }): string {
  const status = exchange.http ? `HTTP ${exchange.http.status}` : undefined;
  const response = exchange.response;
  let what: string;
  if (response?.error !== undefined) {
    const error = response.error as { code?: unknown; message?: unknown };
    what = `error ${String(error.code)}: ${String(error.message)}`;
  } else if (response) what = 'a result';
  else if (exchange.nonJson.length > 0) what = `non-JSON output ${JSON.stringify(exchange.nonJson[0]!.slice(0, 120))}`;
  else what = 'no answer';
  return status ? `${status}, ${what}` : what;
}

export interface ModernOpenOptions {
  label: string;
  transport: TransportKind;
  /** Every request's timeout. */
  timeoutMs: number;
  /** The `server/discover` that opens the connection, when it gets longer (the boot's, for a server starting up). */
  discoverTimeoutMs?: number;
  /** stdio: a process still starting may take this long before its first answer counts against `timeoutMs`. */
  startupMs?: number;
  capabilities?: ClientCapabilitiesOffer;
}

/** A 2026-07-28 "session": no state on the server, just a channel and the envelope every request carries. */
export class ModernConnection implements Connection {
  readonly protocolVersion = MODERN_VERSION;
  private readonly listeners = new Set<(notification: ServerNotification) => void>();
  /** `x-mcp-header` parameters of the tools this connection listed, by tool name. */
  private readonly toolHeaders = new Map<string, ParamHeaders>();
  private isClosed = false;

  private constructor(
    private readonly channel: RawChannel,
    readonly label: string,
    readonly transport: TransportKind,
    /** The `server/discover` result. */
    readonly initializeResult: Record<string, unknown>,
    private readonly capabilities: Record<string, unknown>,
    private readonly timeoutMs: number,
  ) {}

  /** Opens a modern connection on `channel`: readiness is a `server/discover` result. */
  static async open(channel: RawChannel, options: ModernOpenOptions): Promise<ModernConnection> {
    const capabilities = capabilitiesOf(options.capabilities);
    const params = enveloped(undefined, capabilities);
    const exchange = await channel.request('server/discover', params, {
      timeoutMs: options.discoverTimeoutMs ?? options.timeoutMs,
      ...(options.startupMs !== undefined && { startupMs: options.startupMs }),
      ...(options.transport !== 'stdio' && { headers: modernHeaders('server/discover', params) }),
    });
    const result = exchange.response?.result;
    if (result === null || typeof result !== 'object' || Array.isArray(result)) {
      // Not awaited: a process that does not speak 2026-07-28 may take its stdin grace to stop, and the target
      // waits for every process when the run ends.
      void channel.close().catch(() => {});
      throw new DiscoverRefusedError(describeAnswer(exchange), exchange.http?.status);
    }
    return new ModernConnection(
      channel,
      options.label,
      options.transport,
      result as Record<string, unknown>,
      capabilities,
      options.timeoutMs,
    );
  }

  get serverCapabilities(): Record<string, unknown> {
    const capabilities = this.initializeResult.capabilities;
    return capabilities !== null && typeof capabilities === 'object' ? (capabilities as Record<string, unknown>) : {};
  }

  get closed(): boolean {
    return this.isClosed;
  }

  async request(method: string, params?: Record<string, unknown>, options: RequestOptions = {}): Promise<RpcOutcome> {
    if (this.isClosed) throw new ConnectionClosedError(method);
    // A progress token asks the server for progress notifications, as the SDK client's `onprogress` does.
    const progressToken =
      options.progressToken ??
      (options.onProgress ? `mcp-ci-progress-${Math.random().toString(36).slice(2, 10)}` : undefined);
    const withToken =
      progressToken === undefined ? params : { ...params, _meta: { ...(params?._meta as object), progressToken } };
    const body = enveloped(withToken, this.capabilities);
    const timeoutMs = options.timeoutMs ?? this.timeoutMs;
    const restartOn =
      options.onProgress && options.progressResetsTimeout
        ? (message: Record<string, unknown>) =>
            message.method === 'notifications/progress' &&
            (message.params as Record<string, unknown> | undefined)?.progressToken === progressToken
        : undefined;
    const exchange = await this.channel.request(method, body, {
      timeoutMs,
      ...(restartOn && { restartOn }),
      ...(this.transport !== 'stdio' && {
        headers: modernHeaders(
          method,
          body,
          method === 'tools/call' ? this.toolHeaders.get(String(params?.name)) : undefined,
        ),
      }),
    });
    for (const message of exchange.messages) {
      if (typeof message.method === 'string' && !('id' in message)) {
        const notification = { method: message.method, params: message.params as Record<string, unknown> };
        if (notification.method === 'notifications/progress') options.onProgress?.(notification.params ?? {});
        for (const listener of this.listeners) listener(notification);
      }
    }
    const response = exchange.response;
    if (!response) throw new RequestTimeoutError(method, timeoutMs);
    if (response.error !== null && typeof response.error === 'object') {
      const error = response.error as { code?: unknown; message?: unknown; data?: unknown };
      return {
        ok: false,
        error: {
          code: typeof error.code === 'number' ? error.code : Number.NaN,
          message: String(error.message),
          ...(error.data !== undefined && { data: error.data }),
        },
      };
    }
    const result =
      response.result !== null && typeof response.result === 'object'
        ? (response.result as Record<string, unknown>)
        : {};
    // A tool call sends the tool's x-mcp-header parameters as headers too, so remember them from the listing.
    if (method === 'tools/list' && Array.isArray(result.tools))
      for (const tool of result.tools as Record<string, unknown>[])
        if (tool !== null && typeof tool === 'object' && typeof tool.name === 'string')
          this.toolHeaders.set(tool.name, paramHeadersOf(tool));
    return { ok: true, result };
  }

  async notify(method: string, params?: Record<string, unknown>): Promise<void> {
    const body = enveloped(params, this.capabilities);
    await this.channel.send(JSON.stringify({ jsonrpc: '2.0', method, params: body }), {
      waitMs: 0,
      ...(this.transport !== 'stdio' && { headers: modernHeaders(method, body) }),
    });
  }

  onNotification(listener: (notification: ServerNotification) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.isClosed = true;
    await this.channel.close();
  }
}
