/**
 * What the benchmark scripts need from mcp-ci, through its real entry points: the config resolved from settings
 * as a user would write them, the target booted as `mcp-ci run` boots it, and the benchmark runner.
 */
import { runBench } from '../src/bench/runner.js';
import { resolveConfig } from '../src/config/load.js';
import { benchSettingsSchema, type SettingsInput } from '../src/config/schema.js';
import type { BenchResult } from '../src/model.js';
import { bootTarget, type BootedServer } from '../src/target/boot.js';
import { Transcript } from '../src/wire/transcript.js';

export { OperationMeter } from '../src/bench/measure.js';
export { summarize } from '../src/bench/stats.js';

export interface BenchSession {
  server: BootedServer;
  toolNames: string[];
  /** Runs the benchmark with these `bench:` settings, compared with `baseline` when given. */
  bench(settings: NonNullable<SettingsInput['bench']>, baseline?: BenchResult[]): Promise<BenchResult[]>;
  close(): Promise<void>;
}

/** Boots the stdio server started by `commandLine` (split like a shell would, never run through one). */
export async function openBenchSession(commandLine: string): Promise<BenchSession> {
  const config = resolveConfig({
    overrides: { stdio: commandLine },
    overridesFrom: 'flags',
    env: process.env,
    cwd: process.cwd(),
  });
  const server = await bootTarget(config, new Transcript(), () => {});
  const listed = await server.main.request('tools/list');
  const tools = listed.ok && Array.isArray(listed.result.tools) ? (listed.result.tools as { name: string }[]) : [];
  const toolNames = tools.map((tool) => tool.name);
  return {
    server,
    toolNames,
    bench: (settings, baseline) =>
      runBench({
        main: server.main,
        connect: (options) => server.connect(options),
        settings: benchSettingsSchema.parse(settings),
        serverCapabilities: server.main.serverCapabilities,
        toolNames,
        emit: () => {},
        baseline,
      }),
    close: () => server.close(),
  };
}
