import { readFile } from 'node:fs/promises';
import { parse } from 'junit2json';
import type { TestSuite, TestSuites } from 'junit2json';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { renderJunit } from '../../src/report/junit.js';
import type { RunResult } from '../../src/model.js';
import { HOSTILE, HUGE, brokenServerRun, hostileRun, syntheticRun } from './fixtures/run-results.js';

const schema = readFile(new URL('./junit.xsd', import.meta.url), 'utf8');

async function expectValid(xml: string): Promise<void> {
  const result = await validateXML({
    xml: [{ fileName: 'junit.xml', contents: xml }],
    schema: [{ fileName: 'junit.xsd', contents: await schema }],
    initialMemoryPages: 256,
    maxMemoryPages: 4096,
  });
  expect(result.errors.map((error) => error.rawMessage)).toEqual([]);
  expect(result.valid).toBe(true);
}

async function parseBack(xml: string): Promise<TestSuites> {
  const parsed = await parse(xml);
  if (!parsed || !('testsuite' in parsed)) throw new Error('expected a <testsuites> root');
  return parsed as TestSuites;
}

function suiteNamed(suites: TestSuites, name: string): TestSuite {
  const suite = suites.testsuite?.find((candidate) => candidate.name === name);
  if (!suite) throw new Error(`no testsuite ${name}`);
  return suite;
}

/** Testcases per outcome as the JUnit format should count them, derived from the RunResult alone. */
function expectedCounts(result: RunResult, strict: boolean): { tests: number; failures: number; skipped: number } {
  const statuses = [
    ...result.checks.map((check) => check.status),
    ...result.flows.flatMap((flow) => flow.steps.map((step) => step.status)),
    ...result.bench.flatMap((bench) => (bench.budgets ?? []).map((budget) => budget.status)),
  ];
  const comparisons = result.bench.filter((bench) => bench.comparison);
  const regressions = comparisons.filter((bench) => bench.comparison?.regression).length;
  return {
    tests: statuses.length + comparisons.length,
    failures: statuses.filter((s) => s === 'fail' || (strict && s === 'warn')).length + regressions,
    skipped: statuses.filter((s) => s === 'skip').length,
  };
}

describe('renderJunit', () => {
  it('is checked by a validator that rejects what the schema forbids', async () => {
    const result = await validateXML({
      xml: [
        {
          fileName: 'bad.xml',
          contents: '<testsuites><testsuite name="s" tests="1"><testcase/></testsuite></testsuites>',
        },
      ],
      schema: [{ fileName: 'junit.xsd', contents: await schema }],
    });
    expect(result.valid).toBe(false);
    expect(result.errors.map((error) => error.message).join('\n')).toMatch(/failures|errors|name/);
  });

  it('is valid against the Jenkins JUnit schema and parses back with the counts of the run', async () => {
    const result = brokenServerRun();
    const xml = renderJunit(result, { strict: false });
    await expectValid(xml);

    const suites = await parseBack(xml);
    const expected = expectedCounts(result, false);
    expect(suites.tests).toBe(expected.tests);
    expect(suites.failures).toBe(expected.failures);
    expect(suites.testsuite?.map((suite) => suite.name)).toEqual([
      'conformance.base',
      'conformance.lifecycle',
      'conformance.stdio',
      'conformance.logging',
      'conformance.tools',
      'conformance.resources',
      'flow..mcp-ci/flows/search.yml',
      'flow..mcp-ci/flows/echo.yml',
      'benchmarks',
    ]);
    const skipped = suites.testsuite?.reduce((sum, suite) => sum + (suite.skipped ?? 0), 0);
    expect(skipped).toBe(expected.skipped);
  });

  it('names testcases by check, version and transport, times them in seconds, and explains each outcome', async () => {
    const suites = await parseBack(renderJunit(brokenServerRun(), { strict: false }));
    const lifecycle = suiteNamed(suites, 'conformance.lifecycle');
    const failed = lifecycle.testcase?.find(
      (testCase) =>
        testCase.name ===
        'lifecycle-version-unsupported [2025-06-18, stdio]: An unsupported protocol version gets a counter-offer',
    );
    expect(failed?.classname).toBe('lifecycle');
    expect(failed?.time).toBe(0.012);
    expect(failed?.failure?.[0]?.type).toBe('MUST');
    expect(failed?.failure?.[0]?.message).toContain('an echo of the bogus value');
    expect(failed?.failure?.[0]?.inner).toContain(
      'https://modelcontextprotocol.io/specification/2025-06-18/basic/lifecycle#version-negotiation',
    );
    expect(failed?.failure?.[0]?.inner).toContain('"protocolVersion": "2099-12-31"');

    const warned = lifecycle.testcase?.find((testCase) =>
      testCase.name?.startsWith('lifecycle-ping-before-initialized'),
    );
    expect(warned?.failure).toBeUndefined();
    expect(warned?.['system-out']?.[0]).toMatch(/^warning: ping before notifications\/initialized/);

    const skipped = suiteNamed(suites, 'conformance.resources').testcase?.[0];
    expect(skipped?.skipped?.[0]?.message).toBe('the server does not declare the resources capability');

    const flow = suiteNamed(suites, 'flow..mcp-ci/flows/search.yml');
    const step = flow.testcase?.find((testCase) => testCase.name === 'search-readme [call]');
    expect(step?.failure?.[0]?.inner).toContain('At .mcp-ci/flows/search.yml:9');

    const bench = suiteNamed(suites, 'benchmarks');
    expect(bench.testcase?.map((testCase) => [testCase.name, testCase.failure?.[0]?.type ?? 'pass'])).toEqual([
      ['ping [concurrency 1]: vs baseline', 'pass'],
      ['tools/list [concurrency 1]: max-p95-ms 5', 'budget'],
      ['tools/list [concurrency 1]: vs baseline', 'regression'],
    ]);
  });

  it('turns warnings into failures under strict', async () => {
    const result = brokenServerRun();
    const xml = renderJunit(result, { strict: true });
    await expectValid(xml);
    const suites = await parseBack(xml);
    expect(suites.failures).toBe(expectedCounts(result, true).failures);
    const warned = suiteNamed(suites, 'conformance.logging').testcase?.[0];
    expect(warned?.failure?.[0]?.type).toBe('SHOULD (warning, failing under strict)');
  });

  it('keeps hostile server strings as data: valid XML, controls removed, CDATA terminators defused', async () => {
    const result = hostileRun();
    const xml = renderJunit(result, { strict: false });
    await expectValid(xml);
    // eslint-disable-next-line no-control-regex -- asserting the control characters are gone
    expect(xml).not.toMatch(/[\u0000\u0007\u000b\u001b\u202e]/);
    // Markup from the server is data: outside CDATA sections it only appears escaped.
    expect(xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')).not.toContain('<script');

    const suites = await parseBack(xml);
    expect(suites.tests).toBe(expectedCounts(result, false).tests);
    const failure = suiteNamed(suites, 'conformance.tools').testcase?.find((testCase) => testCase.failure)
      ?.failure?.[0];
    // The attribute is the one-line message; the body keeps the text, minus what XML cannot carry.
    expect(failure?.message).toContain(HOSTILE.script);
    expect(failure?.message).toContain('line one | injected | row | # heading - list');
    expect(failure?.inner).toContain('a ]] > b ]] > c');
    expect(failure?.inner).toContain('esc[31mred');
    expect(suites.name).toContain(HOSTILE.mentions);
  });

  it('cuts long messages and evidence', async () => {
    const suites = await parseBack(renderJunit(hostileRun(), { strict: false }));
    const huge = suiteNamed(suites, 'conformance.lifecycle').testcase?.[1]?.failure?.[0];
    expect(huge?.message).toMatch(/^A+ … \[\d+ more characters\]$/);
    const failures = suites.testsuite?.flatMap((suite) => suite.testcase ?? []).flatMap((t) => t.failure ?? []) ?? [];
    for (const failure of failures) {
      expect(failure.message?.length ?? 0).toBeLessThanOrEqual(500);
      expect(failure.inner?.length ?? 0).toBeLessThan(HUGE.length);
    }
  });

  it('stays valid for 2,000 checks', async () => {
    const result = syntheticRun(2_000);
    const xml = renderJunit(result, { strict: false });
    await expectValid(xml);
    const suites = await parseBack(xml);
    expect(suites.tests).toBe(2_000);
    expect(suites.failures).toBe(500);
  });
});
