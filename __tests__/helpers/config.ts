/** Builds a validated Config for tests without going through flags or files. */
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config, LaunchCommand, TargetConfig } from '../../src/config/config.js';

export const EVERYTHING = 'node_modules/@modelcontextprotocol/server-everything/dist/index.js';
export const SHOP_SERVER = '.build/examples/shop-server.mjs';
export const FAULTY_SERVER = '.build/fixtures/faulty-server.mjs';
export const MODERN_SERVER = '.build/fixtures/modern-server.mjs';

export function launch(argv: string[], env: Record<string, string> = {}): LaunchCommand {
  return { commandLine: argv.join(' '), argv, env };
}

export function stdioTarget(argv: string[], env: Record<string, string> = {}): TargetConfig {
  return { transport: 'stdio', launch: launch(argv, env) };
}

export function testConfig(target: TargetConfig, overrides: Partial<Config> = {}): Config {
  return {
    target,
    outDir: mkdtempSync(join(tmpdir(), 'mcp-ci-test-')),
    bootTimeoutMs: 10_000,
    requestTimeoutMs: 5_000,
    conformance: true,
    quick: false,
    callTools: 'read-only',
    tools: [],
    toolBudgetMs: 500,
    strict: false,
    expectedFailures: [],
    skipChecks: [],
    flows: [],
    updateSnapshots: false,
    historyWindow: 30,
    flaky: 'warn',
    interfaceChanges: 'report',
    comment: 'off',
    commentId: 'default',
    quiet: true,
    verbose: false,
    secrets: [],
    ...overrides,
  };
}

/** An ephemeral loopback port that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
