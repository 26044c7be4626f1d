/** Runs chosen checks against a target, for tests that prove a check fails on a broken server and passes on a correct one. */
import type { Config, TargetConfig } from '../../src/config/config.js';
import { runConformance } from '../../src/checks/engine.js';
import { CATALOGUE } from '../../src/checks/registry.js';
import type { CheckResult } from '../../src/model.js';
import { bootTarget } from '../../src/target/boot.js';
import { Transcript } from '../../src/wire/transcript.js';
import { EVERYTHING, FAULTY_SERVER, freePort, launch, MODERN_SERVER, SHOP_SERVER, testConfig } from './config.js';

export async function runChecks(
  ids: string[],
  target: TargetConfig,
  overrides: Partial<Config> = {},
): Promise<CheckResult[]> {
  const unknown = ids.filter((id) => !CATALOGUE.some((c) => c.id === id));
  if (unknown.length) throw new Error(`unknown check ids: ${unknown.join(', ')}`);
  const config = testConfig(target, overrides);
  const booted = await bootTarget(config, new Transcript(), () => {});
  try {
    const outcome = await runConformance(
      booted,
      config,
      () => {},
      CATALOGUE.filter((c) => ids.includes(c.id)),
    );
    return outcome.checks;
  } finally {
    await booted.close();
  }
}

/** The faulty fixture over stdio with the given faults switched on (none = the correct shop server). */
export function faultyStdio(...faults: string[]): TargetConfig {
  return { transport: 'stdio', launch: launch(['node', FAULTY_SERVER], { MCP_FAULTS: faults.join(',') }) };
}

/** The faulty fixture over Streamable HTTP on an ephemeral port, started by the tester. */
export async function faultyHttp(...faults: string[]): Promise<TargetConfig> {
  const port = await freePort();
  return {
    transport: 'http',
    url: `http://127.0.0.1:${port}/mcp`,
    launch: launch(['node', FAULTY_SERVER, '--http', String(port)], { MCP_FAULTS: faults.join(',') }),
    headers: {},
  };
}

/** @modelcontextprotocol/server-everything over Streamable HTTP on an ephemeral port, started by the tester. */
export async function everythingHttp(): Promise<TargetConfig> {
  const port = await freePort();
  return {
    transport: 'http',
    url: `http://127.0.0.1:${port}/mcp`,
    launch: launch(['node', EVERYTHING, 'streamableHttp'], { PORT: String(port) }),
    headers: {},
  };
}

export function shopStdio(): TargetConfig {
  return { transport: 'stdio', launch: launch(['node', SHOP_SERVER]) };
}

export async function shopHttp(): Promise<TargetConfig> {
  const port = await freePort();
  return {
    transport: 'http',
    url: `http://127.0.0.1:${port}/mcp`,
    launch: launch(['node', SHOP_SERVER, '--http', String(port)]),
    headers: {},
  };
}

/** Statuses by check id and version, for compact assertions. */
export function statuses(results: CheckResult[]): Record<string, string> {
  return Object.fromEntries(results.map((r) => [`${r.id}@${r.protocolVersion}`, r.status]));
}

export interface ModernFixtureOptions {
  /** One fault from __tests__/fixtures/modern-faults.ts. */
  fault?: string;
  /** Speak 2026-07-28 only (the SDK's `legacy: 'reject'`). */
  modernOnly?: boolean;
}

const modernArgs = (options: ModernFixtureOptions) => (options.modernOnly ? ['--modern-only'] : []);
const modernEnv = (options: ModernFixtureOptions): Record<string, string> =>
  options.fault ? { MCP_MODERN_FAULT: options.fault } : {};

/** The 2026-07-28 fixture (SDK 2.x) over stdio. */
export function modernStdio(options: ModernFixtureOptions = {}): TargetConfig {
  return {
    transport: 'stdio',
    launch: launch(['node', MODERN_SERVER, ...modernArgs(options)], modernEnv(options)),
  };
}

/** The 2026-07-28 fixture (SDK 2.x) over Streamable HTTP on an ephemeral port, started by the tester. */
export async function modernHttp(options: ModernFixtureOptions = {}): Promise<TargetConfig> {
  const port = await freePort();
  return {
    transport: 'http',
    url: `http://127.0.0.1:${port}/mcp`,
    launch: launch(['node', MODERN_SERVER, '--http', String(port), ...modernArgs(options)], modernEnv(options)),
    headers: {},
  };
}
