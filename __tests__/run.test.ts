import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../src/run.js';
import { EVERYTHING, freePort, launch, stdioTarget, testConfig } from './helpers/config.js';

describe('run() against @modelcontextprotocol/server-everything', () => {
  it('passes every check over stdio and writes results.json', async () => {
    const config = testConfig(stdioTarget(['node', EVERYTHING, 'stdio']));
    const result = await run(config);
    const failures = result.checks.filter((c) => c.status === 'fail' || c.status === 'warn');
    expect(failures).toEqual([]);
    expect(result.outcome).toBe('passed');
    expect(result.server.acceptedVersions).toContain('2025-11-25');
    const written = JSON.parse(readFileSync(join(config.outDir, 'results.json'), 'utf8'));
    expect(written.summary).toEqual(result.summary);
  });

  it('passes every check over Streamable HTTP', async () => {
    const port = await freePort();
    const config = testConfig({
      transport: 'http',
      url: `http://127.0.0.1:${port}/mcp`,
      launch: launch(['node', EVERYTHING, 'streamableHttp'], { PORT: String(port) }),
      headers: {},
    });
    const result = await run(config);
    expect(result.checks.filter((c) => c.status === 'fail' || c.status === 'warn')).toEqual([]);
    expect(result.outcome).toBe('passed');
  });
});
