/**
 * Runs the conformance catalogue against a booted target: builds the protocol version matrix on fresh
 * sessions, runs independent checks concurrently (each probe on a connection of its own), then the passive
 * checks over the whole transcript, and turns judgements into results by level and policy.
 */
import type { Config } from '../config/config.js';
import type { EmitEvent } from '../events.js';
import {
  LEGACY_VERSIONS,
  MODERN_VERSION,
  PROTOCOL_VERSIONS,
  eraOf,
  type CheckResult,
  type ProtocolVersion,
  type Status,
  type TransportKind,
} from '../model.js';
import type { Target } from '../target/types.js';
import { DiscoverRefusedError } from '../wire/modern-connection.js';
import {
  ConnectionClosedError,
  InvalidAnswerError,
  NEEDS_WIRE,
  RawChannelUnavailableError,
  RequestTimeoutError,
  unreachableReason,
  type Connection,
  type ConnectOptions,
} from '../wire/types.js';
import { takeInventory } from './inventory.js';
import { CATALOGUE, specUrl } from './registry.js';
import { planToolCalls } from './tool-calls.js';
import { startSessionCalls, toolBudget } from './probes/tool-results.js';
import type {
  CheckContext,
  CheckDefinition,
  Judgement,
  ServerInventory,
  ToolInvocation,
  VersionMatrix,
  VersionProbe,
} from './types.js';
import { applyPolicy } from './policy.js';
import { quickSkipReason } from './quick.js';
import { REMOVED_IN_MODERN } from './sections-2026-07-28/removed.js';

/**
 * How many checks run at once: enough to hide latency (many checks mostly wait, on shared tool calls, probes or
 * windows), few enough for small servers. Over stdio the server processes a run starts are bounded by the shared
 * probes and the probe pool, not by this.
 */
const CONCURRENCY: Record<TransportKind, number> = { stdio: 16, http: 16, sse: 16, memory: 16 };

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
  /** What the boot session listed, kept as the server's interface in results.json and the history. */
  inventory?: ServerInventory;
}

interface Job {
  check: CheckDefinition;
  session: VersionSession;
}

export async function runConformance(
  target: Target,
  config: Config,
  emit: EmitEvent,
  catalogue: readonly CheckDefinition[] = CATALOGUE,
): Promise<ConformanceOutcome> {
  // The tool checks share one call per tool and session: start those calls as soon as a session is listed, so
  // they run while the other versions are offered and a slow tool costs its time early rather than at the end.
  const selected = catalogue.filter((c) => !config.skipChecks.some((s) => s.id === c.id));
  const callTools = selected.some((c) => c.section === 'tools');
  // A run of initialize-era checks only sends no server/discover. Every initialize-era version is still offered
  // whatever is selected: checks read the version matrix as what the server accepts (a modern-only server is one
  // that accepted none).
  const offersModern = selected.some((c) => c.versions.includes(MODERN_VERSION));
  const matrix = startVersionMatrix(target, config, callTools, offersModern);
  const results: CheckResult[] = [];
  const record = (result: CheckResult) => {
    results.push(result);
    emit({ type: 'check:done', result });
  };
  const shared = new Map<string, Promise<unknown>>();
  const versionMatrix = matrix.all.then(({ probes, sessions, modern }) => ({
    accepted: sessions.filter((s) => s.version !== MODERN_VERSION).map((s) => s.version as string),
    probes,
    modern,
  }));
  const contextFor = (session: VersionSession, alone: boolean) =>
    createContext(target, config, session, () => versionMatrix, shared, alone);

  // Every result the run will give, counted as it is decided, for front ends that show "n of total".
  let planned = 0;
  const active: CheckDefinition[] = [];
  const passive: CheckDefinition[] = [];
  for (const check of catalogue) {
    const notApplicable = configuredOrTransportSkip(check, target, config);
    if (notApplicable) {
      planned++;
      record(toResult(check, skipVersion(check), target, { kind: 'skip', reason: notApplicable }, 0));
    } else (check.scope === 'passive' ? passive : active).push(check);
  }

  const retries: Job[] = [];
  const queue = new JobQueue<Job>(CONCURRENCY[target.transport], rank, async (job) => {
    emit({ type: 'check:start', id: job.check.id, protocolVersion: job.session.version });
    const { result, retry } = await runOne(job.check, job.session, contextFor, target, config, false);
    if (retry) retries.push(job);
    else record(result);
  });
  // The boot session is ready: when it speaks the newest version offered, its checks start now, while the other
  // versions are still being offered (a 'once' check runs under the newest version, so it is this one).
  const early = await matrix.early;
  const startedEarly = new Set<CheckDefinition>();
  // Over stdio every session is a server process, and what a run waits on longest is a slow tool, called once on
  // each version's session. When starting the server is CPU work, those processes start alone: the boot session's
  // checks, which start processes of their own (the side session, fresh-process probes), begin once every version
  // is listed and its calls are under way, so the calls go out sooner (half a second on server-everything, whose
  // four ten-second calls end the run). A server that waits while it starts loses nothing by starting beside others.
  if (target.startsOnCpu) await matrix.all;
  if (early) {
    // Over stdio the side session is a server process; it is needed in every run (the roots check uses it), and
    // starting it now keeps its start-up off the end of the run.
    if (target.transport === 'stdio' && !config.quick) openSide(early, target);
    // A check that runs once and also applies to a newer era the run offers waits for the matrix to pick.
    const jobs = active.filter(
      (check) =>
        check.versions.includes(early.version) &&
        (check.scope !== 'once' || !check.versions.some((v) => v > early.version && matrix.offered.includes(v))),
    );
    for (const check of jobs) startedEarly.add(check);
    planned += jobs.length;
    queue.add(jobs.map((check) => ({ check, session: early })));
  }
  const { sessions, modern } = await matrix.all;
  const modernSession = sessions.find((s) => s.version === MODERN_VERSION);
  for (const check of active) {
    if (modernSession && !check.versions.includes(MODERN_VERSION)) {
      const removed = REMOVED_IN_MODERN[check.id];
      if (removed) {
        planned++;
        record(toResult(check, MODERN_VERSION, target, { kind: 'skip', reason: removed }, 0));
      }
    }
    const eligible = sessions.filter((s) => check.versions.includes(s.version));
    if (eligible.length === 0) {
      planned++;
      record(versionSkip(check, sessions, target, modern));
      continue;
    }
    const wanted = check.scope === 'once' ? eligible.slice(0, 1) : eligible;
    const rest = startedEarly.has(check) ? wanted.filter((s) => s !== early) : wanted;
    planned += rest.length;
    queue.add(rest.map((session) => ({ check, session })));
  }
  // A passive check gives one result per era it judges (a carried-over rule judges each era's messages), or one
  // skip; on a server that speaks 2026-07-28, a rule the revision removed is skipped there with its reason.
  const passiveJobs = passive.map((check) => {
    const eras = [
      sessions.find((s) => s.version !== MODERN_VERSION && check.versions.includes(s.version)),
      sessions.find((s) => s.version === MODERN_VERSION && check.versions.includes(s.version)),
    ].filter((s) => s !== undefined);
    const removed = modernSession && !check.versions.includes(MODERN_VERSION) ? REMOVED_IN_MODERN[check.id] : undefined;
    return { check, eras, removed };
  });
  const passiveResults = passiveJobs.reduce((n, job) => n + Math.max(job.eras.length, 1) + (job.removed ? 1 : 0), 0);
  emit({ type: 'checks:planned', total: planned + passiveResults });
  await queue.drained();
  // One at a time now, so each is judged on a session no other check can crash.
  for (const job of retries) record((await runOne(job.check, job.session, contextFor, target, config, true)).result);
  // Passive checks judge everything the run saw, so they go last.
  for (const { check, eras, removed } of passiveJobs) {
    if (removed) record(toResult(check, MODERN_VERSION, target, { kind: 'skip', reason: removed }, 0));
    if (eras.length === 0) record(versionSkip(check, sessions, target, modern));
    for (const session of eras) {
      emit({ type: 'check:start', id: check.id, protocolVersion: session.version });
      record((await runOne(check, session, contextFor, target, config, true)).result);
    }
  }
  // Not awaited: a server still busy with a slow tool call takes its stdin grace to stop, and the target's close()
  // at the end of the run waits for every process anyway.
  void Promise.allSettled([
    ...sessions.filter((s) => s.main !== target.main).map((s) => s.main.close()),
    ...sessions.map(async (s) => (await s.side?.catch(() => undefined))?.close()),
  ]);

  const ordered = sortLikeCatalogue(results, catalogue);
  const bootInventory = (sessions.find((s) => s.main === target.main) ?? sessions[0])?.inventory;
  return {
    checks: applyPolicy(ordered, config),
    acceptedVersions: sessions.map((s) => s.version),
    ...(bootInventory && { inventory: bootInventory }),
  };
}

/** Slow checks start first (those that say so, then the ones that run once, many of which open sessions of their
 * own); the per-version repeats of the others fill in behind, so no slow job waits at the end. */
const rank = (job: Job): number => (job.check.startsEarly ? 0 : job.check.scope === 'once' ? 1 : 2);

interface StartedMatrix {
  /** Every version offered: the initialize offers and, unless another version was asked for, 2026-07-28. */
  offered: readonly string[];
  /** The boot session, listed and its tool calls started, when it speaks the newest version offered. */
  early: Promise<VersionSession | undefined>;
  /** Every offer answered: the probes, and a session per accepted version, newest first. */
  all: Promise<{ probes: VersionProbe[]; sessions: VersionSession[]; modern?: VersionMatrix['modern'] }>;
}

/**
 * Offers every version on a fresh session, all at once; the ones the server echoes form the matrix. Each session
 * is listed and its tool calls started as soon as it answers, the boot session's first.
 */
function startVersionMatrix(
  target: Target,
  config: Config,
  callTools: boolean,
  modernSelected: boolean,
): StartedMatrix {
  const boot = target.main;
  const isKnown = (version: string) => (PROTOCOL_VERSIONS as readonly string[]).includes(version);
  // A quick run tests the version the boot session negotiated: the newest the server speaks.
  const asked =
    config.protocolVersion ??
    (config.quick && isKnown(boot.protocolVersion) ? (boot.protocolVersion as ProtocolVersion) : undefined);
  // 2026-07-28 is not an initialize offer: it is spoken when server/discover answers.
  const offered: ProtocolVersion[] = asked && asked !== MODERN_VERSION ? [asked] : asked ? [] : [...LEGACY_VERSIONS];
  const offersModern = asked === MODERN_VERSION || (asked === undefined && modernSelected);
  const prepare = async (opened: Connection): Promise<VersionSession> => {
    let main = opened;
    const generation = target.generation ?? 0;
    let inventory = await takeInventory(main);
    // A server process that exited under the listing (over HTTP, a crash another check's probe caused) is started
    // again and the session listed again, so the version's checks are not skipped for it.
    if (inventory.serverLost && (await target.restart?.(generation))) {
      const again = await target
        .connect({ protocolVersion: main.protocolVersion, label: main.label })
        .catch(() => undefined);
      if (again) [main, inventory] = [again, await takeInventory(again)];
    }
    const callableTools = planToolCalls(inventory.tools, config);
    // Every era's tool checks share these calls (the carried-over rules run in 2026-07-28 too).
    if (callTools) void startSessionCalls(main, callableTools, toolBudget({ config }), config.quick);
    return { version: main.protocolVersion as ProtocolVersion, main, inventory, callableTools };
  };
  const bootSession = isKnown(boot.protocolVersion) ? prepare(boot) : undefined;
  const modernOffer: Promise<{ session?: Promise<VersionSession>; modern?: VersionMatrix['modern'] }> = !offersModern
    ? Promise.resolve({})
    : boot.protocolVersion === MODERN_VERSION
      ? Promise.resolve({ modern: { spoken: true } })
      : connectOnceMore(target, { protocolVersion: MODERN_VERSION, label: `main@${MODERN_VERSION}` }).then(
          (connection) => {
            if (connection.protocolVersion === MODERN_VERSION)
              return { session: prepare(connection), modern: { spoken: true } };
            // A target without a modern wire (an in-process server) answers with an initialize-era session.
            void connection.close().catch(() => {});
            return { modern: { spoken: false, answer: `an ${connection.protocolVersion} session` } };
          },
          (error: unknown) => ({
            modern: { spoken: false, answer: error instanceof DiscoverRefusedError ? error.answer : errorText(error) },
          }),
        );
  const offers = offered
    .filter((version) => version !== boot.protocolVersion)
    .map(async (version): Promise<{ probe: VersionProbe; session?: Promise<VersionSession> }> => {
      try {
        const connection = await connectOnceMore(target, { protocolVersion: version, label: `main@${version}` });
        if (connection.protocolVersion === version)
          return { probe: { offered: version, answered: version }, session: prepare(connection) };
        await connection.close();
        return { probe: { offered: version, answered: connection.protocolVersion } };
      } catch (error) {
        return { probe: { offered: version, error: error instanceof Error ? error.message : String(error) } };
      }
    });
  const all = (async () => {
    const answered = await Promise.all(offers);
    // The boot session counts as the answer to its own version, even one not offered here (a counter-offer).
    const bootProbe = { offered: boot.protocolVersion, answered: boot.protocolVersion };
    const probes = offered.includes(boot.protocolVersion as ProtocolVersion)
      ? offered.map((v) =>
          v === boot.protocolVersion ? bootProbe : answered.find((a) => a.probe.offered === v)!.probe,
        )
      : [bootProbe, ...answered.map((a) => a.probe)];
    const { session: modernSession, modern } = await modernOffer;
    const sessions = await Promise.all([
      ...(bootSession ? [bootSession] : []),
      ...answered.flatMap((a) => (a.session ? [a.session] : [])),
      ...(modernSession ? [modernSession] : []),
    ]);
    sessions.sort((a, b) => (a.version < b.version ? 1 : -1));
    return { probes: probes.filter((p) => p.offered !== MODERN_VERSION), sessions, ...(modern && { modern }) };
  })();
  // The boot session starts its checks at once when it is the newest of its era the run offers.
  const newestOfEra = boot.protocolVersion === MODERN_VERSION ? MODERN_VERSION : offered[0];
  const early = bootSession && boot.protocolVersion === newestOfEra ? bootSession : Promise.resolve(undefined);
  return { offered: [...(offersModern ? [MODERN_VERSION] : []), ...offered], early, all };
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

function versionSkip(
  check: CheckDefinition,
  sessions: VersionSession[],
  target: Target,
  modern: VersionMatrix['modern'],
): CheckResult {
  const accepted = sessions.map((s) => s.version).join(', ') || 'none';
  // A server of the initialize era only is not failing the 2026-07-28 rules: it does not speak that revision.
  const reason =
    check.versions.every((v) => v === MODERN_VERSION) && modern?.spoken === false
      ? `not spoken: the server does not speak ${MODERN_VERSION} (server/discover got ${modern.answer ?? 'no result'})`
      : `applies to protocol ${check.versions.join(', ')}; the server accepted ${accepted}`;
  return toResult(check, skipVersion(check), target, { kind: 'skip', reason }, 0);
}

/**
 * The version a check that did not run is reported under: the first it is defined for, of the initialize era when
 * it spans both (a carried-over rule), so a 2025 server's report keeps its columns.
 */
const skipVersion = (check: CheckDefinition): string =>
  check.versions.find((v) => v !== MODERN_VERSION) ?? check.versions[0] ?? 'n/a';

function configuredOrTransportSkip(check: CheckDefinition, target: Target, config: Config): string | undefined {
  const configured = config.skipChecks.find((s) => s.id === check.id);
  if (configured) return `skipped by configuration: ${configured.reason}`;
  // An in-process server has no wire: only the rules that hold over every wire apply to it (the others are about
  // stdio framing or HTTP, or send raw frames, which is why the legacy SSE transport is left out of theirs).
  if (target.transport === 'memory') {
    const wires = ['stdio', 'http', 'sse'] as const;
    if (!wires.every((wire) => check.transports.includes(wire)))
      return `${NEEDS_WIRE} (applies to ${check.transports.join('/')}); the target is an in-process server`;
    return undefined;
  }
  if (!check.transports.includes(target.transport)) {
    return `applies to ${check.transports.join('/')} only; the target uses ${target.transport}`;
  }
  return config.quick ? quickSkipReason(check.id, target.transport) : undefined;
}

function createContext(
  target: Target,
  config: Config,
  session: VersionSession,
  versionMatrix: () => Promise<VersionMatrix>,
  shared: Map<string, Promise<unknown>>,
  alone: boolean,
): { ctx: CheckContext; dispose: () => Promise<void>; abort: () => void; usedSide: () => Connection | undefined } {
  const opened: { close(): Promise<void> }[] = [];
  let usedSide: Connection | undefined;
  const controller = new AbortController();
  const ctx: CheckContext = {
    config,
    transport: target.transport,
    protocolVersion: session.version,
    versionMatrix,
    shared: <T>(name: string, start: () => Promise<T>): Promise<T> => {
      // Per server process over HTTP: what a probe learnt from a server that exited is not that of the one
      // started after it.
      const key = `${target.generation ?? 0}:${name}`;
      if (!shared.has(key)) {
        const started = start();
        // Every check that shares it awaits it; one that timed out no longer does, and its failure must not
        // become an unhandled rejection that ends the run without a report.
        started.catch(() => {});
        shared.set(key, started);
      }
      return shared.get(key) as Promise<T>;
    },
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
      if ((!current || current.closed) && session.side === side) openSide(session, target);
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
    alone,
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
 * causes it, not its neighbours. Over HTTP the sessions live as long as the server process mcp-ci started: when
 * a check found no server to answer it because that process exited, the target starts it again first.
 */
async function runOne(
  check: CheckDefinition,
  session: VersionSession,
  contextFor: (session: VersionSession, alone: boolean) => ReturnType<typeof createContext>,
  target: Target,
  config: Config,
  /** Judged alone, after the checks that run together: its last chance, never asked to run again. */
  alone: boolean,
): Promise<{ result: CheckResult; retry: boolean }> {
  const started = performance.now();
  for (let attempts = 1; ; attempts++) {
    if (session.main.closed) await freshMain(session, target);
    const usedMain = session.main;
    const generation = target.generation ?? 0;
    const { judgement, closed, unreachable, side } = await attempt(check, session, contextFor, config, alone);
    // Started again during the check (by it, or by another that found the server gone): its verdict may be of the
    // server that exited.
    const restarted =
      (target.generation ?? 0) > generation || (unreachable === true && (await target.restart?.(generation)) === true);
    if (session.main.closed) await freshMain(session, target);
    // A request cut by the server's exit, or by mcp-ci closing the sessions of a server that exited, says nothing
    // of this check's rule: the exit is lifecycle-no-unexpected-exit's finding.
    const cut: Judgement | undefined =
      (restarted || target.serverExited) && (closed || unreachable)
        ? { kind: 'warn', message: 'not judged: the server process exited during the check' }
        : undefined;
    const result = toResult(check, session.version, target, cut ?? judgement, performance.now() - started);
    // A server that could not be reached, or whose session closed under the check, while checks ran together is
    // judged again alone, started again or not: alone, a check can tell whether its own messages stopped the
    // server. A check need not throw to be cut: one that reads the session's shared tool calls, or skips what it
    // could not fetch, judges a closed session's answers, which another check's crash may have caused.
    const lost = usedMain.closed || side?.closed === true || unreachable === true || restarted;
    if (!lost) return { result, retry: false };
    if (!alone) return { result, retry: true };
    // Judged alone, the check may still find the server gone: the check before it can crash it as it ends (its
    // exit is seen a moment later). It gets one more attempt on the server started again.
    if (!restarted || attempts > 1) return { result, retry: false };
  }
}

async function attempt(
  check: CheckDefinition,
  session: VersionSession,
  contextFor: (session: VersionSession, alone: boolean) => ReturnType<typeof createContext>,
  config: Config,
  alone: boolean,
): Promise<{ judgement: Judgement; closed: boolean; unreachable?: boolean; side?: Connection }> {
  const { ctx, dispose, abort, usedSide } = contextFor(session, alone);
  // A check makes a few requests; a hung server must not hold the run past a few timeouts. Over stdio a check may
  // start a server process of its own, which gets the boot budget to start before its timeouts count.
  const budgetMs = config.requestTimeoutMs * 3 + (config.target.transport === 'stdio' ? config.bootTimeoutMs : 0);
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
    return { judgement: await Promise.race([check.run(ctx), timeout]), closed: false, side: usedSide() };
  } catch (error) {
    return {
      judgement: judgeError(error),
      closed: error instanceof ConnectionClosedError,
      unreachable: unreachableReason(error) !== undefined,
      side: usedSide(),
    };
  } finally {
    clearTimeout(timer);
    // Closing a stdio probe waits for its process to exit; that is teardown, not the check's time, and the
    // target's close() still waits for every process.
    void dispose();
  }
}

/** Opens (or replaces) the version's shared side session. */
function openSide(session: VersionSession, target: Target): void {
  session.side = target.connect({ protocolVersion: session.version, label: `side@${session.version}` });
  session.side.catch(() => {});
}

/** A new session; over HTTP, once more when the server process mcp-ci started exited under the attempt. */
async function connectOnceMore(target: Target, options: ConnectOptions): Promise<Connection> {
  const generation = target.generation ?? 0;
  try {
    return await target.connect(options);
  } catch (error) {
    if (unreachableReason(error) === undefined || !(await target.restart?.(generation))) throw error;
    return target.connect(options);
  }
}

/**
 * Replaces a session's closed main connection, once, however many checks notice it. Over HTTP the server that
 * closed it may be starting again: the new session is opened once more when it is.
 */
async function freshMain(session: VersionSession, target: Target): Promise<void> {
  session.reconnecting ??= connectOnceMore(target, {
    protocolVersion: session.version,
    label: `main@${session.version}`,
  })
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
  // Every request a check awaits gets the request timeout, so silence until then is the server's (a check that
  // waits less judges the silence itself, as the fresh-process probes do).
  if (error instanceof RequestTimeoutError) return { kind: 'violation', message: error.message };
  if (error instanceof ConnectionClosedError) return { kind: 'violation', message: error.message };
  // The answer broke the message format, which base-jsonrpc-envelope and the schema checks judge; this check's own
  // rule cannot be judged on it.
  if (error instanceof RawChannelUnavailableError) return { kind: 'skip', reason: error.message };
  if (error instanceof InvalidAnswerError)
    return { kind: 'skip', reason: `${error.message}, so this rule cannot be judged` };
  // Over HTTP a server that went away mid-run refuses the connection: the check was not judged, and it was not
  // mcp-ci that failed (a process mcp-ci started that exited is lifecycle-no-unexpected-exit's finding).
  const unreachable = unreachableReason(error);
  if (unreachable !== undefined)
    return { kind: 'warn', message: `not judged: could not reach the server (${unreachable})` };
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
    era: eraOf(version),
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

/** Runs jobs at most `size` at once, lowest rank first; jobs may be added while others run. */
class JobQueue<T> {
  private readonly pending: T[] = [];
  private running = 0;
  private idle: (() => void)[] = [];
  private failure: unknown;

  constructor(
    private readonly size: number,
    private readonly rank: (job: T) => number,
    private readonly work: (job: T) => Promise<void>,
  ) {}

  add(jobs: T[]): void {
    this.pending.push(...jobs);
    // Stable: jobs of one rank keep the order they were added in.
    this.pending.sort((a, b) => this.rank(a) - this.rank(b));
    this.pump();
  }

  /** Resolves once every job added so far has finished (rejects with the first error a job threw). */
  drained(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const settle = () => (this.failure === undefined ? resolve() : reject(this.failure));
      if (this.running === 0 && this.pending.length === 0) settle();
      else this.idle.push(settle);
    });
  }

  private pump(): void {
    while (this.running < this.size && this.pending.length > 0) {
      const job = this.pending.shift()!;
      this.running++;
      void this.work(job)
        .catch((error: unknown) => {
          this.failure ??= error;
        })
        .finally(() => {
          this.running--;
          this.pump();
          if (this.running === 0 && this.pending.length === 0) for (const settle of this.idle.splice(0)) settle();
        });
    }
  }
}

function sortLikeCatalogue(results: CheckResult[], catalogue: readonly CheckDefinition[]): CheckResult[] {
  const order = new Map(catalogue.map((c, i) => [c.id, i]));
  return [...results].sort(
    (a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0) || (a.protocolVersion < b.protocolVersion ? 1 : -1),
  );
}
