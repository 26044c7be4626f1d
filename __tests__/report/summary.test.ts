import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/markdown.js';
import { SUMMARY_LIMIT_BYTES, renderSummary } from '../../src/report/summary.js';
import { brokenServerRun, syntheticRun } from './fixtures/run-results.js';

describe('renderSummary', () => {
  it('is the comment body without the marker when everything fits', () => {
    const result = brokenServerRun();
    const comment = renderMarkdown(result, { strict: false, commentId: 'default' });
    const summary = renderSummary(result, { strict: false });
    expect(summary).toBe(comment.replace('<!-- mcp-ci:default -->\n\n', ''));
  });

  it('holds the full failure list with evidence where the comment had to leave items out', () => {
    const result = syntheticRun(2_000);
    const comment = renderMarkdown(result, { strict: false, commentId: 'default' });
    const summary = renderSummary(result, { strict: false });
    const failedIds = result.checks.filter((check) => check.status === 'fail').map((check) => check.id);
    const shownIn = (text: string): number => failedIds.filter((id) => text.includes(`**❌ \`${id}\`**`)).length;
    expect(shownIn(comment)).toBeLessThan(failedIds.length);
    expect(shownIn(summary)).toBe(failedIds.length);
    expect(summary).toContain('<summary>Evidence</summary>');
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
  });

  it('counts its limit in bytes and points to the artifact when it must shorten', () => {
    const result = syntheticRun(2_000);
    const summary = renderSummary(result, {
      strict: false,
      maxBytes: 200_000,
      links: { artifactUrl: 'https://github.com/acme/files/actions/runs/7#artifacts' },
    });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(200_000);
    expect(summary).toContain(
      'The full report is in the [report artifact](https://github.com/acme/files/actions/runs/7#artifacts) (report.md, junit.xml, results.json).',
    );
  });
});
