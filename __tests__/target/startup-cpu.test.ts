import { describe, expect, it } from 'vitest';
import type { TargetConfig } from '../../src/config/config.js';
import { bootTarget } from '../../src/target/boot.js';
import { cpuTicksOf, startsOnCpu } from '../../src/target/startup-cpu.js';
import { Transcript } from '../../src/wire/transcript.js';
import { FAULTY_SERVER, launch, testConfig } from '../helpers/config.js';

const onLinux = process.platform === 'linux';

/**
 * The shop behind a slow start-up, spent idle or computing. Loading node and the shop takes about 0.3 s of CPU
 * whatever the delay: a 3 s wait keeps that well under a quarter of the boot.
 */
function slowStart(busy: boolean, delayMs: number): TargetConfig {
  return {
    transport: 'stdio',
    launch: launch(['node', '__tests__/fixtures/boot/slow-start.mjs'], {
      SLOW_START_SERVER: FAULTY_SERVER,
      START_DELAY_MS: String(delayMs),
      START_BUSY: busy ? '1' : '0',
    }),
  };
}

describe('whether starting the server is CPU work', () => {
  it('reads the CPU times of a /proc stat line whose command name holds spaces and parentheses', () => {
    const stat = '4242 (node (my server)) S 1 4242 4242 0 -1 4194560 100 0 0 0 150 30 7 3 20 0 11 0 9 0';
    expect(cpuTicksOf(stat)).toBe(150 + 30 + 7 + 3);
    expect(() => cpuTicksOf('4242 (cut short) S 1')).toThrow(/not a \/proc stat line/);
  });

  it.runIf(onLinux)('compares the CPU time of a process tree with its boot time', () => {
    // This test's own process has computed for longer than a millisecond, and for less than a day.
    expect(startsOnCpu(process.pid, 1)).toBe(true);
    expect(startsOnCpu(process.pid, 86_400_000)).toBe(false);
    expect(startsOnCpu(undefined, 100)).toBeUndefined();
  });

  it.runIf(onLinux).each([
    [false, 'waits', 3_000],
    [true, 'computes', 1_000],
  ])('is %s after the boot of a server that %s while it starts', async (busy, _what, delayMs) => {
    const config = testConfig(slowStart(busy, delayMs), { bootTimeoutMs: 20_000 });
    const booted = await bootTarget(config, new Transcript(), () => {});
    try {
      expect(booted.boot.ms).toBeGreaterThanOrEqual(delayMs);
      expect(booted.startsOnCpu).toBe(busy);
    } finally {
      await booted.close();
    }
  });
});
