/**
 * Initialized stdio probe channels, shared by checks one at a time. Over stdio every channel is a server
 * process, and starting processes is most of a run's cost; so at most `size` initialized channels per protocol
 * version exist at once, a check waits briefly for one another check left clean, and only a channel that is
 * no longer clean (state changed, answer outstanding, process gone) is replaced by a new process. Fresh channels
 * that checks used only for a ping or a plain `initialize` offer join the pool afterwards.
 */
import type { StdioRawChannel } from '../wire/raw-stdio.js';
import type { RawChannel } from '../wire/types.js';

type Waiter = ((channel: StdioRawChannel | undefined) => void) & { last?: boolean };

export class StdioProbePool {
  private readonly idle = new Map<string, StdioRawChannel[]>();
  private readonly live = new Map<string, number>();
  private readonly waiters = new Map<string, Waiter[]>();
  /** Fresh channels lent to checks that promised to hand them over: each may join the pool soon. */
  private readonly handingOver = new Map<string, number>();
  private closed = false;

  constructor(
    private readonly size: number,
    /** How long a check waits for a free channel before starting one more anyway (never a deadlock). */
    private readonly waitMs: number,
    private readonly spawn: (version: string) => Promise<StdioRawChannel>,
  ) {}

  /** A clean initialized channel; with `last`, only once no other check is waiting for one (see RawOpenOptions). */
  async acquire(version: string, last = false): Promise<RawChannel> {
    const othersWaiting = (this.waiters.get(version)?.length ?? 0) > 0;
    const idle = last && othersWaiting ? undefined : this.idle.get(version)?.pop();
    if (idle) return this.lease(idle, version);
    // A channel about to be handed over is cheaper to wait for than a process to start.
    const full = (this.live.get(version) ?? 0) >= this.size || (this.handingOver.get(version) ?? 0) > 0;
    if (full || (last && othersWaiting)) {
      const handed = await this.waitForRelease(version, last);
      if (handed) return this.lease(handed, version);
    }
    this.live.set(version, (this.live.get(version) ?? 0) + 1);
    try {
      return this.lease(await this.spawn(version), version);
    } catch (error) {
      this.live.set(version, (this.live.get(version) ?? 1) - 1);
      throw error;
    }
  }

  /**
   * Lends a fresh channel to a check that needs it uninitialized and sends only pings and a plain `initialize`.
   * When the check is done, the channel finishes its handshake and serves the next check instead of a new
   * process; checks that want a channel meanwhile wait for it. A channel that cannot finish cleanly is closed.
   */
  lendForHandOver(channel: StdioRawChannel, version: string): RawChannel {
    this.handingOver.set(version, (this.handingOver.get(version) ?? 0) + 1);
    return this.view(channel, () => this.handOver(channel, version));
  }

  private async handOver(channel: StdioRawChannel, version: string): Promise<void> {
    const wanted = () =>
      !this.closed && ((this.waiters.get(version)?.length ?? 0) > 0 || (this.live.get(version) ?? 0) < this.size);
    const adopted = wanted() && (await channel.adopt(version)) && wanted();
    this.handingOver.set(version, (this.handingOver.get(version) ?? 1) - 1);
    if (adopted) {
      this.live.set(version, (this.live.get(version) ?? 0) + 1);
      await this.release(channel, version);
    } else {
      await channel.close();
    }
    // Checks that waited for a hand-over start a channel of their own once none is coming and there is room.
    if ((this.handingOver.get(version) ?? 0) > 0) return;
    const waiters = this.waiters.get(version) ?? [];
    let room = this.size - (this.live.get(version) ?? 0);
    while (room-- > 0 && waiters.length > 0) waiters.shift()!(undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const waiters of this.waiters.values()) for (const waiter of waiters.splice(0)) waiter(undefined);
    const channels = [...this.idle.values()].flat();
    this.idle.clear();
    await Promise.allSettled(channels.map((c) => c.close()));
  }

  /** A view of the channel whose close() hands it to the next check when still clean, or ends it. */
  private lease(channel: StdioRawChannel, version: string): RawChannel {
    return this.view(channel, () => this.release(channel, version));
  }

  /** The channel as a check sees it: everything but close(), which runs `done` once instead. */
  private view(channel: StdioRawChannel, done: () => Promise<void>): RawChannel {
    let released = false;
    return {
      get label() {
        return channel.label;
      },
      get initializeResult() {
        return channel.initializeResult;
      },
      send: (text, options) => channel.send(text, options),
      request: (method, params, options) => channel.request(method, params, options),
      endInput: (waitMs) => channel.endInput(waitMs),
      isAlive: (timeoutMs) => channel.isAlive(timeoutMs),
      close: async () => {
        if (released) return;
        released = true;
        await done();
      },
    };
  }

  private async release(channel: StdioRawChannel, version: string): Promise<void> {
    const waiter = this.nextWaiter(version);
    if (channel.reusable() && !this.closed) {
      if (waiter) waiter(channel);
      else this.idle.set(version, [...(this.idle.get(version) ?? []), channel]);
      return;
    }
    this.live.set(version, (this.live.get(version) ?? 1) - 1);
    // The slot is free: the next waiter starts a fresh channel.
    waiter?.(undefined);
    await channel.close();
  }

  /** The check to serve next: the one waiting longest, checks that asked to go last only after all others. */
  private nextWaiter(version: string): Waiter | undefined {
    const waiters = this.waiters.get(version) ?? [];
    const index = waiters.findIndex((w) => !w.last);
    return waiters.splice(index >= 0 ? index : 0, 1)[0];
  }

  private waitForRelease(version: string, last: boolean): Promise<StdioRawChannel | undefined> {
    return new Promise((resolve) => {
      const waiters = this.waiters.get(version) ?? [];
      this.waiters.set(version, waiters);
      const timer = setTimeout(() => {
        const index = waiters.indexOf(waiter);
        if (index >= 0) waiters.splice(index, 1);
        resolve(undefined);
      }, this.waitMs);
      const waiter: Waiter = Object.assign(
        (channel: StdioRawChannel | undefined) => {
          clearTimeout(timer);
          resolve(channel);
        },
        { last },
      );
      waiters.push(waiter);
    });
  }
}
