/**
 * `run()`: the engine every front end shares (CLI, GitHub Action, later an MCP server and a test-framework API).
 * Orchestration only: boot, suites, results, reports. It never prints and never exits; it emits progress
 * events and returns the RunResult, with every report already written to the output folder.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from './config/config.js';
import { runConformance } from './checks/engine.js';
import { validateCheckIds } from './checks/policy.js';
import type { EmitEvent } from './events.js';
import { gatePassed, summarize } from './gate.js';
import { SCHEMA_VERSION, type RunResult, type ServerInfo } from './model.js';
import { BootError, bootTarget, type BootedServer } from './target/boot.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';
import { writeReports } from './report/write.js';
import { maskSecrets, Transcript } from './wire/transcript.js';

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

    if (config.conformance) {
      const conformance = await runConformance(target, config, emit);
      result.checks = conformance.checks;
      result.server.acceptedVersions = conformance.acceptedVersions;
    }
    return { result, target };
  } catch (error) {
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
  ]);
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
