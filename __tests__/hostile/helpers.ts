/**
 * Runs mcp-ci against a fixture of __tests__/fixtures/hostile/ and reads back what a user would get: the exit code,
 * the parsed reports, and whether any process of the fixture outlived the run. A run that made Node print a warning
 * on the console (a leak warning when a server holds many streams open) fails, as a report that does not parse does.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'junit2json';
import type { Config } from '../../src/config/config.js';
import { EXIT_CODES, type CheckResult, type RunResult } from '../../src/model.js';
import { run } from '../../src/run.js';
import { freePort, launch, stdioTarget, testConfig } from '../helpers/config.js';
import { warningsDuring } from '../helpers/warnings.js';

export const fixture = (name: string) => `__tests__/fixtures/hostile/${name}`;

export interface HostileRun {
  result: RunResult;
  exitCode: number;
  written: RunResult;
  check: (id: string) => CheckResult | undefined;
  /** Processes whose command line names the fixture, still running after the run. */
  survivors: number[];
}

export async function runStdioFixture(name: string, overrides: Partial<Config> = {}): Promise<HostileRun> {
  return runConfig(testConfig(stdioTarget(['node', fixture(name)]), overrides), fixture(name));
}

export async function runHttpFixture(name: string, overrides: Partial<Config> = {}): Promise<HostileRun> {
  const port = await freePort();
  const target = {
    transport: 'http' as const,
    url: `http://127.0.0.1:${port}/mcp`,
    launch: launch(['node', fixture(name), String(port)]),
    headers: {},
  };
  return runConfig(testConfig(target, overrides), fixture(name));
}

/** A run with any configuration; `serverPath` names the server's file, for the processes that outlive the run. */
export async function runConfig(config: Config, serverPath: string): Promise<HostileRun> {
  const { value: result, warnings } = await warningsDuring(() => run(config));
  const written = JSON.parse(readFileSync(join(config.outDir, 'results.json'), 'utf8')) as RunResult;
  // Every report is present and parses.
  const junit = await parse(readFileSync(join(config.outDir, 'junit.xml'), 'utf8'));
  if (!junit) throw new Error('junit.xml did not parse');
  if (readFileSync(join(config.outDir, 'report.md'), 'utf8').trim() === '') throw new Error('report.md is empty');
  if (warnings.length) throw new Error(`Node printed warnings on the console:\n${warnings.join('\n')}`);
  return {
    result,
    exitCode: EXIT_CODES[result.outcome ?? 'internal-error'],
    written,
    check: (id) =>
      result.checks.find((c) => c.id === id && c.status === 'fail') ?? result.checks.find((c) => c.id === id),
    survivors: processesNaming(serverPath),
  };
}

function processesNaming(path: string): number[] {
  const found: number[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      if (command.includes(path)) found.push(Number(pid));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}
