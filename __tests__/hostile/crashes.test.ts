import { describe, expect, it } from 'vitest';
import { runHttpFixture, runStdioFixture } from './helpers.js';

describe('a server that crashes or falls silent mid-run', () => {
  it('over stdio: the crash fails the run with its exit code and stderr tail', async () => {
    const run = await runStdioFixture('crash-mid-run.mjs');
    expect(run.result.boot.ok).toBe(true);
    expect(run.exitCode).toBe(1);
    const crash = run.check('lifecycle-no-unexpected-exit');
    expect(crash?.status).toBe('fail');
    expect(crash?.message).toMatch(/exited with code 1/);
    expect(JSON.stringify(crash?.evidence)).toContain('segmentation fault');
    expect(run.survivors).toEqual([]);
  }, 120_000);

  it('over HTTP: a server that dies mid-run gets a complete report and the crash is a finding', async () => {
    const run = await runHttpFixture('http-dies-mid-run.mjs', { requestTimeoutMs: 2_000 });
    expect(run.exitCode).toBe(1);
    const crash = run.check('lifecycle-no-unexpected-exit');
    expect(crash?.status).toBe('fail');
    expect(JSON.stringify(crash?.evidence)).toContain('connection pool exhausted');
    expect(run.survivors).toEqual([]);
  });

  it('over HTTP: a server silent after initialize gets a complete report, its silence judged', async () => {
    const run = await runHttpFixture('http-silent-after-initialize.mjs', { requestTimeoutMs: 1_000 });
    expect(run.result.outcome).toBe('failed');
    expect(run.exitCode).toBe(1);
    expect(run.result.checks.some((c) => c.status === 'fail' && /no response/.test(c.message))).toBe(true);
    expect(run.survivors).toEqual([]);
  });
});
