/**
 * `run()`: the engine every front end shares (CLI, GitHub Action, later an MCP server and a test-framework API).
 * Orchestration only: boot, suites, results, reports. It never prints and never exits; it emits progress
 * events and returns the RunResult, with every report already written to the output folder.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from './config/config.js';
import { ConfigError } from './config/errors.js';
import type { EmitEvent } from './events.js';
import { formatLoadError, loadErrorResults, loadFlowFiles } from './flows/load.js';
import { gatePassed, gateSummary, summarize } from './gate.js';
import type { HistoryBackend } from './history/backend.js';
import type { HistoryEntry, Provenance } from './history/entry.js';
import { benchSettingsSchema } from './config/schema.js';
import { SCHEMA_VERSION, eraOf, type BenchResult, type RunResult, type ServerInfo } from './model.js';
import type { BootedServer } from './target/boot.js';
import { launchServer } from './target/launch.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import { maskSecrets } from './config/secrets.js';
import { boundDepth } from './wire/bounded-json.js';
import { Transcript } from './wire/transcript.js';
import type * as RunStages from './run-stages.js';
import type * as HistoryStage from './history/run-stage.js';

/**
 * The boot, the conformance suite and the reports, imported on use (run-stages.ts): a run imports them once it has
 * started its server (launchServer), which starts up while they load.
 */
function loadStages(): Promise<typeof RunStages> {
  return import('./run-stages.js');
}

/** The history store and comparison, imported only by a run that has a history (history/run-stage.ts). */
function loadHistoryStage(): Promise<typeof HistoryStage> {
  return import('./history/run-stage.js');
}

/** Flow snapshots live beside the flows, relative to the working directory (the repository root in CI). */
const SNAPSHOT_DIR = '.mcp-ci/snapshots';

export interface RunOptions {
  emit?: EmitEvent;
  /** The history this run is compared with and added to; by default the local file at `config.historyPath`. */
  history?: HistoryBackend;
  /** Where this run comes from; by default read from the GitHub Actions variables or git. */
  provenance?: Provenance;
}

/** The history as the run uses it: the backend, this run's provenance and the earlier runs. */
interface HistoryContext {
  backend: HistoryBackend;
  provenance: Provenance;
  previous: HistoryEntry[];
}

export async function run(config: Config, options: RunOptions = {}): Promise<RunResult> {
  const emit = options.emit ?? (() => {});
  // Check ids need the catalogue: only a run that lists some waits for it before its server starts.
  if (config.expectedFailures.length > 0 || config.skipChecks.length > 0) (await loadStages()).validateCheckIds(config);
  const transcript = new Transcript();
  const startedAt = new Date().toISOString();
  const history = openHistory(config, options, startedAt);
  // Awaited inside runSuites (a damaged history is a configuration error reported like any other); a run that
  // ends before that never sees the rejection.
  history.catch(() => undefined);
  // A promise of ours that fails with nobody awaiting it would end the process before any report is written: for
  // the length of the run it is caught here and turned into an internal error, reported with what was measured.
  const stray: unknown[] = [];
  const onStray = (reason: unknown) => stray.push(reason);
  process.on('unhandledRejection', onStray);
  let result: RunResult;
  let target: BootedServer | undefined;
  try {
    const suites = await runSuites(config, emit, transcript, startedAt, history);
    target = suites.target;
    if (stray.length > 0 && (suites.result.outcome === 'passed' || suites.result.outcome === 'failed')) {
      suites.result.outcome = 'internal-error';
      suites.result.error = describeError(stray[0]);
    }
    // Every consumer (files, console, GitHub) sees the result with secrets masked, so none can leak one, and
    // bounded in depth (server capabilities and evidence are the server's data), so none can overflow the stack.
    result = maskResult(boundDepth(suites.result), config.secrets);
    await compareWithHistory(result, config, await history.catch(() => undefined));
    await writeOutputs(result, config, transcript, target);
  } finally {
    process.off('unhandledRejection', onStray);
  }
  emit({ type: 'run:done', result });
  return result;
}

function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

async function runSuites(
  config: Config,
  emit: EmitEvent,
  transcript: Transcript,
  startedAt: string,
  history: Promise<HistoryContext | undefined>,
): Promise<{ result: RunResult; target?: BootedServer }> {
  const started = performance.now();
  const result: RunResult = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    ...(config.commentId !== 'default' && { leg: config.commentId }),
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
  let target: BootedServer | undefined;
  try {
    // Flow files and the baseline are read before the boot, so a typo is reported even when the server never
    // comes up.
    const flowFiles = await loadFlowFiles(config.flows, process.cwd());
    const baseline = config.bench && config.baselinePath ? await readBaseline(config.baselinePath) : undefined;
    result.flows = loadErrorResults(flowFiles.errors);
    if (flowFiles.errors.length > 0 && flowFiles.flows.length === 0 && !config.conformance && !config.bench) {
      result.outcome = 'config-error';
      result.error = flowFiles.errors.map(formatLoadError).join('\n');
      return { result };
    }
    const launched = launchServer(config);
    const {
      bootTarget,
      BootError,
      suiteSessions,
      runConformance,
      quickLeftOut,
      toServerInterface,
      takeInventory,
      listAll,
    } = await loadStages().catch(async (error: unknown) => {
      await launched?.stop();
      throw error;
    });
    try {
      target = await bootTarget(config, transcript, emit, launched);
    } catch (error) {
      if (!(error instanceof BootError)) throw error;
      result.boot = error.boot;
      result.outcome = 'boot-error';
      return { result };
    }
    result.boot = target.boot;
    result.server = serverInfo(target);
    emit({ type: 'boot:done', boot: target.boot, server: result.server });

    result.phases = {};
    let phaseStarted = performance.now();
    const phaseMs = () => Math.round(performance.now() - phaseStarted);
    if (config.conformance) {
      const conformance = await runConformance(target, config, emit);
      result.phases.conformanceMs = phaseMs();
      result.checks = conformance.checks;
      if (config.quick) result.quick = { leftOut: quickLeftOut(conformance.checks) };
      result.server.acceptedVersions = conformance.acceptedVersions;
      if (conformance.inventory)
        result.interface = toServerInterface(conformance.inventory, target.main.serverCapabilities);
    }
    // Flows and benchmarks speak the newest version the server speaks, unless the user pinned one.
    const suites =
      flowFiles.flows.length > 0 || (config.bench && !target.boot.handshakeError)
        ? await suiteSessions(target, config, result.server.acceptedVersions)
        : undefined;
    const spoken = suites && { protocolVersion: suites.protocolVersion, era: eraOf(suites.protocolVersion) };
    if (suites && flowFiles.flows.length > 0) {
      phaseStarted = performance.now();
      const { runFlows } = await import('./flows/runner.js');
      const flows = await runFlows(flowFiles.flows, {
        connect: suites.connect,
        emit,
        timeoutMs: config.requestTimeoutMs,
        updateSnapshots: config.updateSnapshots,
        snapshotDir: SNAPSHOT_DIR,
        env: process.env,
      });
      result.flows.push(...flows.map((flow) => ({ ...flow, ...spoken })));
      result.phases.flowsMs = phaseMs();
    }
    const historyContext = await history;
    if (historyContext && !result.interface && !target.boot.handshakeError)
      result.interface = toServerInterface(await takeInventory(target.main), target.main.serverCapabilities);
    // Nothing can be measured through a session whose handshake failed; the conformance checks said why.
    if (suites && config.bench && !target.boot.handshakeError) {
      phaseStarted = performance.now();
      // Without a baseline file, the history is the baseline: the median of the last comparable runs.
      const historyBaseline =
        historyContext &&
        (await loadHistoryStage()).latencyBaseline(
          { transport: result.target.transport, toolVersion: TOOL_VERSION },
          historyContext.previous,
        );
      const main = await suites.main();
      const tools = main.serverCapabilities.tools ? await listAll(main, 'tools/list', 'tools') : [];
      const { runBench } = await import('./bench/runner.js');
      const bench = await runBench({
        main,
        connect: suites.connect,
        settings: config.bench,
        serverCapabilities: main.serverCapabilities,
        toolNames: tools.map((tool) => String(tool.name)),
        emit,
        ...(baseline ? { baseline } : historyBaseline?.length ? { baseline: historyBaseline } : {}),
      }).finally(() => suites.close());
      result.bench = bench.map((figure) => ({ ...figure, ...spoken }));
      result.phases.benchMs = phaseMs();
    }
    return { result, target };
  } catch (error) {
    if (error instanceof ConfigError) {
      // A mistake found only once the server answered (e.g. a benchmarked tool it does not have): what was
      // measured so far is still reported.
      result.outcome = 'config-error';
      result.error = error.message;
      return { result, target };
    }
    result.outcome = 'internal-error';
    result.error = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { result, target };
  } finally {
    await target?.close();
    finish(result, config, started, target);
  }
}

function finish(result: RunResult, config: Config, started: number, target: BootedServer | undefined): void {
  result.durationMs = Math.round(performance.now() - started);
  result.summary = summarize(result);
  const anythingFailed = result.summary.fail > 0 || !result.boot.ok;
  if (anythingFailed && target && !result.boot.stderrTail) {
    const tail = target.stderrTail(30);
    if (tail) result.boot.stderrTail = tail;
  }
  result.outcome ??= gatePassed(result.summary, config.strict) ? 'passed' : 'failed';
}

async function writeOutputs(
  result: RunResult,
  config: Config,
  transcript: Transcript,
  target: BootedServer | undefined,
): Promise<void> {
  await mkdir(config.outDir, { recursive: true });
  const stderr = target?.stderrText() ?? result.boot.stderrTail ?? '';
  // Each file on its own: one that cannot be written (a transcript too large to hold) must not cost the others.
  const write = async (name: string, content: () => unknown): Promise<string | undefined> => {
    try {
      const text = await content();
      if (typeof text === 'string') await writeFile(join(config.outDir, name), text);
      return undefined;
    } catch (error) {
      return `${name}: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  const { writeReports } = await loadStages();
  const benchJson = result.bench.length > 0 ? (await import('./bench/bench-json.js')).benchJson : undefined;
  const reports = () => writeReports(result, config.outDir, { strict: config.strict, commentId: config.commentId });
  const failed = (
    await Promise.all([
      // Streamed entry by entry: a transcript of large answers does not fit in one string.
      write('transcript.jsonl', () => transcript.writeJsonl(join(config.outDir, 'transcript.jsonl'), config.secrets)),
      write('server-stderr.log', () => maskSecrets(stderr, config.secrets)),
      ...(benchJson ? [write('bench.json', () => benchJson(result.bench))] : []),
    ])
  ).filter((f): f is string => f !== undefined);
  if (failed.length > 0) {
    result.outcome = 'internal-error';
    result.error = `mcp-ci could not write ${failed.join('; ')}`;
  }
  // The result and the reports last, so they carry an internal error found while writing the rest.
  const last = (
    await Promise.all([write('results.json', () => JSON.stringify(result, null, 2) + '\n'), write('reports', reports)])
  ).filter((f): f is string => f !== undefined);
  if (last.length > 0) throw new Error(`mcp-ci could not write its reports: ${last.join('; ')}`);
}

/** The benchmark results of an earlier run's results.json. */
async function readBaseline(path: string): Promise<BenchResult[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`baseline: cannot read ${path} as results.json (${(error as Error).message})`, 'baseline');
  }
  const bench = (parsed as Partial<RunResult>).bench;
  if (!Array.isArray(bench))
    throw new ConfigError(`baseline: ${path} has no bench results to compare with`, 'baseline');
  return bench;
}

/** The history backend and this run's place in it; a history that cannot be used is a configuration error. */
async function openHistory(config: Config, options: RunOptions, date: string): Promise<HistoryContext | undefined> {
  // A quick run judges a part of the catalogue: compared with full runs, every check it leaves out would look new.
  if ((!options.history && config.historyPath === undefined) || config.quick) return undefined;
  try {
    const { openLocalHistory, detectProvenance } = await loadHistoryStage();
    const [backend, provenance] = await Promise.all([
      options.history ?? openLocalHistory(config.historyPath!),
      options.provenance ?? detectProvenance({ env: process.env, cwd: process.cwd(), date, leg: config.commentId }),
    ]);
    const previous = await backend.previous(
      { target: describeTargetForResult(config), provenance },
      config.historyWindow,
    );
    return { backend, provenance, previous };
  } catch (error) {
    if (error instanceof (await loadHistoryStage()).HistoryStoreError)
      throw new ConfigError(`history: ${error.message}`, 'history');
    throw error;
  }
}

/**
 * Compares a finished run with its history, lets the flaky and interface policies adjust the verdict, and adds the
 * run to the history. A run that did not get as far as judging the server (boot, configuration or internal error)
 * is neither compared nor recorded: it would make every check look new or removed next time.
 */
async function compareWithHistory(result: RunResult, config: Config, history: HistoryContext | undefined) {
  if (!history) return;
  if (!result.boot.ok || (result.outcome !== 'passed' && result.outcome !== 'failed')) {
    await history.backend.close();
    return;
  }
  const [{ toHistoryEntry, compareRuns, HistoryStoreError }, { CATALOGUE }] = await Promise.all([
    loadHistoryStage(),
    loadStages(),
  ]);
  const entry = toHistoryEntry(result, history.provenance, CATALOGUE);
  const bench = config.bench ?? benchSettingsSchema.parse({});
  result.comparison = compareRuns(entry, history.previous, {
    policy: { thresholdPct: bench['regression-threshold-pct'], minMs: bench['regression-min-ms'] },
    baseLabel: history.backend.baseLabel,
  });
  result.outcome = gatePassed(gateSummary(result, config), config.strict) ? 'passed' : 'failed';
  entry.outcome = result.outcome;
  try {
    await history.backend.record(entry, config.historyWindow);
  } catch (error) {
    if (!(error instanceof HistoryStoreError)) throw error;
    result.outcome = 'config-error';
    result.error = `history: ${error.message}`;
  }
}

export function maskResult(result: RunResult, secrets: readonly string[]): RunResult {
  return secrets.length === 0 ? result : (JSON.parse(maskSecrets(JSON.stringify(result), secrets)) as RunResult);
}

export function describeTargetForResult(config: Config): RunResult['target'] {
  const target = config.target;
  if (target.transport === 'stdio') return { transport: 'stdio', command: target.launch.commandLine };
  if (target.transport === 'memory') return { transport: 'memory', command: target.name };
  return {
    transport: target.transport,
    url: target.url,
    ...(target.launch ? { command: target.launch.commandLine } : {}),
  };
}

export function serverInfo(target: BootedServer): ServerInfo {
  const init = target.main.initializeResult;
  const info = (init.serverInfo ?? {}) as Record<string, unknown>;
  return {
    ...(typeof info.name === 'string' ? { name: info.name } : {}),
    ...(typeof info.version === 'string' ? { version: info.version } : {}),
    protocolVersion: target.main.protocolVersion,
    capabilities: target.main.serverCapabilities,
    ...(typeof init.instructions === 'string' ? { instructions: init.instructions } : {}),
  };
}
