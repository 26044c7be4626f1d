/**
 * What a conformance check is. Each check is a plain object registered in the catalogue (registry.ts);
 * its judgement returns a Judgement, and the engine maps it to pass / fail / warn / skip by level and policy.
 */
import type { Config } from '../config/config.js';
import type { Evidence, Level, ProtocolVersion, Section, TransportKind } from '../model.js';
import type { Connection, ConnectOptions, HttpProbe, RawChannel, RawOpenOptions, TranscriptEntry } from '../wire/types.js';
export type Judgement = {
    kind: 'pass';
    message?: string;
}
/** The rule is broken: fail for MUST, warn for SHOULD / MAY / heuristic checks. */
 | {
    kind: 'violation';
    message: string;
    evidence?: Evidence;
}
/** Always a warning, whatever the level: lenient readings, rules the SDKs themselves do not follow. */
 | {
    kind: 'warn';
    message: string;
    evidence?: Evidence;
} | {
    kind: 'skip';
    reason: string;
};
export declare const pass: (message?: string) => Judgement;
export declare const violation: (message: string, evidence?: Evidence) => Judgement;
export declare const warn: (message: string, evidence?: Evidence) => Judgement;
export declare const skip: (reason: string) => Judgement;
/** Items the server listed on the check's session, all pages walked (bounded). */
export interface ServerInventory {
    tools: Record<string, unknown>[];
    resources: Record<string, unknown>[];
    resourceTemplates: Record<string, unknown>[];
    prompts: Record<string, unknown>[];
    /** Errors met while listing, by method, so checks can skip with a reason instead of guessing. */
    listErrors: Record<string, string>;
    /** Set when a listing failed because no server answered (over HTTP, one that exited): it may be listed again. */
    serverLost?: true;
}
export interface ToolInvocation {
    name: string;
    arguments: Record<string, unknown>;
    /** Where the arguments came from. */
    source: 'config' | 'synthesized';
    tool: Record<string, unknown>;
}
/** One `initialize` offer the engine made while building the version matrix. */
export interface VersionProbe {
    offered: string;
    /** The version the server answered, when it answered with a result. */
    answered?: string;
    /** Why no result came back (JSON-RPC error, closed connection, timeout). */
    error?: string;
}
export interface VersionMatrix {
    /** Every initialize-era version the server accepted when offered it, newest first. */
    accepted: string[];
    /** What the server answered to each version offered (the tester's versions, newest first). */
    probes: VersionProbe[];
    /** Whether `server/discover` answered, so the server speaks 2026-07-28 (absent when it was not offered). */
    modern?: {
        spoken: boolean;
        answer?: string;
    };
}
export interface CheckContext {
    config: Config;
    transport: TransportKind;
    /** The version this check runs under (negotiated on `main`). */
    protocolVersion: string;
    /**
     * The protocol version matrix. Checks under the boot session's version start while the other versions are still
     * being offered, so this resolves only once every offer has been answered.
     */
    versionMatrix(): Promise<VersionMatrix>;
    /**
     * A probe shared by the checks of this run: `start` runs once per key, and every check asking for the key gets
     * the same promise (one slow handshake or one version offer, judged by several checks).
     */
    shared<T>(key: string, start: () => Promise<T>): Promise<T>;
    /** A shared session at `protocolVersion`. Checks may list, read and call safe tools; nothing that disturbs it. */
    main: Connection;
    inventory: ServerInventory;
    /** Tools the call-tools policy allows, with arguments (from config or synthesized from inputSchema). */
    callableTools: ToolInvocation[];
    /** A fresh session, closed when the check ends. */
    connect(options?: ConnectOptions): Promise<Connection>;
    /**
     * A second session at `protocolVersion`, shared for the run by the checks that change session state no other
     * check looks at (log level, subscriptions, root changes, progress calls), so they need not each start a
     * server. A check that finds it closed gets a new one.
     */
    sideSession(): Promise<Connection>;
    /** A raw channel on its own connection, closed when the check ends. */
    openRaw(options?: RawOpenOptions): Promise<RawChannel>;
    http?: HttpProbe;
    /** The transcript so far; passive checks run after every active one and see the whole run. */
    transcript(): readonly TranscriptEntry[];
    timeoutMs: number;
    signal: AbortSignal;
    /**
     * Whether no other check runs beside this one (checks judged again after a lost session, passive checks). Over
     * HTTP every check shares one server: a server that stops serving while checks run together may have been
     * stopped by another check's messages, and only a check judged alone knows its own did it.
     */
    alone: boolean;
}
export interface CheckDefinition {
    /** Stable kebab-case id, unique in the catalogue. */
    id: string;
    title: string;
    section: Section;
    level: Level;
    /** Requirement ids from the inventory (e.g. LIFE-02). */
    requirements: string[];
    /** Spec page and anchor under `specification/<version>/`, e.g. `basic/lifecycle#version-negotiation`. */
    spec: string;
    /** Where the rule sits in 2026-07-28 when its page moved there (the initialize-era `basic/lifecycle` is gone). */
    modernSpec?: string;
    /** The exact sentence of the spec the check enforces, quoted in failure reports. */
    rule: string;
    versions: readonly ProtocolVersion[];
    transports: readonly TransportKind[];
    /** Heuristic checks never fail, only warn. */
    heuristic?: boolean;
    /**
     * `per-version`: once per accepted protocol version; `once`: under the newest accepted version only;
     * `passive`: after all active checks, over the whole transcript.
     */
    scope: 'per-version' | 'once' | 'passive';
    /** Opens a session of its own and waits on tool calls: the engine starts it first so it ends with the rest. */
    startsEarly?: boolean;
    /** Returns a skip reason when the check does not apply to this server (capability missing, nothing listed). */
    applies?(ctx: CheckContext): string | undefined;
    run(ctx: CheckContext): Promise<Judgement>;
}
