import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/report/junit.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { writeReports } from '../../src/report/write.js';
import { brokenServerRun } from './fixtures/run-results.js';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('writeReports', () => {
  it('creates the output folder and writes junit.xml and report.md', async () => {
    dir = await mkdtemp(join(tmpdir(), 'mcp-ci-report-'));
    const outDir = join(dir, 'nested', 'mcp-ci-report');
    const result = brokenServerRun();
    const paths = await writeReports(result, outDir, { strict: true, commentId: 'node-20' });
    expect(paths).toEqual({ junitPath: join(outDir, 'junit.xml'), markdownPath: join(outDir, 'report.md') });
    expect(await readFile(paths.junitPath, 'utf8')).toBe(renderJunit(result, { strict: true }));
    const markdown = await readFile(paths.markdownPath, 'utf8');
    expect(markdown).toBe(renderMarkdown(result, { strict: true, commentId: 'node-20' }));
    expect(markdown.startsWith('<!-- mcp-ci:node-20 -->')).toBe(true);
  });
});
