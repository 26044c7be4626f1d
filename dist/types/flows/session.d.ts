/**
 * A flow's client sessions: the default one plus any named by steps, each opened on first use and all closed when
 * the flow run ends. Each session keeps the notifications it received, so a step can see what arrived while it
 * ran and `wait-for` can take one that arrived before it started.
 */
import type { Connection, RpcOutcome, ServerNotification } from '../wire/types.js';
export interface SessionRequest {
    outcome: RpcOutcome;
    /** Notifications received while the request ran (its own progress, and everything without an owner). */
    notifications: ServerNotification[];
}
export declare class FlowSession {
    readonly connection: Connection;
    private readonly received;
    private readonly waiters;
    private readonly ownTokens;
    private readonly unsubscribe;
    constructor(connection: Connection);
    /** With `withProgress`, the request carries a progress token and the progress it brings belongs to it. */
    request(method: string, params: Record<string, unknown> | undefined, options: {
        timeoutMs: number;
        withProgress: boolean;
    }): Promise<SessionRequest>;
    /** A mark to pass to `since` for steps that send nothing (wait-for, sleep). */
    mark(): number;
    since(mark: number, owner?: symbol): ServerNotification[];
    /** The first notification not taken by an earlier wait-for that matches, waiting up to `timeoutMs` for one. */
    waitFor(methods: string[], match: Record<string, unknown> | undefined, timeoutMs: number): Promise<ServerNotification | undefined>;
    close(): Promise<void>;
    private push;
}
export type Connect = (options?: {
    label?: string;
}) => Promise<Connection>;
export declare class SessionPool {
    private readonly connect;
    private readonly flowName;
    private readonly sessions;
    constructor(connect: Connect, flowName: string);
    get(name: string): Promise<FlowSession>;
    /** Closes every session that opened; one that failed to open has nothing to close. */
    closeAll(): Promise<void>;
}
