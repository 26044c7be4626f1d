/**
 * The 2026-07-28 (stateless) client side: every request carries its protocol version and client capabilities in
 * `_meta`, over HTTP also the `MCP-Protocol-Version`, `Mcp-Method` and `Mcp-Name` headers; there is no
 * handshake, and `server/discover` is both readiness and what the server offers. Built on a raw channel so what
 * the server sends comes back as it was sent, unvalidated.
 */
import { type TransportKind } from '../model.js';
import { type ClientCapabilitiesOffer, type Connection, type RawChannel, type RawExchange, type RequestOptions, type RpcOutcome, type ServerNotification } from './types.js';
export declare const META_PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion";
export declare const META_CLIENT_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
export declare const META_CLIENT_INFO = "io.modelcontextprotocol/clientInfo";
export declare const META_LOG_LEVEL = "io.modelcontextprotocol/logLevel";
export declare const META_SERVER_INFO = "io.modelcontextprotocol/serverInfo";
/** The transcript label of a modern connection or probe: passive 2025 checks leave these alone. */
export declare const modernLabel: (label: string) => string;
export declare const isModernLabel: (label: string) => boolean;
/** The `_meta` every modern request carries; `capabilities` are the client capabilities declared for it. */
export declare function requestMeta(capabilities?: Record<string, unknown>): Record<string, unknown>;
/** `params` with the request envelope merged into its `_meta` (what the caller put there wins). */
export declare function enveloped(params: Record<string, unknown> | undefined, capabilities?: Record<string, unknown>): Record<string, unknown>;
/**
 * A header value as the 2026-07-28 value encoding sends it: plain when it is visible ASCII without leading or
 * trailing space, else the base64 sentinel `=?base64?…?=` of its UTF-8 bytes.
 */
export declare function encodeHeaderValue(value: string): string;
/** A tool's `x-mcp-header` parameters: argument name → header name (`Mcp-Param-<header>`). */
export type ParamHeaders = Record<string, string>;
/** The `x-mcp-header` parameters of a listed tool (top-level properties, as the revision allows). */
export declare function paramHeadersOf(tool: Record<string, unknown>): ParamHeaders;
/** The standard request headers of a modern POST for this method and body, with `Mcp-Param-*` for tool calls. */
export declare function modernHeaders(method: string, params: Record<string, unknown> | undefined, paramHeaders?: ParamHeaders): Record<string, string>;
/** Client capabilities in the wire shape, from the engine's offer. */
export declare function capabilitiesOf(offer: ClientCapabilitiesOffer | undefined): Record<string, unknown>;
/** The server answered `server/discover`, but not with a result: it does not speak 2026-07-28 (or is broken). */
export declare class DiscoverRefusedError extends Error {
    readonly answer: string;
    readonly httpStatus?: number | undefined;
    constructor(answer: string, httpStatus?: number | undefined);
}
/** What came back to one request, in words, for boot errors and evidence. */
export declare function describeAnswer(exchange: RawExchange & {
    response?: Record<string, unknown>;
}): string;
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
export declare class ModernConnection implements Connection {
    private readonly channel;
    readonly label: string;
    readonly transport: TransportKind;
    /** The `server/discover` result. */
    readonly initializeResult: Record<string, unknown>;
    private readonly capabilities;
    private readonly timeoutMs;
    readonly protocolVersion = "2026-07-28";
    private readonly listeners;
    /** `x-mcp-header` parameters of the tools this connection listed, by tool name. */
    private readonly toolHeaders;
    private isClosed;
    private constructor();
    /** Opens a modern connection on `channel`: readiness is a `server/discover` result. */
    static open(channel: RawChannel, options: ModernOpenOptions): Promise<ModernConnection>;
    get serverCapabilities(): Record<string, unknown>;
    get closed(): boolean;
    request(method: string, params?: Record<string, unknown>, options?: RequestOptions): Promise<RpcOutcome>;
    notify(method: string, params?: Record<string, unknown>): Promise<void>;
    onNotification(listener: (notification: ServerNotification) => void): () => void;
    close(): Promise<void>;
}
