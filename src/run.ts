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
import { maskSecrets, Transcript } from './wire/transcript.js';

/** Flow snapshots live beside the flows, relative to the working directory (the repository root in CI). */
const SNAPSHOT_DIR = '.mcp-ci/snapshots';

export interface RunOptions {
  emit?: EmitEvent;
}

export async function run(config: Config, options: RunOptions = {}): Promise<RunResult> {
  const emit = options.emit ?? (() => {});
  validateCheckIds(config);
  const transcript = new Transcript();
  const { result: measured, target } = await runSuites(config, emit, transcript);
  // Every consumer (files, console, GitHub) sees the result with secrets masked, so none can leak one.
  const result = maskResult(measured, config.secrets);
  await writeOutputs(result, config, transcript, target);
  emit({ type: 'run:done', result });
  return result;
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
    ...(config.commentId !== 'default' && { leg: config.commentId }),
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
    if (config.bench) {
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
  await Promise.all([
    writeFile(join(config.outDir, 'results.json'), JSON.stringify(result, null, 2) + '\n'),
    writeFile(join(config.outDir, 'transcript.jsonl'), transcript.toJsonl(config.secrets)),
    writeFile(join(config.outDir, 'server-stderr.log'), maskSecrets(stderr, config.secrets)),
    writeReports(result, config.outDir, { strict: config.strict, commentId: config.commentId }),
    ...(result.bench.length > 0 ? [writeFile(join(config.outDir, 'bench.json'), benchJson(result.bench))] : []),
  ]);
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
