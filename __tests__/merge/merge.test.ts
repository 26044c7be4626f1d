/**
 * The merge of a job matrix's legs, on plain data: grouping across legs, the worst outcome, legs as matrix
 * columns, and the rendered comment (escaping, size budget) and JUnit file for legs with and without results.
 */
import { parse } from 'junit2json';
import type { TestSuites } from 'junit2json';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../../src/model.js';
import { renderMergedMarkdown, renderMergedSummary } from '../../src/merge/document.js';
import { renderMergedJunit } from '../../src/merge/junit.js';
import { duplicateLegNames, mergeLegs } from '../../src/merge/merge.js';
import type { Leg } from '../../src/merge/merge.js';
import { parseRunResult } from '../../src/merge/results-schema.js';
import { HOSTILE, brokenServerRun, summarize } from '../report/fixtures/run-results.js';
import { cellTexts, collect, parseGfm, tableByFirstHeader, visibleText } from '../report/gfm.js';

/** The broken run with only the checks `keep` selects, re-counted, as a leg. */
function leg(name: string, keep: (id: string) => boolean = () => true, overrides: Partial<RunResult> = {}): Leg {
  const base = brokenServerRun();
  const checks = base.checks.filter((check) => keep(check.id));
  const partial = { checks, flows: overrides.flows ?? base.flows, bench: overrides.bench ?? base.bench };
  const failed = summarize(partial).fail > 0;
  const result = {
    ...base,
    ...partial,
    summary: summarize(partial),
    outcome: failed ? 'failed' : 'passed',
    ...overrides,
  };
  return { name, folder: `legs/${name}`, result: result as RunResult };
}

const failingIds = (run: RunResult): string[] => [
  ...new Set(run.checks.filter((check) => check.status === 'fail').map((check) => check.id)),
];

describe('mergeLegs', () => {
  it('groups a failure seen on several legs into one item that names them', () => {
    const [first = ''] = failingIds(brokenServerRun());
    const merged = mergeLegs([leg('a'), leg('b'), leg('c', (id) => id !== first)], false);
    const item = merged.failures.find((failure) => failure.kind === 'check' && failure.item.group.id === first);
    expect(item?.kind === 'check' && item.item.seenOn.map((seen) => seen.leg)).toEqual(['a', 'b']);
    // Every other failing check was seen on all three legs, once each.
    const others = merged.failures.filter((failure) => failure.kind === 'check' && failure.item.group.id !== first);
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect(other.kind === 'check' && other.item.seenOn).toHaveLength(3);
    expect(merged.summary.fail).toBe(merged.legs.reduce((sum, l) => sum + (l.result?.summary.fail ?? 0), 0));
  });

  it('takes the worst outcome by exit code; a leg without results is a configuration error', () => {
    const passing = leg('ok', (id) => !failingIds(brokenServerRun()).includes(id), { flows: [], bench: [] });
    expect(passing.result?.outcome).toBe('passed');
    expect(mergeLegs([passing], false).outcome).toBe('passed');
    expect(mergeLegs([passing, leg('bad')], false).outcome).toBe('failed');
    const missing: Leg = { name: 'gone', folder: 'legs/gone', problem: 'no results.json in legs/gone' };
    expect(mergeLegs([passing, leg('bad'), missing], false).outcome).toBe('config-error');
    const noBoot = leg('noboot', () => false, {
      outcome: 'boot-error',
      boot: { ok: false, ms: 30_000, error: 'timeout' },
    });
    expect(mergeLegs([missing, noBoot, leg('bad')], false).outcome).toBe('boot-error');
  });

  it('makes each leg with results a column of the coverage matrix', () => {
    const missing: Leg = { name: 'gone', folder: 'legs/gone', problem: 'no results.json' };
    const merged = mergeLegs([leg('a'), missing, leg('b', (id) => id.startsWith('lifecycle'))], false);
    expect(merged.matrix.columns).toEqual(['a', 'b']);
    const lifecycle = merged.matrix.rows.find((row) => row.section === 'lifecycle');
    expect(lifecycle?.cells[0]).toEqual(lifecycle?.cells[1]);
    const others = merged.matrix.rows.filter((row) => row.section !== 'lifecycle');
    expect(others.length).toBeGreaterThan(0);
    for (const row of others) expect(row.cells[1]).toBeUndefined();
  });

  it('finds leg names used twice', () => {
    expect(duplicateLegNames([leg('a'), leg('b'), leg('a')])).toEqual(['a']);
  });
});

describe('the merged comment', () => {
  it('names the legs, escapes a hostile leg name, and says "all legs" for a finding seen everywhere', () => {
    const hostile = `${HOSTILE.mentions} ${HOSTILE.links}`;
    const merged = mergeLegs([leg('a'), leg(hostile)], false);
    const markdown = renderMergedMarkdown(merged, { commentId: 'matrix' });
    expect(markdown.split('\n')[0]).toBe('<!-- mcp-ci:matrix -->');
    const root = parseGfm(markdown);
    // Only the spec links are links; the leg name is text.
    for (const link of collect(root, 'link')) expect(link.url).toMatch(/^https:\/\/modelcontextprotocol\.io\//);
    const legs = tableByFirstHeader(root, 'Verdict');
    const name = legs ? (cellTexts(legs)[2]?.[1] ?? '') : '';
    expect(name).toContain('ping @\u200Boctocat');
    expect(markdown).toContain('· all 2 legs ·');
  });

  it('fits GitHub’s limit, leaving out passing detail first, and says what it left out', () => {
    const merged = mergeLegs(
      ['a', 'b', 'c', 'd'].map((name) => leg(name)),
      false,
    );
    const full = renderMergedMarkdown(merged, { commentId: 'default' });
    const short = renderMergedMarkdown(merged, { commentId: 'default', maxChars: full.length - 1 });
    expect(short.length).toBeLessThan(full.length);
    expect(short).toContain('left out passing detail');
    const tiny = renderMergedSummary(merged, { maxBytes: 3_000 });
    expect(Buffer.byteLength(tiny)).toBeLessThanOrEqual(3_000);
    expect(visibleText(parseGfm(tiny))).toContain('Shortened to fit');
  });
});

describe('the merged JUnit file', () => {
  it('prefixes every suite with its leg, and fails a leg that has no results', async () => {
    const missing: Leg = { name: 'gone', folder: 'legs/gone', problem: 'no results.json in legs/gone' };
    const suites = (await parse(renderMergedJunit(mergeLegs([leg('a'), missing], false)))) as TestSuites;
    const names = (suites.testsuite ?? []).map((suite) => suite.name ?? '');
    expect(names.filter((name) => !name.startsWith('a/'))).toEqual(['gone/results']);
    const gone = suites.testsuite?.find((suite) => suite.name === 'gone/results');
    expect(gone?.failures).toBe(1);
    expect(gone?.testcase?.[0]?.failure?.[0]?.message).toBe('no results: no results.json in legs/gone');
  });
});

describe('parseRunResult', () => {
  it('accepts a results.json with fields it does not know, and names the field that is wrong', () => {
    expect('result' in parseRunResult({ ...brokenServerRun(), later: { added: true } })).toBe(true);
    const broken = { ...brokenServerRun(), summary: { pass: -1, fail: 0, warn: 0, skip: 0 } };
    expect(parseRunResult(broken)).toEqual({ problems: [expect.stringMatching(/^summary\.pass: /)] });
  });
});
