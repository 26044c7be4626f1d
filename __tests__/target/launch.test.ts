import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { bootTarget } from '../../src/target/boot.js';
import { launchServer } from '../../src/target/launch.js';
import { Transcript } from '../../src/wire/transcript.js';
import { testConfig } from '../helpers/config.js';
import { shopHttp, shopStdio } from '../helpers/conformance.js';

describe('launching the server before the boot is loaded', () => {
  it.each([
    ['stdio', shopStdio],
    ['http', shopHttp],
  ] as const)('the boot takes over the process launchServer started (%s)', async (_transport, target) => {
    const config = testConfig(await target());
    const launched = launchServer(config)!;
    expect(launched.child.pid).toBeGreaterThan(0);
    const booted = await bootTarget(config, new Transcript(), () => {}, launched);
    try {
      expect(booted.boot.ok).toBe(true);
      expect((await booted.main.request('ping', undefined)).ok).toBe(true);
      expect(launched.exit).toBeUndefined();
    } finally {
      await booted.close();
    }
    // Closing the target stopped the process it took over: a boot that had started a server of its own would have
    // left this one running.
    await Promise.race([launched.exited, sleep(5_000)]);
    const stoppedByClose = launched.exit !== undefined;
    if (!stoppedByClose) await launched.stop();
    expect(stoppedByClose).toBe(true);
  });

  it('starts nothing for a server mcp-ci does not launch', async () => {
    const { url } = (await shopHttp()) as { url: string };
    expect(launchServer(testConfig({ transport: 'http', url, headers: {} }))).toBeUndefined();
  });
});
