/**
 * Golden files pin the exact markdown and XML for one realistic run, so any change to what users see shows up
 * in review. Regenerate with UPDATE_GOLDEN=1 after an intended change; that also refreshes examples/report.md,
 * the rendered sample linked from the docs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/report/junit.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { brokenServerRun } from './fixtures/run-results.js';

const update = process.env.UPDATE_GOLDEN === '1';
const links = {
  summaryUrl: 'https://github.com/acme/files/actions/runs/123456789',
  artifactUrl: 'https://github.com/acme/files/actions/runs/123456789#artifacts',
};

async function expectGolden(rendered: string, ...files: URL[]): Promise<void> {
  for (const file of files) {
    if (update) await writeFile(file, rendered, 'utf8');
    expect(rendered).toBe(await readFile(file, 'utf8'));
  }
}

describe('golden reports', () => {
  it('pins the PR comment markdown (and the sample in examples/)', async () => {
    await expectGolden(
      renderMarkdown(brokenServerRun(), { strict: false, commentId: 'default', links }),
      new URL('./golden/report.md', import.meta.url),
      new URL('../../examples/report.md', import.meta.url),
    );
  });

  it('pins the JUnit XML', async () => {
    await expectGolden(
      renderJunit(brokenServerRun(), { strict: false }),
      new URL('./golden/junit.xml', import.meta.url),
    );
  });
});
