import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bootTarget, type BootedServer } from '../../src/target/boot.js';
import { Transcript } from '../../src/wire/transcript.js';
import { EVERYTHING, freePort, launch, SHOP_SERVER, stdioTarget, testConfig } from '../helpers/config.js';

let target: BootedServer | undefined;
afterEach(async () => {
  await target?.close();
  target = undefined;
});

describe('bootTarget', () => {
  it('boots server-everything over stdio and lists its tools', async () => {
    const transcript = new Transcript();
    target = await bootTarget(testConfig(stdioTarget(['node', EVERYTHING, 'stdio'])), transcript, () => {});
    expect(target.boot.ok).toBe(true);
    expect(target.main.protocolVersion).toBe('2025-11-25');
    const listed = await target.main.request('tools/list');
    expect(listed.ok && Array.isArray(listed.result.tools)).toBe(true);
    const raw = await target.openRaw();
    const ping = await raw.request('ping');
    expect(ping.response?.result).toEqual({});
    expect(transcript.entries().length).toBeGreaterThan(4);
  });

  it('waits up to the boot timeout, not the request timeout, for a server that is slow to start', async () => {
    const slowStart = `setTimeout(() => import(${JSON.stringify(resolve(SHOP_SERVER))}), 800)`;
    const config = testConfig(stdioTarget(['node', '-e', slowStart]), { requestTimeoutMs: 200 });
    target = await bootTarget(config, new Transcript(), () => {});
    expect(target.boot.ok).toBe(true);
    expect(target.boot.ms).toBeGreaterThanOrEqual(800);
  });

  it('boots server-everything over Streamable HTTP, started by the tester', async () => {
    const port = await freePort();
    const config = testConfig({
      transport: 'http',
      url: `http://127.0.0.1:${port}/mcp`,
      launch: launch(['node', EVERYTHING, 'streamableHttp'], { PORT: String(port) }),
      headers: {},
    });
    target = await bootTarget(config, new Transcript(), () => {});
    expect(target.boot.ok).toBe(true);
    const raw = await target.openRaw();
    const ping = await raw.request('ping');
    expect(ping.response?.result).toEqual({});
    const older = await target.connect({ protocolVersion: '2025-03-26' });
    expect(older.protocolVersion).toBe('2025-03-26');
  });
});
