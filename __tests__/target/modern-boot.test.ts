import { describe, expect, it } from 'vitest';
import { bootTarget } from '../../src/target/boot.js';
import { Transcript } from '../../src/wire/transcript.js';
import { testConfig } from '../helpers/config.js';
import { modernHttp, modernStdio } from '../helpers/conformance.js';
import type { TargetConfig } from '../../src/config/config.js';
import type { Config } from '../../src/config/config.js';

async function boot(target: TargetConfig, overrides: Partial<Config> = {}) {
  const booted = await bootTarget(testConfig(target, overrides), new Transcript(), () => {});
  try {
    return { boot: booted.boot, version: booted.main.protocolVersion };
  } finally {
    await booted.close();
  }
}

describe('booting a 2026-07-28 server', () => {
  it.each(['stdio', 'http'] as const)(
    'a server that speaks only 2026-07-28 is ready once server/discover answers (%s), and its initialize answer is reported',
    async (transport) => {
      const target = transport === 'stdio' ? modernStdio({ modernOnly: true }) : await modernHttp({ modernOnly: true });
      const { boot: info, version } = await boot(target);
      expect(version).toBe('2026-07-28');
      expect(info).toMatchObject({ ok: true, readiness: 'server/discover' });
      expect(info.initializeAnswer).toMatch(/-32022.*Unsupported protocol version/);
    },
  );

  it('a server that speaks both is booted with initialize, or with server/discover when 2026-07-28 is asked for', async () => {
    expect(await boot(modernStdio())).toMatchObject({ version: '2025-11-25', boot: { readiness: 'initialize' } });
    expect(await boot(await modernHttp(), { protocolVersion: '2026-07-28' })).toMatchObject({
      version: '2026-07-28',
      boot: { readiness: 'server/discover' },
    });
  });

  it('a server that answers neither readiness probe says what each got', async () => {
    await expect(boot(modernStdio({ modernOnly: true, fault: 'discover-refused' }))).rejects.toThrow(
      /answered neither readiness probe: initialize \(2025-11-25\) got .*-32022.*; server\/discover \(2026-07-28\) got error -32601: Method not found/,
    );
  });
});
