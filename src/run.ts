/**
 * `run()`: the engine every front end shares (CLI, GitHub Action, later an MCP server and a test-framework API).
 * Orchestration only: boot, suites, results, reports. It never prints and never exits; it emits progress
 * events and returns the RunResult, with every report already written to the output folder.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from './config/config.js';
import { benchJson } from './bench/bench-json.js';
import { runBench } from './bench/runner.js';
import { runConformance } from './checks/engine.js';
import { listAll } from './checks/inventory.js';
import { ConfigError } from './config/errors.js';
import { validateCheckIds } from './checks/policy.js';
import type { EmitEvent } from './events.js';
import { gatePassed, summarize } from './gate.js';
import { SCHEMA_VERSION, type BenchResult, type RunResult, type ServerInfo } from './model.js';
import { BootError, bootTarget, type BootedServer } from './target/boot.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import { formatLoadError, loadErrorResults, loadFlowFiles, runFlows } from './flows/index.js';
import { writeReports } from './report/write.js';
import { maskSecrets } from './config/secrets.js';
import { boundDepth } from './wire/bounded-json.js';
import { Transcript } from './wire/transcript.js';

/** Flow snapshots live beside the flows, relative to the working directory (the repository root in CI). */
const SNAPSHOT_DIR = '.mcp-ci/snapshots';

export interface RunOptions {
  emit?: EmitEvent;
}

export async function run(config: Config, options: RunOptions = {}): Promise<RunResult> {
  const emit = options.emit ?? (() => {});
  validateCheckIds(config);
  const transcript = new Transcript();
  // A promise of ours that fails with nobody awaiting it would end the process before any report is written: for
  // the length of the run it is caught here and turned into an internal error, reported with what was measured.
  const stray: unknown[] = [];
  const onStray = (reason: unknown) => stray.push(reason);
  process.on('unhandledRejection', onStray);
  let result: RunResult;
  let target: BootedServer | undefined;
  try {
    const suites = await runSuites(config, emit, transcript);
    target = suites.target;
    if (stray.length > 0 && (suites.result.outcome === 'passed' || suites.result.outcome === 'failed')) {
      suites.result.outcome = 'internal-error';
      suites.result.error = describeError(stray[0]);
    }
    // Every consumer (files, console, GitHub) sees the result with secrets masked, so none can leak one, and
    // bounded in depth (server capabilities and evidence are the server's data), so none can overflow the stack.
    result = maskResult(boundDepth(suites.result), config.secrets);
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
): Promise<{ result: RunResult; target?: BootedServer }> {
  const started = performance.now();
  const result: RunResult = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    target: describeTargetForResult(config),
    server: {},
    boot: { ok: false, ms: 0 },
    checks: [],
    flows: [],
    bench: [],
    summary: { pass: 0, fail: 0, warn: 0, skip: 0 },
    startedAt: new Date().toISOString(),
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
    try {
      target = await bootTarget(config, transcript, emit);
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
      result.server.acceptedVersions = conformance.acceptedVersions;
    }
    const booted = target;
    if (flowFiles.flows.length > 0) {
      phaseStarted = performance.now();
      result.flows.push(
        ...(await runFlows(flowFiles.flows, {
          connect: (options) => booted.connect({ label: options?.label }),
          emit,
          timeoutMs: config.requestTimeoutMs,
          updateSnapshots: config.updateSnapshots,
          snapshotDir: SNAPSHOT_DIR,
          env: process.env,
        })),
      );
      result.phases.flowsMs = phaseMs();
    }
    // Nothing can be measured through a session whose handshake failed; the conformance checks said why.
    if (config.bench && !target.boot.handshakeError) {
      phaseStarted = performance.now();
      const tools = target.main.serverCapabilities.tools ? await listAll(target.main, 'tools/list', 'tools') : [];
      result.bench = await runBench({
        main: target.main,
        connect: (options) => booted.connect({ label: options?.label }),
        settings: config.bench,
        serverCapabilities: target.main.serverCapabilities,
        toolNames: tools.map((tool) => String(tool.name)),
        emit,
        ...(baseline ? { baseline } : {}),
      });
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
  const reports = () => writeReports(result, config.outDir, { strict: config.strict, commentId: config.commentId });
  const failed = (
    await Promise.all([
      // Streamed entry by entry: a transcript of large answers does not fit in one string.
      write('transcript.jsonl', () => transcript.writeJsonl(join(config.outDir, 'transcript.jsonl'), config.secrets)),
      write('server-stderr.log', () => maskSecrets(stderr, config.secrets)),
      ...(result.bench.length > 0 ? [write('bench.json', () => benchJson(result.bench))] : []),
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

function maskResult(result: RunResult, secrets: readonly string[]): RunResult {
  return secrets.length === 0 ? result : (JSON.parse(maskSecrets(JSON.stringify(result), secrets)) as RunResult);
}

function describeTargetForResult(config: Config): RunResult['target'] {
  const target = config.target;
  if (target.transport === 'stdio') return { transport: 'stdio', command: target.launch.commandLine };
  return {
    transport: target.transport,
    url: target.url,
    ...(target.launch ? { command: target.launch.commandLine } : {}),
  };
}

function serverInfo(target: BootedServer): ServerInfo {
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
