import { describe, expect, it } from 'vitest';
import type { CheckResult, RunResult } from '../../src/model.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { brokenServerRun, summarize } from './fixtures/run-results.js';
import { cellTexts, parseGfm, tableByFirstHeader } from './gfm.js';

/** A run on a server that speaks both eras: the broken server's 2025-11-25 checks, judged again in 2026-07-28. */
function bothErasRun(): RunResult {
  const base = brokenServerRun();
  const modern: CheckResult[] = base.checks
    .filter((check) => check.protocolVersion === '2025-11-25')
    .map((check) => ({
      ...check,
      protocolVersion: '2026-07-28',
      era: 'modern',
      spec: { version: '2026-07-28', url: check.spec.url.replace('/2025-11-25/', '/2026-07-28/') },
    }));
  const checks = [...modern, ...base.checks.map((check): CheckResult => ({ ...check, era: 'legacy' }))];
  return { ...base, checks, summary: summarize({ checks, flows: base.flows, bench: base.bench }) };
}

describe('the PR comment of a run in both eras', () => {
  it('gives the coverage matrix a 2026-07-28 column, newest first, with its own counts', () => {
    const run = bothErasRun();
    const markdown = renderMarkdown(run, { strict: false, commentId: 'default' });
    const matrix = tableByFirstHeader(parseGfm(markdown), 'Section');
    const rows = matrix ? cellTexts(matrix) : [];
    expect(rows[0]).toEqual(['Section', '2026-07-28', '2025-11-25', '2025-06-18']);
    // One definition, two eras: the modern column holds the same verdicts as the 2025-11-25 one it was copied from.
    for (const row of rows.slice(1)) expect([row[0], row[1]]).toEqual([row[0], row[2]]);
    expect(rows.at(-1)![0]).toBe('Total');
    // The headline names every version tested, the stateless revision first.
    expect(markdown).toContain('· protocol 2026-07-28, 2025-11-25, 2025-06-18 ·');
  });
});
