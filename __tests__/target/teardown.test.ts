import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { stdioTarget, testConfig } from '../helpers/config.js';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Waits (bounded) until none of the pids runs; returns the ones still running. */
async function survivors(pids: number[], withinMs = 3_000): Promise<number[]> {
  const deadline = Date.now() + withinMs;
  let alive = pids.filter(isRunning);
  while (alive.length && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    alive = alive.filter(isRunning);
  }
  return alive;
}

function pidsIn(stderrTail: string): number[] {
  return [...stderrTail.matchAll(/(?:pid|child) (\d+)/g)].map((m) => Number(m[1]));
}

describe('teardown', () => {
  it('ends a server that ignores SIGTERM and stdin EOF', async () => {
    const config = testConfig(stdioTarget(['node', '__tests__/fixtures/boot/ignores-sigterm.mjs']), {
      conformance: false,
    });
    const { readFile } = await import('node:fs/promises');
    const result = await run(config);
    expect(result.boot.ok).toBe(true);
    const log = await readFile(`${config.outDir}/server-stderr.log`, 'utf8');
    const pids = pidsIn(log);
    expect(pids).toHaveLength(1);
    expect(await survivors(pids)).toEqual([]);
  });

  it('ends the children a server spawned, through its process group', async () => {
    const config = testConfig(stdioTarget(['node', '__tests__/fixtures/boot/spawns-child.mjs']), {
      conformance: false,
    });
    const { readFile } = await import('node:fs/promises');
    const result = await run(config);
    expect(result.boot.ok).toBe(true);
    const pids = pidsIn(await readFile(`${config.outDir}/server-stderr.log`, 'utf8'));
    expect(pids).toHaveLength(2);
    expect(await survivors(pids)).toEqual([]);
  });
});
