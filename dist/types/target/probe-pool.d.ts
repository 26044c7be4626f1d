/**
 * Initialized stdio probe channels, shared by checks one at a time. Over stdio every channel is a server
 * process, and starting processes is most of a run's cost; so at most `size` initialized channels per protocol
 * version exist at once, a check waits briefly for one another check left clean, and only a channel that is
 * no longer clean (state changed, answer outstanding, process gone) is replaced by a new process. Fresh channels
 * that checks used only for a ping or a plain `initialize` offer join the pool afterwards.
 */
import type { StdioRawChannel } from '../wire/raw-stdio.js';
import type { RawChannel } from '../wire/types.js';
export declare class StdioProbePool {
    private readonly size;
    /** How long a check waits for a free channel before starting one more anyway (never a deadlock). */
    private readonly waitMs;
    private readonly spawn;
    private readonly idle;
    private readonly live;
    private readonly waiters;
    /** Fresh channels lent to checks that promised to hand them over: each may join the pool soon. */
    private readonly handingOver;
    private closed;
    constructor(size: number, 
    /** How long a check waits for a free channel before starting one more anyway (never a deadlock). */
    waitMs: number, spawn: (version: string) => Promise<StdioRawChannel>);
    /** A clean initialized channel; with `last`, only once no other check is waiting for one (see RawOpenOptions). */
    acquire(version: string, last?: boolean): Promise<RawChannel>;
    /**
     * Lends a fresh channel to a check that needs it uninitialized and sends only pings and a plain `initialize`.
     * When the check is done, the channel finishes its handshake and serves the next check instead of a new
     * process; checks that want a channel meanwhile wait for it. A channel that cannot finish cleanly is closed.
     */
    lendForHandOver(channel: StdioRawChannel, version: string): RawChannel;
    private handOver;
    close(): Promise<void>;
    /** A view of the channel whose close() hands it to the next check when still clean, or ends it. */
    private lease;
    /** The channel as a check sees it: everything but close(), which runs `done` once instead. */
    private view;
    private release;
    /** The check to serve next: the one waiting longest, checks that asked to go last only after all others. */
    private nextWaiter;
    private waitForRelease;
}
