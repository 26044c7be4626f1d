import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/run.js';
import { freePort, stdioTarget, testConfig } from '../helpers/config.js';

function writtenResults(outDir: string) {
  return JSON.parse(readFileSync(join(outDir, 'results.json'), 'utf8'));
}

describe('boot failures end as boot-error with results.json written', () => {
  it('a command that does not exist', async () => {
    const config = testConfig(stdioTarget(['mcp-ci-no-such-server-binary']));
    const result = await run(config);
    expect(result.outcome).toBe('boot-error');
    expect(result.boot.error).toMatch(/command not found: mcp-ci-no-such-server-binary/);
    expect(writtenResults(config.outDir).boot.ok).toBe(false);
  });

  it('a server that exits at once, with its stderr tail and exit code', async () => {
    const config = testConfig(stdioTarget(['node', '__tests__/fixtures/boot/exits-at-once.mjs']));
    const started = Date.now();
    const result = await run(config);
    expect(result.outcome).toBe('boot-error');
    expect(result.boot.exitCode).toBe(3);
    expect(result.boot.error).toMatch(/exited with code 3/);
    expect(result.boot.stderrTail).toContain('fatal: WEATHER_API_KEY is not set');
    // It fails at once, not at the boot timeout.
    expect(Date.now() - started).toBeLessThan(config.bootTimeoutMs);
    expect(writtenResults(config.outDir).boot.stderrTail).toContain('WEATHER_API_KEY');
  });

  it('a server that never answers initialize hits the boot timeout', async () => {
    const config = testConfig(stdioTarget(['node', '__tests__/fixtures/boot/never-answers.mjs']), {
      bootTimeoutMs: 1_000,
    });
    const result = await run(config);
    expect(result.outcome).toBe('boot-error');
    expect(result.boot.error).toMatch(/did not answer initialize within 1 s/);
    expect(result.boot.stderrTail).toContain('loading a very large model');
  });

  it('an HTTP port that never opens', async () => {
    const port = await freePort();
    const config = testConfig(
      { transport: 'http', url: `http://127.0.0.1:${port}/mcp`, headers: {} },
      { bootTimeoutMs: 1_000 },
    );
    const result = await run(config);
    expect(result.outcome).toBe('boot-error');
    expect(result.boot.error).toMatch(/did not answer initialize at http:\/\/127\.0\.0\.1:\d+\/mcp within 1 s/);
    expect(writtenResults(config.outDir).boot.ok).toBe(false);
  });

  it('an HTTP server started by the tester that exits before it listens', async () => {
    const port = await freePort();
    const config = testConfig({
      transport: 'http',
      url: `http://127.0.0.1:${port}/mcp`,
      launch: {
        commandLine: 'node exits-at-once.mjs',
        argv: ['node', '__tests__/fixtures/boot/exits-at-once.mjs'],
        env: {},
      },
      headers: {},
    });
    const result = await run(config);
    expect(result.outcome).toBe('boot-error');
    expect(result.boot.exitCode).toBe(3);
    expect(result.boot.stderrTail).toContain('WEATHER_API_KEY');
  });
});
