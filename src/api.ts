/**
 * The public library (`import { ... } from 'mcp-ci'`): boot or attach to a server, run the conformance suite,
 * flows and benchmarks on it, and get the same RunResult that results.json holds. The CLI, the action, `mcp-ci
 * serve` and users' own tests all reach the engine through these functions. Every call takes an AbortSignal (which
 * ends every process the call started) and a progress callback (the engine's RunEvents as they happen). Nothing
 * here writes files or history: `run()` is the whole pipeline with reports, as the CLI runs it.
 */
import path from 'node:path';
import { stringify as toYaml } from 'yaml';
import type { Config } from './config/config.js';
import { runBench as runBenchSuite } from './bench/runner.js';
import { runConformance as runConformanceSuite } from './checks/engine.js';
import { listAll } from './checks/inventory.js';
import { validateCheckIds } from './checks/policy.js';
import { ConfigError } from './config/errors.js';
import { loadConfig, resolveConfig, type ConfigSources } from './config/load.js';
import { benchSettingsSchema, type SettingsInput } from './config/schema.js';
import type { EmitEvent, RunEvent } from './events.js';
import {
  formatLoadError,
  loadErrorResults,
  loadFlowFiles,
  parseFlowSource,
  runFlows as runFlowSuite,
} from './flows/index.js';
import type { FlowLoadError, LoadedFlow } from './flows/index.js';
import { gatePassed, summarize } from './gate.js';
import { toServerInterface } from './history/server-interface.js';
import {
  SCHEMA_VERSION,
  eraOf,
  type BootInfo,
  type ProtocolVersion,
  type RunResult,
  type ServerInfo,
} from './model.js';
import { describeTargetForResult, maskResult, serverInfo } from './run.js';
import { BootError, bootTarget, type BootedServer } from './target/boot.js';
import { attachInMemory, type InProcessServerFactory } from './target/in-memory.js';
import { suiteSessions } from './target/suite-version.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import { boundDepth } from './wire/bounded-json.js';
import { Transcript } from './wire/transcript.js';

export type {
  BenchResult,
  BootInfo,
  CheckResult,
  Evidence,
  FlowResult,
  FlowStepResult,
  Level,
  Outcome,
  ProtocolVersion,
  RunResult,
  ServerInfo,
  Status,
  Summary,
  TransportKind,
} from './model.js';
export { PROTOCOL_VERSIONS, EXIT_CODES } from './model.js';
export type { RunEvent } from './events.js';
export type { InProcessServer, InProcessServerFactory } from './target/in-memory.js';
export { ConfigError } from './config/errors.js';
export { BootError } from './target/boot.js';
export { run, type RunOptions } from './run.js';
export { loadConfig, type LoadOptions } from './config/load.js';
export type { Config } from './config/config.js';
export { catalogueEntries as listChecks, type CatalogueEntry } from './checks/catalogue-table.js';

/** Flow snapshots live beside the flows, relative to the working directory, as in run(). */
const SNAPSHOT_DIR = '.mcp-ci/snapshots';

/** The server under test: a command mcp-ci starts over stdio, an HTTP endpoint, or an SDK server in this process. */
export type TargetSpec =
  | { stdio: string; cwd?: string; env?: Record<string, string> }
  | { url: string; start?: string; headers?: Record<string, string>; cwd?: string; env?: Record<string, string> }
  | { sse: string; start?: string; headers?: Record<string, string>; cwd?: string; env?: Record<string, string> }
  /**
   * A function that creates an SDK server (`McpServer` or `Server`): each session the suites open gets a new one,
   * as each stdio session gets a process of its own. `name` labels it in results (default `in-process`).
   */
  | { server: InProcessServerFactory; name?: string };

/** The keys of mcp-ci.yml that describe the target; in the API the TargetSpec says that. */
type TargetKey = 'stdio' | 'url' | 'sse' | 'start' | 'cwd' | 'env' | 'headers';

/** Settings with the keys and values of mcp-ci.yml (`timeout-ms`, `call-tools`, `skip-checks`, `bench`, ...). */
export type Settings = Omit<SettingsInput, TargetKey>;

export interface ApiOptions {
  /** Settings as in mcp-ci.yml; they win over the `config` file's. */
  settings?: Settings;
  /** An mcp-ci.yml to read settings from (relative to `cwd`); its target is replaced by the TargetSpec. */
  config?: string;
  /** The folder relative paths resolve against (flows, config, cwd of a started server); default process.cwd(). */
  cwd?: string;
  /** Aborting ends the call: every session and process it started is closed, and the call rejects. */
  signal?: AbortSignal;
  /** Progress as it happens: checks, flow steps, benchmark operations (the events the CLI prints). */
  onProgress?: (event: RunEvent) => void;
}

export interface ConformanceOptions extends ApiOptions {
  /** Judge under this protocol version only (`protocol-version` in mcp-ci.yml); default every version accepted. */
  version?: ProtocolVersion;
}

/** A flow written as an object: the same keys as a flow file (schemas/flow.schema.json). */
export interface FlowDocument {
  name: string;
  steps: unknown[];
  [key: string]: unknown;
}

/** A flow file path or glob (relative to `cwd`), or a flow written as an object. */
export type FlowInput = string | FlowDocument;

/** A server booted or attached once, for several calls; close it (or `await using` it) when done. */
export interface StartedTarget extends AsyncDisposable {
  readonly spec: TargetSpec;
  readonly boot: BootInfo;
  readonly server: ServerInfo;
  /** Ends every session and process of the target. */
  close(): Promise<void>;
}

interface TargetHandle extends StartedTarget {
  readonly booted: BootedServer;
}

const handles = new WeakMap<StartedTarget, TargetHandle>();

/**
 * Boots the server (stdio, or `start` for HTTP) or attaches to it (a URL, an in-process server) and opens the
 * first session. Rejects with a BootError when the server cannot be started or reached.
 */
export async function startTarget(spec: TargetSpec, options: ApiOptions = {}): Promise<StartedTarget> {
  return boot(spec, await apiConfig(spec, options), options);
}

/** Runs the conformance suite; `result.checks` holds every check's verdict, as in results.json. */
export async function runConformance(
  target: TargetSpec | StartedTarget,
  options: ConformanceOptions = {},
): Promise<RunResult> {
  const settings = { ...options.settings, ...(options.version && { 'protocol-version': options.version }) };
  return runSuite(target, { ...options, settings }, async (booted, config, result, emit) => {
    validateCheckIds(config);
    const outcome = await runConformanceSuite(booted, config, emit);
    result.checks = outcome.checks;
    result.server.acceptedVersions = outcome.acceptedVersions;
    if (outcome.inventory) result.interface = toServerInterface(outcome.inventory, booted.main.serverCapabilities);
  });
}

/** Runs flows (files, globs or objects) in the order given; `result.flows` holds each flow's steps. */
export async function runFlows(
  target: TargetSpec | StartedTarget,
  flows: FlowInput | readonly FlowInput[],
  options: ApiOptions = {},
): Promise<RunResult> {
  const inputs = Array.isArray(flows) ? (flows as readonly FlowInput[]) : [flows as FlowInput];
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const loaded = await loadFlows(inputs, cwd);
  if (loaded.flows.length === 0 && loaded.errors.length > 0) {
    throw new ConfigError(loaded.errors.map(formatLoadError).join('\n'), 'flows');
  }
  return runSuite(target, options, async (booted, config, result, emit) => {
    // The newest version the server speaks, unless the settings pin one (as in run()).
    const suites = await suiteSessions(booted, config);
    const spoken = { protocolVersion: suites.protocolVersion, era: eraOf(suites.protocolVersion) };
    const flowResults = await runFlowSuite(loaded.flows, {
      connect: suites.connect,
      emit,
      timeoutMs: config.requestTimeoutMs,
      updateSnapshots: config.updateSnapshots,
      snapshotDir: path.join(cwd, SNAPSHOT_DIR),
      env: process.env,
    });
    result.flows = [...loadErrorResults(loaded.errors), ...flowResults.map((flow) => ({ ...flow, ...spoken }))];
  });
}

/** Runs the latency benchmarks (`bench` in the settings; the defaults otherwise); `result.bench` holds them. */
export async function runBench(target: TargetSpec | StartedTarget, options: ApiOptions = {}): Promise<RunResult> {
  return runSuite(target, options, async (booted, config, result, emit) => {
    if (booted.boot.handshakeError) return;
    const settings = config.bench ?? benchSettingsSchema.parse({});
    const suites = await suiteSessions(booted, config);
    const spoken = { protocolVersion: suites.protocolVersion, era: eraOf(suites.protocolVersion) };
    const main = await suites.main();
    const tools = main.serverCapabilities.tools ? await listAll(main, 'tools/list', 'tools') : [];
    const bench = await runBenchSuite({
      main,
      connect: suites.connect,
      settings,
      serverCapabilities: main.serverCapabilities,
      toolNames: tools.map((tool) => String(tool.name)),
      emit,
    }).finally(() => suites.close());
    result.bench = bench.map((figure) => ({ ...figure, ...spoken }));
  });
}

/** The tools the server lists (every page), as it sent them. */
export async function listTools(
  target: TargetSpec | StartedTarget,
  options: ApiOptions = {},
): Promise<Record<string, unknown>[]> {
  return withTarget(target, await configFor(target, options), options, async (booted) =>
    booted.main.serverCapabilities.tools ? listAll(booted.main, 'tools/list', 'tools') : [],
  );
}

// ---- one call on a target -----------------------------------------------------------------------------------------

type Suite = (booted: BootedServer, config: Config, result: RunResult, emit: EmitEvent) => Promise<void>;

/** Runs one suite and returns its RunResult; a server that cannot be started is a result with outcome boot-error. */
async function runSuite(target: TargetSpec | StartedTarget, options: ApiOptions, suite: Suite): Promise<RunResult> {
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const config = await configFor(target, options);
  try {
    return await withTarget(target, config, options, async (booted, emit) => {
      const result = emptyResult(config, startedAt);
      result.boot = booted.boot;
      result.server = serverInfo(booted);
      await suite(booted, config, result, emit);
      return complete(result, config, started);
    });
  } catch (error) {
    if (!(error instanceof BootError)) throw error;
    const result = emptyResult(config, startedAt);
    result.boot = error.boot;
    result.outcome = 'boot-error';
    return complete(result, config, started);
  }
}

/**
 * Boots the target unless a started one was given, runs `work`, and closes what it booted. Aborting closes the
 * target, so every session and process ends and the work finishes at once; the call then rejects with the
 * signal's reason.
 */
async function withTarget<T>(
  target: TargetSpec | StartedTarget,
  config: Config,
  options: ApiOptions,
  work: (booted: BootedServer, emit: EmitEvent) => Promise<T>,
): Promise<T> {
  const { signal } = options;
  signal?.throwIfAborted();
  const given = handles.get(target as StartedTarget);
  const owned = given ? undefined : await boot(target as TargetSpec, config, options);
  const booted = (given ?? handles.get(owned!)!).booted;
  const onAbort = () => void booted.close();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const value = await work(booted, options.onProgress ?? (() => {}));
    signal?.throwIfAborted();
    return value;
  } catch (error) {
    signal?.throwIfAborted();
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    await owned?.close();
  }
}

async function boot(spec: TargetSpec, config: Config, options: ApiOptions): Promise<StartedTarget> {
  const { signal } = options;
  signal?.throwIfAborted();
  const emit: EmitEvent = options.onProgress ?? (() => {});
  const transcript = new Transcript();
  const booted =
    'server' in spec
      ? await attachInMemory({
          createServer: spec.server,
          recorder: transcript,
          requestTimeoutMs: config.requestTimeoutMs,
          ...(config.protocolVersion && { protocolVersion: config.protocolVersion }),
        })
      : await bootTarget(config, transcript, emit);
  // A boot cannot be interrupted halfway (a process may be starting); one aborted meanwhile ends as soon as it is up.
  if (signal?.aborted) {
    await booted.close();
    signal.throwIfAborted();
  }
  const server = serverInfo(booted);
  emit({ type: 'boot:done', boot: booted.boot, server });
  const handle: TargetHandle = {
    spec,
    booted,
    boot: booted.boot,
    server,
    close: () => booted.close(),
    [Symbol.asyncDispose]: () => booted.close(),
  };
  handles.set(handle, handle);
  return handle;
}

// ---- settings -----------------------------------------------------------------------------------------------------

async function configFor(target: TargetSpec | StartedTarget, options: ApiOptions): Promise<Config> {
  return apiConfig(handles.get(target as StartedTarget)?.spec ?? (target as TargetSpec), options);
}

/**
 * The Config the CLI would resolve from the same mcp-ci.yml and flags: the file's settings, the options' settings
 * over them, and the TargetSpec as the target.
 */
async function apiConfig(spec: TargetSpec, options: ApiOptions): Promise<Config> {
  assertTargetSpec(spec);
  const cwd = path.resolve(options.cwd ?? process.cwd());
  // An in-process server has no target keys; a stand-in command lets the file's target be replaced all the same.
  const targetKeys = 'server' in spec ? { stdio: 'in-process' } : spec;
  const sources: Omit<ConfigSources, 'file'> = {
    overrides: { ...options.settings, ...targetKeys } as SettingsInput,
    overridesFrom: 'settings',
    env: process.env,
    cwd,
  };
  const config =
    options.config === undefined
      ? resolveConfig(sources)
      : await loadConfig({ ...sources, configPath: options.config });
  if ('server' in spec) return { ...config, target: { transport: 'memory', name: spec.name ?? 'in-process' } };
  return config;
}

function assertTargetSpec(spec: unknown): asserts spec is TargetSpec {
  const given = spec as Record<string, unknown> | null;
  if (typeof given !== 'object' || given === null) {
    throw new ConfigError('target: expected { stdio }, { url }, { sse } or { server }', 'target');
  }
  if ('server' in given && typeof given.server !== 'function') {
    throw new ConfigError(
      'target.server: pass a function that creates the server (() => new McpServer(...)): every session of the suites needs a server of its own, and an SDK server serves one transport at a time',
      'server',
    );
  }
}

// ---- flows --------------------------------------------------------------------------------------------------------

/** Flow files and globs are read as the CLI reads them; flow objects are checked by the same parser, as YAML. */
async function loadFlows(
  inputs: readonly FlowInput[],
  cwd: string,
): Promise<{ flows: LoadedFlow[]; errors: FlowLoadError[] }> {
  const flows: LoadedFlow[] = [];
  const errors: FlowLoadError[] = [];
  for (const [index, input] of inputs.entries()) {
    if (typeof input === 'string') {
      const files = await loadFlowFiles([input], cwd);
      flows.push(...files.flows);
      errors.push(...files.errors);
      continue;
    }
    const parsed = parseFlowSource(toYaml(input), `flows[${index}]`);
    if (parsed.flow) flows.push(parsed.flow);
    errors.push(...parsed.errors);
  }
  return { flows, errors };
}

// ---- results ------------------------------------------------------------------------------------------------------

function emptyResult(config: Config, startedAt: string): RunResult {
  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    target: describeTargetForResult(config),
    server: {},
    boot: { ok: false, ms: 0 },
    checks: [],
    flows: [],
    bench: [],
    summary: { pass: 0, fail: 0, warn: 0, skip: 0 },
    startedAt,
    durationMs: 0,
  };
}

/** Counts, the gate's verdict, and the same bounds and masking run() applies before anyone sees a result. */
function complete(result: RunResult, config: Config, started: number): RunResult {
  result.durationMs = Math.round(performance.now() - started);
  result.summary = summarize(result);
  result.outcome ??= gatePassed(result.summary, config.strict) ? 'passed' : 'failed';
  return maskResult(boundDepth(result), config.secrets);
}
