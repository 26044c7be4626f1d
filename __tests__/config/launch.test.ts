/**
 * A Config loaded from a real mcp-ci.yml starts the real example server: the split argv, the working directory,
 * the env entries and the expanded headers are what an MCP client needs to reach it, over stdio and over HTTP.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { freePort, SHOP_SERVER } from '../helpers/config.js';

const projectRoot = process.cwd();
let root: string;
const cleanups: (() => Promise<void> | void)[] = [];

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'mcp-ci-launch-'));
  await mkdir(path.join(root, '.git'));
});
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  await rm(root, { recursive: true, force: true });
});

function newClient(): Client {
  const client = new Client({ name: 'mcp-ci-config-test', version: '0.0.0' });
  cleanups.push(() => client.close());
  return client;
}

describe('a Config from mcp-ci.yml', () => {
  it('launches a stdio server with its argv, cwd and env', async () => {
    await writeFile(
      path.join(root, 'mcp-ci.yml'),
      [
        `stdio: node "$SERVER_DIR/shop-server.mjs"`,
        `cwd: ${JSON.stringify(projectRoot)}`,
        'env:',
        '  SERVER_DIR: .build/examples',
        '',
      ].join('\n'),
    );
    const config = await loadConfig({ overrides: {}, overridesFrom: 'flags', env: process.env, cwd: root });
    if (config.target.transport !== 'stdio') throw new Error('expected a stdio target');
    const launch = config.target.launch;
    expect(launch.argv).toEqual(['node', '.build/examples/shop-server.mjs']);
    expect(launch.cwd).toBe(projectRoot);

    const [command, ...args] = launch.argv;
    const transport = new StdioClientTransport({
      command: command!,
      args,
      cwd: launch.cwd!,
      env: { ...(process.env as Record<string, string>), ...launch.env },
      stderr: 'pipe',
    });
    const client = newClient();
    await client.connect(transport);
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toContain('check_inventory');
  });

  it('starts an HTTP server with --start and reaches it with the expanded headers', async () => {
    const port = await freePort();
    await writeFile(
      path.join(root, 'mcp-ci.yml'),
      [
        `url: http://127.0.0.1:${port}/mcp`,
        `start: node ${path.join(projectRoot, SHOP_SERVER)} --http $PORT`,
        'env:',
        `  PORT: ${port}`,
        'headers:',
        '  Authorization: Bearer ${API_TOKEN}',
        '',
      ].join('\n'),
    );
    const config = await loadConfig({
      overrides: {},
      overridesFrom: 'inputs',
      env: { ...process.env, API_TOKEN: 'token-for-the-test' },
      cwd: root,
    });
    if (config.target.transport !== 'http') throw new Error('expected an HTTP target');
    const { url, headers, launch } = config.target;
    expect(headers).toEqual({ Authorization: 'Bearer token-for-the-test' });
    expect(config.secrets).toEqual(expect.arrayContaining(['token-for-the-test', 'Bearer token-for-the-test']));
    expect(launch?.argv.at(-1)).toBe(String(port));

    const [command, ...args] = launch!.argv;
    const server = spawn(command!, args, {
      cwd: launch!.cwd,
      env: { ...process.env, ...launch!.env },
      stdio: 'ignore',
      detached: true,
    });
    cleanups.push(() => {
      if (server.exitCode === null && server.pid !== undefined) process.kill(-server.pid, 'SIGKILL');
    });

    // Readiness is the handshake succeeding; bounded so a broken server fails the test instead of hanging it.
    let client: Client | undefined;
    for (let attempt = 0; attempt < 100 && client === undefined; attempt++) {
      const candidate = new Client({ name: 'mcp-ci-config-test', version: '0.0.0' });
      try {
        await candidate.connect(new StreamableHTTPClientTransport(new URL(url), { requestInit: { headers } }));
        client = candidate;
      } catch {
        await sleep(100);
      }
    }
    expect(client, 'the started server answered initialize within 10 s').toBeDefined();
    cleanups.push(() => client!.close());
    const { tools } = await client!.listTools();
    expect(tools.map((tool) => tool.name)).toContain('create_order');
  });
});
