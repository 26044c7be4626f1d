/**
 * A flow's client sessions: the default one plus any named by steps, each opened on first use and all closed when
 * the flow run ends. Each session keeps the notifications it received, so a step can see what arrived while it
 * ran and `wait-for` can take one that arrived before it started.
 */
import type { Connection, RequestOptions, RpcOutcome, ServerNotification } from '../wire/types.js';
import { isSubset } from './subset.js';

interface Received {
  notification: ServerNotification;
  /** Progress belongs to the request that asked for it, not to every step running at the time. */
  owner?: symbol;
  taken: boolean;
}

export interface SessionRequest {
  outcome: RpcOutcome;
  /** Notifications received while the request ran (its own progress, and everything without an owner). */
  notifications: ServerNotification[];
}

let nextProgressToken = 1;

export class FlowSession {
  private readonly received: Received[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly ownTokens = new Set<string>();
  private readonly unsubscribe: () => void;

  constructor(readonly connection: Connection) {
    this.unsubscribe = connection.onNotification((notification) => {
      const token = notification.params?.progressToken;
      // Progress for our own requests arrives through their onProgress callback as well.
      if (notification.method === 'notifications/progress' && this.ownTokens.has(String(token))) return;
      this.push({ notification, taken: false });
    });
  }

  /** With `withProgress`, the request carries a progress token and the progress it brings belongs to it. */
  async request(
    method: string,
    params: Record<string, unknown> | undefined,
    options: { timeoutMs: number; withProgress: boolean },
  ): Promise<SessionRequest> {
    const owner = Symbol(method);
    const start = this.received.length;
    const requestOptions: RequestOptions = { timeoutMs: options.timeoutMs };
    const progressToken = options.withProgress ? `mcp-ci-flow-${nextProgressToken++}` : undefined;
    if (progressToken !== undefined) {
      this.ownTokens.add(progressToken);
      requestOptions.progressToken = progressToken;
      requestOptions.onProgress = (progress) =>
        this.push({ notification: { method: 'notifications/progress', params: progress }, owner, taken: false });
    }
    try {
      const outcome = await this.connection.request(method, params, requestOptions);
      return { outcome, notifications: this.since(start, owner) };
    } finally {
      if (progressToken !== undefined) this.ownTokens.delete(progressToken);
    }
  }

  /** A mark to pass to `since` for steps that send nothing (wait-for, sleep). */
  mark(): number {
    return this.received.length;
  }

  since(mark: number, owner?: symbol): ServerNotification[] {
    return this.received
      .slice(mark)
      .filter((entry) => entry.owner === undefined || entry.owner === owner)
      .map((entry) => entry.notification);
  }

  /** The first notification not taken by an earlier wait-for that matches, waiting up to `timeoutMs` for one. */
  async waitFor(
    methods: string[],
    match: Record<string, unknown> | undefined,
    timeoutMs: number,
  ): Promise<ServerNotification | undefined> {
    const take = () => {
      const entry = this.received.find(
        (candidate) =>
          !candidate.taken &&
          methods.includes(candidate.notification.method) &&
          (match === undefined || isSubset(match, candidate.notification.params ?? {})),
      );
      if (entry) entry.taken = true;
      return entry?.notification;
    };
    const ready = take();
    if (ready) return ready;
    return new Promise((resolve) => {
      const check = () => {
        const found = take();
        if (found) finish(found);
      };
      const finish = (found: ServerNotification | undefined) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve(found);
      };
      const timer = setTimeout(() => finish(undefined), timeoutMs);
      this.waiters.add(check);
    });
  }

  async close(): Promise<void> {
    this.unsubscribe();
    await this.connection.close();
  }

  private push(entry: Received): void {
    this.received.push(entry);
    for (const waiter of [...this.waiters]) waiter();
  }
}

export type Connect = (options?: { label?: string }) => Promise<Connection>;

export class SessionPool {
  private readonly sessions = new Map<string, Promise<FlowSession>>();

  constructor(
    private readonly connect: Connect,
    private readonly flowName: string,
  ) {}

  get(name: string): Promise<FlowSession> {
    let session = this.sessions.get(name);
    if (!session) {
      const label = name === 'default' ? `flow:${this.flowName}` : `flow:${this.flowName}#${name}`;
      session = this.connect({ label }).then((connection) => new FlowSession(connection));
      this.sessions.set(name, session);
    }
    return session;
  }

  /** Closes every session that opened; one that failed to open has nothing to close. */
  async closeAll(): Promise<void> {
    const opened = await Promise.allSettled(this.sessions.values());
    this.sessions.clear();
    await Promise.allSettled(opened.flatMap((result) => (result.status === 'fulfilled' ? [result.value.close()] : [])));
  }
}
