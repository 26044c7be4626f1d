/**
 * The protocol version flows and benchmarks speak: the one the user pinned (`protocol-version`), else the newest
 * the server speaks. A server that answers `server/discover` speaks 2026-07-28, whatever era its boot session is
 * of (a server that speaks both is booted with `initialize`).
 */
import type { Config } from '../config/config.js';
import type { Connection } from '../wire/types.js';
import type { Target } from './types.js';
export interface SuiteSessions {
    protocolVersion: string;
    /** A fresh session at that version (stdio: a server process of its own). */
    connect(options?: {
        label?: string;
    }): Promise<Connection>;
    /** The established session at that version: the boot session, or one opened for the suites. */
    main(): Promise<Connection>;
    /** Closes the session opened for the suites, if one was. */
    close(): Promise<void>;
}
/**
 * Picks the version and hands out its sessions. `accepted` is the conformance run's version matrix, when it ran;
 * without it, one `server/discover` on a fresh connection says whether 2026-07-28 is spoken.
 */
export declare function suiteSessions(target: Pick<Target, 'main' | 'connect'>, config: Pick<Config, 'protocolVersion' | 'quick'>, accepted?: readonly string[]): Promise<SuiteSessions>;
