import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { COMMENT_LIMIT, renderMarkdown } from '../../src/report/markdown.js';
import type { RunResult } from '../../src/model.js';
import { brokenServerRun, hostileRun, summarize, syntheticRun } from './fixtures/run-results.js';
import { cellTexts, collect, parseGfm, tableByFirstHeader, visibleText } from './gfm.js';

const links = {
  summaryUrl: 'https://github.com/acme/files/actions/runs/7',
  artifactUrl: 'https://github.com/acme/files/actions/runs/7#artifacts',
};

/** The markdown source without its fenced code blocks, where anything may appear as literal text. */
function outsideCodeBlocks(markdown: string, root: Root): string {
  let text = markdown;
  for (const code of collect(root, 'code').reverse()) {
    const start = code.position?.start.offset ?? 0;
    const end = code.position?.end.offset ?? 0;
    text = text.slice(0, start) + text.slice(end);
  }
  return text;
}

function headings(markdown: string): string[] {
  return collect(parseGfm(markdown), 'heading').map((heading) => visibleText(heading));
}

describe('renderMarkdown', () => {
  it('starts with the sticky marker and a one-line verdict with server, transport, versions, duration and counts', () => {
    const markdown = renderMarkdown(brokenServerRun(), { strict: false, commentId: 'matrix-node-20' });
    expect(markdown.split('\n')[0]).toBe('<!-- mcp-ci:matrix-node-20 -->');
    expect(headings(markdown)[0]).toBe(
      '❌ mcp-ci failed · acme-files 1.2.0 · stdio · protocol 2025-11-25, 2025-06-18 · 4.8 s · ' +
        '✅ 8 passed · ❌ 7 failed · ⚠️ 3 warnings · ⏭️ 3 not applicable',
    );
  });

  it('puts the coverage matrix, requirement coverage and failures before folded warnings, flows and benchmarks', () => {
    const markdown = renderMarkdown(brokenServerRun(), { strict: false, commentId: 'default' });
    expect(headings(markdown).slice(1)).toEqual([
      'Spec coverage',
      'Requirement coverage',
      '❌ Failures (6)',
      'Flows',
      'Benchmarks',
    ]);
    expect(markdown.indexOf('#### ❌ Failures')).toBeLessThan(markdown.indexOf('<summary>⚠️ Warnings (2)</summary>'));
    expect(markdown.indexOf('<summary>⚠️ Warnings')).toBeLessThan(markdown.indexOf('#### Flows'));
    expect(markdown.indexOf('#### Benchmarks')).toBeLessThan(markdown.indexOf('<summary>✅ Passed (3)'));
  });

  it('shows each section x version cell with symbols and tells MUST failures apart', () => {
    const root = parseGfm(renderMarkdown(brokenServerRun(), { strict: false, commentId: 'default' }));
    const matrix = tableByFirstHeader(root, 'Section');
    expect(matrix && cellTexts(matrix)).toEqual([
      ['Section', '2025-11-25', '2025-06-18'],
      ['base', '✅ 1', '✅ 1'],
      ['lifecycle', '❌ 1 MUST ⚠️ 1 ✅ 1', '❌ 1 MUST ⚠️ 1 ✅ 1'],
      ['stdio', '❌ 1 MUST', '·'],
      ['logging', '⚠️ 1', '·'],
      ['tools', '❌ 1 MUST ✅ 1', '❌ 1 MUST ✅ 1'],
      ['resources', '⏭️ 1', '⏭️ 1'],
      ['Total', '❌ 3 MUST ⚠️ 2 ✅ 3 ⏭️ 1', '❌ 2 MUST ⚠️ 1 ✅ 3 ⏭️ 1'],
    ]);
    const requirements = collect(root, 'table')[1];
    expect(requirements && cellTexts(requirements)).toEqual([
      ['Section', 'Exercised', 'Not applicable', 'Failing'],
      ['base', '1', '0', '—'],
      ['lifecycle', '4', '0', 'LIFE-03'],
      ['stdio', '1', '0', 'STDIO-02'],
      ['logging', '1', '0', '—'],
      ['tools', '2', '0', 'SCH-03'],
      ['resources', '0', '1', '—'],
    ]);
  });

  it('under strict, counts warnings as failures and labels SHOULD failures', () => {
    const markdown = renderMarkdown(brokenServerRun(), { strict: true, commentId: 'default' });
    const matrix = tableByFirstHeader(parseGfm(markdown), 'Section');
    const rows = matrix ? cellTexts(matrix) : [];
    expect(rows.find((row) => row[0] === 'logging')).toEqual(['logging', '❌ 1 SHOULD', '·']);
    expect(rows.find((row) => row[0] === 'lifecycle')).toEqual(['lifecycle', '❌ 2 MUST ✅ 1', '❌ 2 MUST ✅ 1']);
    expect(markdown).toContain('⚠️ 3 warnings (failing: strict)');
    expect(markdown).not.toContain('<summary>⚠️ Warnings');
  });

  it('lists each failure with id, level, versions, reason, spec link and folded evidence, regressions first', () => {
    const markdown = renderMarkdown(brokenServerRun(), { strict: false, commentId: 'default' });
    const failures = markdown.slice(markdown.indexOf('#### ❌ Failures'), markdown.indexOf('<summary>⚠️ Warnings'));
    const titles = [...failures.matchAll(/^\*\*❌ (.+?)\*\*/gm)].map((match) => match[1]);
    expect(titles).toEqual([
      'Regression',
      'Budget max-p95-ms',
      '`lifecycle-version-unsupported`',
      '`stdio-no-stray-output`',
      '`tools-input-schema-object`',
      'flow `search round trip` › step `search-readme` (.mcp-ci/flows/search.yml:9)',
    ]);
    expect(failures).toContain(
      'MUST · 2025-11-25, 2025-06-18 · stdio · LIFE-03 · [spec: basic/lifecycle#&#8203;version-negotiation](https://modelcontextprotocol.io/specification/2025-11-25/basic/lifecycle#version-negotiation)',
    );
    expect(failures).toContain('p95 4.90 ms → 9.80 ms (↑ +100.0%)');
    const root = parseGfm(failures);
    expect(collect(root, 'code').map((code) => code.lang)).toEqual(['json', 'json', 'text', 'json', 'json', 'json']);
  });

  it('shows flows with steps passed and first failure, and benchmarks with percentiles and change vs baseline', () => {
    const root = parseGfm(renderMarkdown(brokenServerRun(), { strict: false, commentId: 'default' }));
    const flows = collect(root, 'table').find((table) => visibleText(table.children[0]!).includes('Steps passed'));
    expect(flows && cellTexts(flows).slice(1)).toEqual([
      [
        '❌',
        'search round trip (.mcp-ci/flows/search.yml)',
        '1 / 3',
        '184 ms',
        'search-readme (line 9): expected content[0].text to contain "README", got "no results"',
      ],
      ['✅', 'echo (.mcp-ci/flows/echo.yml)', '1 / 1', '22 ms', '—'],
    ]);
    const bench = tableByFirstHeader(root, 'Operation');
    expect(bench && cellTexts(bench)).toEqual([
      ['Operation', 'Concurrency', 'p50', 'p95', 'p99', 'ops/s', 'p50 vs baseline', 'p95 vs baseline', 'Budgets'],
      ['ping', '1', '0.41 ms', '0.73 ms', '0.95 ms', '2,210', '→ +2.5%', '→ +1.4%', '—'],
      ['tools/list', '1', '3.20 ms', '9.80 ms', '12.7 ms', '290', '↑ +52.4%', '↑ +100.0% ❌', '❌ max-p95-ms 5'],
    ]);
  });

  it('omits sections that have nothing to say', () => {
    const base = brokenServerRun();
    const checks = base.checks.filter((check) => check.status === 'pass');
    const partial = { checks, flows: [], bench: [] };
    const passing: RunResult = { ...base, ...partial, summary: summarize(partial), outcome: 'passed' };
    const markdown = renderMarkdown(passing, { strict: false, commentId: 'default' });
    expect(headings(markdown)).toEqual([
      expect.stringMatching(/^✅ mcp-ci passed · /),
      'Spec coverage',
      'Requirement coverage',
    ]);
    expect(markdown).not.toContain('Warnings');
    expect(markdown).toContain('<summary>✅ Passed (3) · ⏭️ Not applicable (0)</summary>');
  });

  it('explains a server that did not boot, with its stderr', () => {
    const base = brokenServerRun();
    const partial = { checks: [], flows: [], bench: [] };
    const failed: RunResult = {
      ...base,
      ...partial,
      server: {},
      summary: summarize(partial),
      boot: {
        ok: false,
        ms: 30_000,
        exitCode: 1,
        error: 'the process exited before the handshake',
        stderrTail: 'Error: Cannot find module ./dist/server.js\n    at Module._resolveFilename',
      },
      outcome: 'boot-error',
    };
    const markdown = renderMarkdown(failed, { strict: false, commentId: 'default' });
    expect(headings(markdown)[0]).toMatch(
      /^💥 mcp-ci could not boot the server · node dist\/server.js · stdio · 4.8 s · ✅ 0 passed/,
    );
    expect(markdown).toContain(
      '> The server did not become ready after 30.0 s: the process exited before the handshake. It exited with code 1.',
    );
    const code = collect(parseGfm(markdown), 'code');
    expect(code[0]?.value).toBe('Error: Cannot find module ./dist/server.js\n    at Module._resolveFilename');
  });
});

it('says when mcp-ci itself failed, with the trace folded', () => {
  const crashed: RunResult = {
    ...brokenServerRun(),
    outcome: 'internal-error',
    error: 'TypeError: x is undefined\n    at runOne (engine.js:10:3)',
  };
  const markdown = renderMarkdown(crashed, { strict: false, commentId: 'default' });
  expect(headings(markdown)[0]).toMatch(/^💥 mcp-ci internal error · /);
  expect(markdown).toContain('> mcp-ci itself failed, so this report is incomplete: TypeError: x is undefined.');
  expect(collect(parseGfm(markdown), 'code')[0]?.value).toBe(
    'TypeError: x is undefined\n    at runOne (engine.js:10:3)',
  );
});

describe('hostile server strings', () => {
  const markdown = renderMarkdown(hostileRun(), { strict: false, commentId: 'default', links });
  const root = parseGfm(markdown);

  it('cannot break a table: every row keeps its cells and the spec link stays in the last column', () => {
    const warnings = tableByFirstHeader(root, 'Check');
    expect(warnings).toBeDefined();
    const rows = warnings?.children ?? [];
    // The header and one row per warning: ping-before-initialized under two messages, logging-set-level.
    expect(rows.map((row) => visibleText(row.children[0]!))).toEqual([
      'Check',
      'lifecycle-ping-before-initialized',
      'lifecycle-ping-before-initialized',
      'logging-set-level',
    ]);
    for (const row of rows.slice(1)) {
      expect(row.children).toHaveLength(5);
      expect(collect(row.children[4]!, 'link').map((link) => link.url)[0]).toMatch(
        /^https:\/\/modelcontextprotocol\.io\/specification\//,
      );
    }
    for (const table of collect(root, 'table')) {
      const width = table.children[0]?.children.length;
      for (const row of table.children) expect(row.children).toHaveLength(width ?? 0);
    }
  });

  it('injects no HTML: the only raw HTML is the report’s own', () => {
    const html = collect(root, 'html').map((node) => node.value);
    for (const value of html) {
      expect(value).toMatch(
        /^(<!-- mcp-ci:default -->|<details><summary>[^<>]*<\/summary>|<\/details>|<sub>|<\/sub>)$/,
      );
    }
    expect(outsideCodeBlocks(markdown, root)).not.toMatch(/<script|<img|<\/td>|<!-- unclosed/i);
    const source = outsideCodeBlocks(markdown, root);
    expect(source.match(/<details>/g)?.length).toBe(source.match(/<\/details>/g)?.length);
  });

  it('makes no links, images or formatting out of server text', () => {
    const urls = collect(root, 'link').map((link) => link.url);
    for (const url of urls) {
      expect(
        url.startsWith('https://modelcontextprotocol.io/') || url.startsWith('https://github.com/acme/files/'),
      ).toBe(true);
    }
    expect(collect(root, 'image')).toEqual([]);
    expect(collect(root, 'emphasis')).toEqual([]);
    expect(collect(root, 'delete')).toEqual([]);
    expect(outsideCodeBlocks(markdown, root)).not.toContain('$x^2$');
  });

  it('pings nobody and links no issue', () => {
    const text = collect(root, 'text')
      .map((node) => node.value)
      .join('\n');
    expect(text).toContain('@\u200Boctocat');
    expect(text).not.toMatch(/(^|[^\w])@[A-Za-z0-9]/);
    expect(text).not.toMatch(/#\d|GH-\d/i);
    expect(text).not.toMatch(/https?:\/\/evil|www\.evil/);
  });

  it('shows the text a reader needs, cut to one line, and keeps the comment under the limit', () => {
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const heading = visibleText(collect(root, 'heading')[0]!);
    expect(heading).toContain('<script>alert(1)</script>');
    expect(heading).not.toContain('\n');
    const huge = collect(root, 'text').find((node) => node.value.startsWith('AAAA'))?.value;
    expect(huge).toMatch(/^A+ … \[\d+ more characters\]$/);
    expect(huge!.length).toBeLessThanOrEqual(500);
  });

  it('cannot open a list, heading or rule where a reason starts a line', () => {
    const result = brokenServerRun();
    const starts = ['- item', '+ item', '1. first', '2) second', '=== heading', '--- rule', '# title', '> quote'];
    let next = 0;
    result.checks = result.checks.map((check) =>
      check.status === 'fail' ? { ...check, message: starts[next++ % starts.length] ?? '' } : check,
    );
    const lineStarts = parseGfm(renderMarkdown(result, { strict: false, commentId: 'default' }));
    expect(collect(lineStarts, 'list')).toEqual([]);
    expect(collect(lineStarts, 'blockquote')).toEqual([]);
    expect(collect(lineStarts, 'thematicBreak')).toEqual([]);
    expect(collect(lineStarts, 'heading').map((heading) => heading.depth)).toEqual([3, 4, 4, 4, 4, 4]);
  });

  it('keeps evidence verbatim inside code blocks that it cannot close', () => {
    const code = collect(root, 'code').map((node) => node.value);
    expect(code.some((value) => value.includes('run ``` `rm -rf` ```` now'))).toBe(true);
  });
});

describe('size budget', () => {
  it('fits 2,000 checks into one comment: passing detail and evidence go first, then items, with a note', () => {
    const result = syntheticRun(2_000);
    const markdown = renderMarkdown(result, { strict: false, commentId: 'default', links });
    expect(markdown.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(markdown.startsWith('<!-- mcp-ci:default -->\n')).toBe(true);
    expect(markdown).not.toContain('<summary>✅ Passed');
    expect(markdown).not.toContain('<summary>Evidence</summary>');
    expect(markdown).toMatch(
      /> Shortened to fit GitHub's 65,536-character comment limit: left out passing detail, evidence, [\d,]+ of 1,000 failure and warning items\./,
    );
    expect(markdown).toContain(
      '> The full report is in [the job summary](https://github.com/acme/files/actions/runs/7) and the [report artifact](https://github.com/acme/files/actions/runs/7#artifacts)',
    );
    expect(markdown).toContain('#### ❌ Failures (500)');
    expect(markdown).toMatch(/_…and [\d,]+ more (failures|warnings), listed in /);
    const root = parseGfm(markdown);
    expect(tableByFirstHeader(root, 'Section')?.children).toHaveLength(1 + 17 + 1);
    expect(markdown.match(/<details>/g)?.length ?? 0).toBe(markdown.match(/<\/details>/g)?.length ?? 0);
  });

  it('drops passing detail first, then evidence, then items', () => {
    const result = syntheticRun(200);
    const full = renderMarkdown(result, { strict: false, commentId: 'default', maxChars: Number.POSITIVE_INFINITY });
    expect(full).toContain('<summary>✅ Passed (50) · ⏭️ Not applicable (50)</summary>');
    expect(full).not.toContain('Shortened');

    const noPassing = renderMarkdown(result, { strict: false, commentId: 'default', maxChars: full.length - 1 });
    expect(noPassing).not.toContain('<summary>✅ Passed');
    expect(noPassing).toContain('<summary>Evidence</summary>');
    expect(noPassing).toContain('left out passing detail.');

    const noEvidence = renderMarkdown(result, { strict: false, commentId: 'default', maxChars: noPassing.length - 1 });
    expect(noEvidence).not.toContain('<summary>Evidence</summary>');
    expect(noEvidence).toContain('left out passing detail, evidence.');
    expect(noEvidence).toContain('#### ❌ Failures (50)');

    const fewer = renderMarkdown(result, { strict: false, commentId: 'default', maxChars: noEvidence.length - 1 });
    expect(fewer.length).toBeLessThan(noEvidence.length);
    expect(fewer).toMatch(/left out passing detail, evidence, 1 of 100 failure and warning items\./);
    expect(fewer).toContain('_…and 1 more warnings, listed in the job summary and the report artifact');
  });

  it('cuts whole blocks when even the tables do not fit', () => {
    const markdown = renderMarkdown(syntheticRun(200), { strict: false, commentId: 'default', maxChars: 1_500 });
    expect(markdown.length).toBeLessThanOrEqual(1_500);
    expect(markdown.startsWith('<!-- mcp-ci:default -->')).toBe(true);
    expect(
      markdown
        .trimEnd()
        .endsWith('it is in the job summary and the report artifact (report.md, junit.xml, results.json).'),
    ).toBe(true);
  });
});
