/**
 * Runs the conformance catalogue against a booted target: builds the protocol version matrix on fresh
 * sessions, runs independent checks concurrently (each probe on a connection of its own), then the passive
 * checks over the whole transcript, and turns judgements into results by level and policy.
 */
import type { Config } from '../config/config.js';
import type { EmitEvent } from '../events.js';
import {
  PROTOCOL_VERSIONS,
  type CheckResult,
  type ProtocolVersion,
  type Status,
  type TransportKind,
} from '../model.js';
import type { Target } from '../target/types.js';
import { ConnectionClosedError, RequestTimeoutError, type Connection } from '../wire/types.js';
import { takeInventory } from './inventory.js';
import { CATALOGUE, specUrl } from './registry.js';
import { planToolCalls } from './tool-calls.js';
import { startSessionCalls } from './tool-results.js';
import type {
  CheckContext,
  CheckDefinition,
  Judgement,
  ServerInventory,
  ToolInvocation,
  VersionProbe,
} from './types.js';
import { applyPolicy } from './policy.js';

/**
 * How many checks run at once: enough to hide latency (many checks mostly wait, on shared tool calls or windows),
 * few enough for a two-core runner and small servers. Over stdio a check may start a server process, and more
 * at once measured slower there; over HTTP a session is a request, and twice as many measured faster.
 */
const CONCURRENCY: Record<TransportKind, number> = { stdio: 8, http: 16, sse: 16 };

interface VersionSession {
  version: ProtocolVersion;
  main: Connection;
  /** The shared side session, opened when a check first asks for it. */
  side?: Promise<Connection>;
  /** Set while a closed main connection is being replaced. */
  reconnecting?: Promise<void>;
  inventory: ServerInventory;
  callableTools: ToolInvocation[];
}

export interface ConformanceOutcome {
  checks: CheckResult[];
  acceptedVersions: string[];
}

export async function runConformance(
  target: Target,
  config: Config,
  emit: EmitEvent,
  catalogue: readonly CheckDefinition[] = CATALOGUE,
): Promise<ConformanceOutcome> {
  // The tool checks share one call per tool and session: start those calls as soon as a session is listed, so
  // they run while the other versions are offered and a slow tool costs its budget early rather than at the end.
  const callTools = catalogue.some((c) => c.section === 'tools' && !config.skipChecks.some((s) => s.id === c.id));
  const { probes, sessions } = await buildVersionMatrix(target, config, callTools);
  const accepted = sessions.map((s) => s.version);
  const results: CheckResult[] = [];
  const record = (result: CheckResult) => {
    results.push(result);
    emit({ type: 'check:done', result });
  };

  const jobs: { check: CheckDefinition; session: VersionSession }[] = [];
  const passive: CheckDefinition[] = [];
  for (const check of catalogue) {
    const notApplicable = staticSkipReason(check, target, sessions, config);
    if (notApplicable) {
      record(toResult(check, check.versions[0] ?? 'n/a', target, { kind: 'skip', reason: notApplicable }, 0));
      continue;
    }
    if (check.scope === 'passive') {
      passive.push(check);
      continue;
    }
    const eligible = sessions.filter((s) => check.versions.includes(s.version));
    for (const session of check.scope === 'once' ? eligible.slice(0, 1) : eligible) jobs.push({ check, session });
  }
  // Slow checks start first (those that say so, then the ones that run once, many of which open sessions of
  // their own); the per-version repeats of the others fill in behind, so no slow job waits at the end.
  const rank = (job: (typeof jobs)[number]) => (job.check.startsEarly ? 0 : job.check.scope === 'once' ? 1 : 2);
  jobs.sort((a, b) => rank(a) - rank(b));

  const contextFor = (check: CheckDefinition, session: VersionSession) =>
    createContext(target, config, session, probes, accepted);
  const retries: typeof jobs = [];
  await runPool(jobs, CONCURRENCY[target.transport], async (job) => {
    emit({ type: 'check:start', id: job.check.id, protocolVersion: job.session.version });
    const { result, retry } = await runOne(job.check, job.session, contextFor, target, config, false);
    if (retry) retries.push(job);
    else record(result);
  });
  // One at a time now, so each is judged on a session no other check can crash.
  for (const job of retries) record((await runOne(job.check, job.session, contextFor, target, config, true)).result);
  // Passive checks judge everything the run saw, so they go last.
  for (const check of passive) {
    emit({ type: 'check:start', id: check.id, protocolVersion: sessions[0]!.version });
    record((await runOne(check, sessions[0]!, contextFor, target, config, true)).result);
  }
  // Not awaited: a server still busy with a slow tool call takes its stdin grace to stop, and the target's close()
  // at the end of the run waits for every process anyway.
  void Promise.allSettled([
    ...sessions.filter((s) => s.main !== target.main).map((s) => s.main.close()),
    ...sessions.map(async (s) => (await s.side?.catch(() => undefined))?.close()),
  ]);

  const ordered = sortLikeCatalogue(results, catalogue);
  return { checks: applyPolicy(ordered, config), acceptedVersions: accepted };
}

/** Offers every version on a fresh session; the ones the server echoes form the matrix. */
async function buildVersionMatrix(
  target: Target,
  config: Config,
  callTools: boolean,
): Promise<{ probes: VersionProbe[]; sessions: VersionSession[] }> {
  const offered: ProtocolVersion[] = config.protocolVersion ? [config.protocolVersion] : [...PROTOCOL_VERSIONS];
  const probes = await Promise.all(
    offered.map(async (version): Promise<{ probe: VersionProbe; main?: Connection }> => {
      if (version === target.main.protocolVersion)
        return { probe: { offered: version, answered: version }, main: target.main };
      try {
        const connection = await target.connect({ protocolVersion: version, label: `main@${version}` });
        if (connection.protocolVersion === version)
          return { probe: { offered: version, answered: version }, main: connection };
        await connection.close();
        return { probe: { offered: version, answered: connection.protocolVersion } };
      } catch (error) {
        return { probe: { offered: version, error: error instanceof Error ? error.message : String(error) } };
      }
    }),
  );
  if (!probes.some((p) => p.main === target.main)) {
    // The boot session negotiated a version we did not offer here (e.g. a counter-offer); keep it anyway.
    probes.unshift({
      probe: { offered: target.main.protocolVersion, answered: target.main.protocolVersion },
      main: target.main,
    });
  }
  const sessions: VersionSession[] = await Promise.all(
    probes
      .filter((p) => p.main !== undefined && (PROTOCOL_VERSIONS as readonly string[]).includes(p.main.protocolVersion))
      .map(async (p) => {
        const main = p.main!;
        const inventory = await takeInventory(main);
        const callableTools = planToolCalls(inventory.tools, config);
        if (callTools) void startSessionCalls(main, callableTools, config.requestTimeoutMs);
        return { version: main.protocolVersion as ProtocolVersion, main, inventory, callableTools };
      }),
  );
  sessions.sort((a, b) => (a.version < b.version ? 1 : -1));
  return { probes: probes.map((p) => p.probe), sessions };
}

function staticSkipReason(
  check: CheckDefinition,
  target: Target,
  sessions: VersionSession[],
  config: Config,
): string | undefined {
  const configured = config.skipChecks.find((s) => s.id === check.id);
  if (configured) return `skipped by configuration: ${configured.reason}`;
  if (!check.transports.includes(target.transport)) {
    return `applies to ${check.transports.join('/')} only; the target uses ${target.transport}`;
  }
  if (!sessions.some((s) => check.versions.includes(s.version))) {
    return `applies to protocol ${check.versions.join(', ')}; the server accepted ${sessions.map((s) => s.version).join(', ') || 'none'}`;
  }
  return undefined;
}

function createContext(
  target: Target,
  config: Config,
  session: VersionSession,
  probes: VersionProbe[],
  accepted: string[],
): { ctx: CheckContext; dispose: () => Promise<void>; abort: () => void; usedSide: () => Connection | undefined } {
  const opened: { close(): Promise<void> }[] = [];
  let usedSide: Connection | undefined;
  const controller = new AbortController();
  const ctx: CheckContext = {
    config,
    transport: target.transport,
    protocolVersion: session.version,
    acceptedVersions: accepted,
    versionProbes: probes,
    get main() {
      return session.main;
    },
    inventory: session.inventory,
    callableTools: session.callableTools,
    connect: async (options) => {
      const connection = await target.connect({ protocolVersion: session.version, ...options });
      opened.push(connection);
      return connection;
    },
    sideSession: async () => {
      const side = session.side;
      const current = await side?.catch(() => undefined);
      if ((!current || current.closed) && session.side === side) {
        session.side = target.connect({ protocolVersion: session.version, label: `side@${session.version}` });
      }
      usedSide = await session.side!;
      return usedSide;
    },
    openRaw: async (options) => {
      const channel = await target.openRaw({ protocolVersion: session.version, ...options });
      opened.push(channel);
      return channel;
    },
    http: target.http,
    transcript: () => target.transcript(),
    timeoutMs: config.requestTimeoutMs,
    signal: controller.signal,
  };
  return {
    ctx,
    dispose: async () => {
      await Promise.allSettled(opened.map((c) => c.close()));
    },
    abort: () => controller.abort(),
    usedSide: () => usedSide,
  };
}

/**
 * Runs one check. When the shared session died under it (perhaps because another check's probe crashed the
 * server), it asks to be judged again later, alone, on a fresh session: a crash then costs the check that
 * causes it, not its neighbours.
 */
async function runOne(
  check: CheckDefinition,
  session: VersionSession,
  contextFor: (check: CheckDefinition, session: VersionSession) => ReturnType<typeof createContext>,
  target: Target,
  config: Config,
  lastChance: boolean,
): Promise<{ result: CheckResult; retry: boolean }> {
  const started = performance.now();
  if (session.main.closed) await freshMain(session, target);
  const usedMain = session.main;
  const { judgement, closed, side } = await attempt(check, session, contextFor, config);
  if (session.main.closed) await freshMain(session, target);
  const retry = !lastChance && closed && (usedMain.closed || side?.closed === true);
  return { result: toResult(check, session.version, target, judgement, performance.now() - started), retry };
}

async function attempt(
  check: CheckDefinition,
  session: VersionSession,
  contextFor: (check: CheckDefinition, session: VersionSession) => ReturnType<typeof createContext>,
  config: Config,
): Promise<{ judgement: Judgement; closed: boolean; side?: Connection }> {
  const { ctx, dispose, abort, usedSide } = contextFor(check, session);
  // A check makes a few requests; a hung server must not hold the run past a few timeouts.
  const budgetMs = config.requestTimeoutMs * 3;
  let timer: NodeJS.Timeout | undefined;
  try {
    const reason = check.applies?.(ctx);
    if (reason) return { judgement: { kind: 'skip', reason }, closed: false };
    const timeout = new Promise<Judgement>((resolve) => {
      timer = setTimeout(() => {
        abort();
        resolve({ kind: 'violation', message: `no response within ${budgetMs} ms` });
      }, budgetMs);
    });
    return { judgement: await Promise.race([check.run(ctx), timeout]), closed: false };
  } catch (error) {
    return { judgement: judgeError(error), closed: error instanceof ConnectionClosedError, side: usedSide() };
  } finally {
    clearTimeout(timer);
    // Closing a stdio probe waits for its process to exit; that is teardown, not the check's time, and the
    // target's close() still waits for every process.
    void dispose();
  }
}

/** Replaces a session's closed main connection, once, however many checks notice it. */
async function freshMain(session: VersionSession, target: Target): Promise<void> {
  session.reconnecting ??= target
    .connect({ protocolVersion: session.version, label: `main@${session.version}` })
    .then((connection) => {
      session.main = connection;
    })
    .catch(() => {})
    .finally(() => {
      session.reconnecting = undefined;
    });
  await session.reconnecting;
}

/** Errors from the wire are the server's doing; anything else is ours and must not fail the server. */
function judgeError(error: unknown): Judgement {
  if (error instanceof RequestTimeoutError) return { kind: 'violation', message: error.message };
  if (error instanceof ConnectionClosedError) return { kind: 'violation', message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'warn', message: `mcp-ci could not complete this check: ${message}` };
}

function toResult(
  check: CheckDefinition,
  version: string,
  target: Target,
  judgement: Judgement,
  durationMs: number,
): CheckResult {
  let status: Status;
  let message: string;
  switch (judgement.kind) {
    case 'pass':
      status = 'pass';
      message = judgement.message ?? 'ok';
      break;
    case 'violation':
      status = check.level === 'MUST' && !check.heuristic ? 'fail' : 'warn';
      message = judgement.message;
      break;
    case 'warn':
      status = 'warn';
      message = judgement.message;
      break;
    case 'skip':
      status = 'skip';
      message = judgement.reason;
      break;
  }
  return {
    id: check.id,
    title: check.title,
    section: check.section,
    level: check.level,
    status,
    message,
    protocolVersion: version,
    transport: target.transport,
    spec: { version, url: specUrl(check, version) },
    rule: check.rule,
    requirements: check.requirements,
    durationMs: Math.round(durationMs * 10) / 10,
    ...((judgement.kind === 'violation' || judgement.kind === 'warn') && judgement.evidence
      ? { evidence: judgement.evidence }
      : {}),
  };
}

async function runPool<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(size, items.length) }, worker));
}

function sortLikeCatalogue(results: CheckResult[], catalogue: readonly CheckDefinition[]): CheckResult[] {
  const order = new Map(catalogue.map((c, i) => [c.id, i]));
  return [...results].sort(
    (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0) || (a.protocolVersion < b.protocolVersion ? 1 : -1),
  );
}
