/**
 * `mcp-ci serve --http` as started by a user: it refuses to start without a token unless told --no-auth on loopback,
 * refuses callers without the token (401) or from a foreign Host or Origin (403), and streams a run's progress to an
 * SDK client that sends the token.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult, Progress } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunView } from '../../src/serve/run-view.js';
import { freePort } from '../helpers/config.js';
import { buildCli, makeProject, removeProject } from './helpers.js';

const TOKEN = 'serve-test-token-7f3a';
const WAIT_MS = 60_000;

let cli: string;
let project: string;
let serve: ChildProcessWithoutNullStreams;
let url: string;
let port: number;

function start(args: string[], env: Record<string, string>): ChildProcessWithoutNullStreams {
  return spawn(process.execPath, [cli, 'serve', ...args], { cwd: project, env: { ...process.env, ...env } });
}

/** The process's exit code and stderr, within the wait. */
function finished(child: ChildProcessWithoutNullStreams): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`mcp-ci serve did not exit within ${WAIT_MS} ms`));
    }, WAIT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

beforeAll(async () => {
  cli = await buildCli('http');
  project = await makeProject();
  port = await freePort();
  serve = start(['--http', `127.0.0.1:${port}`], { MCP_CI_TOKEN: TOKEN });
  url = `http://127.0.0.1:${port}/mcp`;
  let stderr = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no "listening on" within ${WAIT_MS} ms: ${stderr}`)), WAIT_MS);
    serve.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      if (stderr.includes(`listening on ${url}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
}, 120_000);

afterAll(async () => {
  serve?.kill('SIGTERM');
  await removeProject(project);
  await rm(cli, { force: true });
});

const initialize = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'guard-test', version: '0' } },
};

function post(headers: Record<string, string>) {
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
    body: JSON.stringify(initialize),
  });
}

describe('mcp-ci serve over HTTP', { timeout: 240_000 }, () => {
  it('refuses to start without a token, and --no-auth off loopback', async () => {
    const noToken = await finished(start(['--http', '0'], { MCP_CI_TOKEN: '' }));
    expect(noToken.code).toBe(2);
    expect(noToken.stderr).toMatch(/set MCP_CI_TOKEN/);
    const everywhere = await finished(start(['--http', '0.0.0.0:0', '--no-auth'], { MCP_CI_TOKEN: '' }));
    expect(everywhere.code).toBe(2);
    expect(everywhere.stderr).toMatch(/--no-auth is refused on 0\.0\.0\.0/);
  });

  it('answers 401 without the token, 403 to a foreign Host or Origin, and opens a session with the token', async () => {
    const missing = await post({});
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect((await post({ authorization: 'Bearer wrong' })).status).toBe(401);
    const authorization = `Bearer ${TOKEN}`;
    expect((await post({ authorization, origin: 'http://evil.example' })).status).toBe(403);
    // fetch sets Host from the URL; a rebinding attack sends the attacker's name, as this request does.
    const rebound = await new Promise<number>((resolve, reject) => {
      import('node:http').then(({ request }) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            path: '/mcp',
            method: 'POST',
            headers: { host: `evil.example:${port}`, authorization },
          },
          (res) => resolve(res.statusCode ?? 0),
        );
        req.on('error', reject);
        req.end(JSON.stringify(initialize));
      }, reject);
    });
    expect(rebound).toBe(403);
    const accepted = await post({ authorization, origin: `http://127.0.0.1:${port}` });
    expect(accepted.status).toBe(200);
    expect(accepted.headers.get('mcp-session-id')).toBeTruthy();
  });

  it('streams a run to a client that sends the token', async () => {
    const client = new Client({ name: 'serve-http-test', version: '0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(url), {
        requestInit: { headers: { authorization: `Bearer ${TOKEN}` } },
      }),
    );
    try {
      const seen: Progress[] = [];
      const result = (await client.callTool({ name: 'run', arguments: { suite: 'flows' } }, undefined, {
        timeout: 200_000,
        onprogress: (progress) => seen.push(progress),
      })) as CallToolResult;
      const run = result.structuredContent as RunView;
      expect(run).toMatchObject({ status: 'passed', suite: 'flows' });
      expect(seen.filter((progress) => progress.message?.startsWith('flow '))).toHaveLength(run.progress.flowSteps);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((progress, index) => index === 0 || progress.progress > seen[index - 1]!.progress)).toBe(true);
    } finally {
      await client.close();
    }
  });
});
