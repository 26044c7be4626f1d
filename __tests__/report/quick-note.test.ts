/**
 * A quick run says so next to its verdict in every report (console, markdown comment, job summary), so it is
 * never read as a full pass; a full run carries no such note.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model.js';
import { createConsoleReporter } from '../../src/report/console.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSummary } from '../../src/report/summary.js';
import { brokenServerRun } from './fixtures/run-results.js';

function quickRun(): RunResult {
  const result = brokenServerRun();
  result.server.acceptedVersions = ['2025-11-25'];
  result.quick = { leftOut: ['base-parse-error', 'tools-call-answered'] };
  return result;
}

function consoleSummary(result: RunResult, quiet: boolean): string {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  createConsoleReporter(stream, { quiet, verbose: false }).printSummary(result);
  return chunks.join('');
}

describe('the quick-run note', () => {
  it('follows the headline of the comment and the job summary, naming the version and every check left out', () => {
    for (const text of [
      renderMarkdown(quickRun(), { strict: false, commentId: 'default' }),
      renderSummary(quickRun(), { strict: false }),
    ]) {
      const lines = text.split('\n');
      const headline = lines.findIndex((line) => line.startsWith('### '));
      expect(lines.slice(headline + 2, headline + 4)).toEqual([
        '> [!IMPORTANT]',
        '> Quick run (--quick): protocol 2025-11-25 only, 2 checks left out (base-parse-error, tools-call-answered). ' +
          'Not a full conformance result: run without --quick for every version and check.',
      ]);
    }
  });

  it('stands just above the verdict line on the console, quiet or not, counting the checks left out', () => {
    for (const quiet of [false, true]) {
      const lines = consoleSummary(quickRun(), quiet).trimEnd().split('\n');
      expect(lines.at(-2)).toBe(
        'Quick run (--quick): protocol 2025-11-25 only, 2 checks left out. Not a full conformance result: run without --quick for every version and check.',
      );
    }
  });

  it('is absent from a full run', () => {
    expect(renderMarkdown(brokenServerRun(), { strict: false, commentId: 'default' })).not.toContain('Quick run');
    expect(consoleSummary(brokenServerRun(), false)).not.toContain('Quick run');
  });
});
