import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../src/history/compare.js';
import type { RunResult, ServerInterface } from '../../src/model.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderSummary } from '../../src/report/summary.js';
import { benchRecord, runs } from '../history/entries.js';
import { brokenServerRun } from './fixtures/run-results.js';
import { collect, parseGfm, tableByFirstHeader, cellTexts, visibleText } from './gfm.js';

const HOSTILE_FLOW = '[pay](https://evil.example) <img src=x> @admin ```';
const HOSTILE_OPERATION = 'tools/call "x"] ```\nline [999]';

const before: ServerInterface = {
  capabilities: { tools: {}, prompts: {} },
  tools: [{ name: 'search', inputSchema: { type: 'object', properties: { q: { type: 'string' } } } }],
  resources: [],
  resourceTemplates: [],
  prompts: [{ name: 'recommend' }],
};
const after: ServerInterface = {
  ...before,
  tools: [{ name: 'search', inputSchema: { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] } }],
  prompts: [],
};

/** Six runs: a flaky check, a new failure, a fix, a broken interface and a +25 ms slowdown in the newest. */
function comparedRun(): RunResult {
  const history = runs(
    ...Array.from({ length: 5 }, (_, index) => ({
      checks: {
        flaky: index % 2 === 0 ? ('pass' as const) : ('fail' as const),
        broke: 'pass' as const,
        mended: 'fail' as const,
      },
      bench: [benchRecord(HOSTILE_OPERATION, 3)],
    })),
    {
      checks: { flaky: 'pass', broke: 'fail', mended: 'pass' },
      steps: { [HOSTILE_FLOW]: 'fail' },
      bench: [benchRecord(HOSTILE_OPERATION, 28)],
    },
  );
  history.forEach((entry, index) => (entry.interface = index < 5 ? before : after));
  const comparison = compareRuns(history.at(-1)!, history.slice(0, -1), {
    policy: { thresholdPct: 20, minMs: 1 },
    baseLabel: 'main',
  });
  return { ...brokenServerRun(), comparison };
}

describe('the "Since" section', () => {
  it('comes first after the verdict and names every class that has something in it', () => {
    const markdown = renderMarkdown(comparedRun(), { strict: false, commentId: 'default' });
    const root = parseGfm(markdown);
    const headings = collect(root, 'heading').map((heading) => visibleText(heading));
    expect(headings[1]).toBe('Since main (5 runs)');
    const items = collect(root, 'listItem').map((item) => visibleText(item));
    expect(items.slice(0, 5)).toEqual([
      '❌ New failures (1): broke (2025-11-25)',
      '✅ Fixed (1): mended (2025-11-25)',
      '🔀 Flaky (1): flaky (2025-11-25) ✅❌✅❌✅✅',
      '💥 Breaking interface changes (2): tool search changed: new required argument "q", prompt recommend removed',
      expect.stringMatching(
        /^🐢 Latency regressions \(1\): tools\/call .* p50 3\.00 ms → 2[78]\.\d ms \(\+\d+ %, median of 5 runs\)$/,
      ),
    ]);
  });

  it('shows a status strip per item that was not green, and the latency trend as a mermaid chart with the figures in text', () => {
    const markdown = renderSummary(comparedRun(), { strict: false });
    const root = parseGfm(markdown);
    const strips = cellTexts(tableByFirstHeader(root, 'Item')!);
    expect(strips).toContainEqual(['flaky (2025-11-25)', '✅❌✅❌✅✅']);
    expect(strips).toContainEqual(['mended (2025-11-25)', '❌❌❌❌❌✅']);
    const charts = collect(root, 'code').filter((code) => code.lang === 'mermaid');
    expect(charts).toHaveLength(1);
    const chart = charts[0]!.value.split('\n');
    expect(chart[0]).toBe('xychart-beta');
    // The hostile operation name cannot close the string, add a line or end the block.
    expect(chart.filter((line) => line.trimStart().startsWith('line ['))).toHaveLength(2);
    expect(chart[1]).toBe('  title "tools/call x line 999 @1 (ms)"');
    expect(visibleText(root)).toMatch(/p50 [\d.]+ → [\d.]+ → [\d.]+ → [\d.]+ → [\d.]+ → 2[78](\.\d+)? ms/);
  });

  it('renders hostile names as text: no link, no HTML, no mention', () => {
    const markdown = renderMarkdown(comparedRun(), { strict: false, commentId: 'default' });
    const root = parseGfm(markdown);
    const section = markdown.slice(markdown.indexOf('#### Since'), markdown.indexOf('<details>'));
    const sectionRoot = parseGfm(section);
    expect(collect(sectionRoot, 'link')).toEqual([]);
    expect(collect(sectionRoot, 'html')).toEqual([]);
    expect(section).not.toContain('@admin');
    expect(visibleText(root)).toContain('[pay](https:');
  });

  it('drops strips and charts first when the comment must shrink, and keeps the lists', () => {
    const markdown = renderMarkdown(comparedRun(), { strict: false, commentId: 'default', maxChars: 6_000 });
    expect(markdown.length).toBeLessThanOrEqual(6_000);
    expect(markdown).toContain('#### Since main (5 runs)');
    expect(markdown).toContain('**New failures (1):**');
    expect(markdown).not.toContain('```mermaid');
  });

  it('says so on a first run', () => {
    const result = brokenServerRun();
    result.comparison = compareRuns(runs({ checks: { a: 'pass' } })[0]!, [], {
      policy: { thresholdPct: 20, minMs: 1 },
    });
    expect(renderMarkdown(result, { strict: false, commentId: 'default' })).toContain(
      'This is the first run in the history',
    );
  });
});
