/**
 * The reports of a real run against the fault fixture (the example server with two deliberate violations): the
 * comment names what broke, why, where the spec says so and what the server sent, and the JUnit file is valid.
 */
import { readFile, rm } from 'node:fs/promises';
import { parse } from 'junit2json';
import type { TestSuites } from 'junit2json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { RunResult } from '../../src/model.js';
import { writeReports } from '../../src/report/write.js';
import { run } from '../../src/run.js';
import { FAULTY_SERVER, stdioTarget, testConfig } from '../helpers/config.js';
import { cellTexts, parseGfm, tableByFirstHeader } from './gfm.js';

const config = testConfig(
  stdioTarget(['node', FAULTY_SERVER], { MCP_FAULTS: 'unknown-method-internal-error,error-code-string' }),
  { protocolVersion: '2025-11-25' },
);
let result: RunResult;
let markdown: string;
let junit: string;

beforeAll(async () => {
  result = await run(config);
  const paths = await writeReports(result, config.outDir, { strict: false, commentId: 'default' });
  markdown = await readFile(paths.markdownPath, 'utf8');
  junit = await readFile(paths.junitPath, 'utf8');
}, 90_000);

afterAll(async () => {
  await rm(config.outDir, { recursive: true, force: true });
});

describe('reports of a run against a broken server', () => {
  it('say in the comment what broke, why, where the spec says so, and what the server sent', () => {
    expect(result.outcome).toBe('failed');
    expect(markdown).toMatch(
      /^<!-- mcp-ci:default -->\n\n### ❌ mcp-ci failed · \*\*shop\*\* 1\.0\.0 · stdio · protocol 2025-11-25 · /,
    );

    const base = tableByFirstHeader(parseGfm(markdown), 'Section');
    const row = base && cellTexts(base).find((cells) => cells[0] === 'base');
    expect(row?.[1]).toMatch(/^❌ 2 MUST /);

    const failure = markdown.slice(markdown.indexOf('**❌ `base-unknown-method`**'));
    expect(failure).toMatch(/^\*\*❌ `base-unknown-method`\*\* — .+\\\nMUST · 2025-11-25 · stdio · BASE-11 · \[spec: /);
    expect(failure).toContain('(https://modelcontextprotocol.io/specification/2025-11-25/basic/');
    expect(failure).toMatch(/\n.*-32603.*-32601/);
    const evidence = failure.slice(
      failure.indexOf('<details><summary>Evidence</summary>'),
      failure.indexOf('</details>'),
    );
    expect(evidence).toContain('"code": -32603');

    expect(markdown).toContain('**❌ `base-error-object`**');
  });

  it('write JUnit XML that validates and counts the same failures', async () => {
    const schema = await readFile(new URL('./junit.xsd', import.meta.url), 'utf8');
    const validation = await validateXML({
      xml: [{ fileName: 'junit.xml', contents: junit }],
      schema: [{ fileName: 'junit.xsd', contents: schema }],
    });
    expect(validation.errors).toEqual([]);
    const suites = (await parse(junit)) as TestSuites;
    expect(suites.failures).toBe(result.summary.fail);
    expect(suites.tests).toBe(result.checks.length);
  });
});
