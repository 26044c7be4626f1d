/**
 * `mcp-ci merge` end to end: three legs run for real (the example server over stdio, the fault fixture breaking
 * ping over stdio and over Streamable HTTP), their report folders merged by the CLI as a user runs it. The merged
 * report.md is read by a GFM parser, the JUnit file checked against the schema the other JUnit tests use.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { parse } from 'junit2json';
import type { TestSuites } from 'junit2json';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import type { Config, TargetConfig } from '../../src/config/config.js';
import type { RunResult } from '../../src/model.js';
import { run } from '../../src/run.js';
import { faultyHttp, faultyStdio, shopStdio } from '../helpers/conformance.js';
import { testConfig } from '../helpers/config.js';
import { cellTexts, collect, parseGfm, tableByFirstHeader, visibleText } from '../report/gfm.js';

const exec = promisify(execFile);
const CLI = join(process.cwd(), '.build', `merge-cli-${process.pid}.mjs`);

let dir: string;
let legsDir: string;
const results: Record<string, RunResult> = {};

async function runLeg(
  folder: string,
  config: Partial<Config>,
  target: TargetConfig | Promise<TargetConfig> = shopStdio(),
): Promise<void> {
  const outDir = join(legsDir, folder);
  // One protocol version keeps the three runs short; the merge does not care how many a leg tested.
  results[folder] = await run(
    testConfig(await target, { protocolVersion: '2025-11-25', requestTimeoutMs: 15_000, ...config, outDir }),
  );
}

/** The merged report's verdict cell for a leg, from the leg's own outcome (a loaded runner can time out a check). */
const verdict = (folder: string): string => (results[folder]?.outcome === 'passed' ? '✅ passed' : '❌ failed');

interface Finished {
  code: number;
  stdout: string;
  stderr: string;
}

async function mcpCi(args: string[]): Promise<Finished> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [CLI, ...args], { cwd: dir, timeout: 120_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mcp-ci-merge-'));
  legsDir = join(dir, 'legs');
  // The CLI as users run it, from the current sources; dependencies resolve from node_modules.
  await build({
    entryPoints: ['src/cli.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile: CLI,
    logLevel: 'error',
  });
  // A leg named by its comment-id, and two named by their folders (as actions/download-artifact leaves them).
  await runLeg('mcp-ci-leg-1', { commentId: 'shop-stdio' });
  await runLeg('faulty-stdio', {}, faultyStdio('ping-error'));
  await runLeg('faulty-http', {}, faultyHttp('ping-error'));
}, 300_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(CLI, { force: true });
});

// Each case starts the CLI; on a loaded two-core runner a Node start alone can take seconds.
describe('mcp-ci merge', { timeout: 240_000 }, () => {
  it('writes one report for the matrix: a verdict per leg, legs as matrix columns, a shared finding once', async () => {
    // The fault fixture breaks ping on both transports; the example server keeps every MUST.
    for (const leg of ['faulty-stdio', 'faulty-http']) {
      expect(results[leg]?.checks.find((c) => c.id === 'ping-empty-result')?.status).toBe('fail');
    }
    expect(results['mcp-ci-leg-1']?.checks.find((c) => c.id === 'ping-empty-result')?.status).toBe('pass');
    const merged = await mcpCi(['merge', 'legs/*', '--out', 'merged']);
    expect(merged.stderr).toBe('');
    expect(merged.code, merged.stdout).toBe(1);
    expect(merged.stdout).toMatch(/^faulty-http +✖ FAILED/m);
    expect(merged.stdout).toMatch(/^faulty-stdio +✖ FAILED/m);
    const failing = Object.values(results).filter((result) => result.outcome !== 'passed').length;
    expect(merged.stdout).toContain(`mcp-ci merge: FAILED on ${failing} of 3 legs`);

    const markdown = await readFile(join(dir, 'merged', 'report.md'), 'utf8');
    expect(markdown.split('\n')[0]).toBe('<!-- mcp-ci:default -->');
    const root = parseGfm(markdown);
    const heading = collect(root, 'heading').map((node) => visibleText(node));
    const failed = Object.values(results).reduce((sum, result) => sum + result.summary.fail, 0);
    expect(heading[0]).toMatch(
      new RegExp(`^❌ mcp-ci failed on ${failing} of 3 legs · ✅ \\d+ passed · ❌ ${failed} failed`),
    );

    const legs = tableByFirstHeader(root, 'Verdict');
    expect(legs && cellTexts(legs).map((row) => row.slice(0, 4))).toEqual([
      ['Verdict', 'Leg', 'Server', 'Transport'],
      ['❌ failed', 'faulty-http', expect.any(String), 'http'],
      ['❌ failed', 'faulty-stdio', expect.any(String), 'stdio'],
      [verdict('mcp-ci-leg-1'), 'shop-stdio', expect.any(String), 'stdio'],
    ]);

    const coverage = tableByFirstHeader(root, 'Section');
    const rows = coverage ? cellTexts(coverage) : [];
    expect(rows[0]).toEqual(['Section', 'faulty-http', 'faulty-stdio', 'shop-stdio']);
    const ping = rows.find((row) => row[0] === 'ping');
    expect(ping?.[1]).toMatch(/^❌ 1 MUST\b/);
    expect(ping?.[2]).toMatch(/^❌ 1 MUST\b/);
    expect(ping?.[3]).not.toContain('❌');

    // The ping failure seen on both faulty legs is one item naming both.
    const items = collect(parseGfm(markdown.slice(markdown.indexOf('#### ❌ Failures'))), 'paragraph')
      .map((node) => visibleText(node))
      .filter((text) => text.includes('ping-empty-result'));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/legs faulty-http \([^)]*http\), faulty-stdio \([^)]*stdio\)/);
  });

  it('writes one JUnit file that a schema validator accepts, each leg in suites of its own', async () => {
    const xml = await readFile(join(dir, 'merged', 'junit.xml'), 'utf8');
    const validation = await validateXML({
      xml: [{ fileName: 'junit.xml', contents: xml }],
      schema: [
        {
          fileName: 'junit.xsd',
          contents: await readFile(new URL('../report/junit.xsd', import.meta.url), 'utf8'),
        },
      ],
      initialMemoryPages: 256,
      maxMemoryPages: 4096,
    });
    expect(validation.errors.map((error) => error.rawMessage)).toEqual([]);

    const suites = (await parse(xml)) as TestSuites;
    const names = (suites.testsuite ?? []).map((suite) => suite.name ?? '');
    expect(names).toContain('shop-stdio/conformance.ping');
    expect(names).toContain('faulty-http/conformance.ping');
    const failures = (suites.testsuite ?? []).reduce((sum, suite) => sum + (suite.failures ?? 0), 0);
    const expected = Object.values(results).reduce((sum, result) => sum + result.summary.fail, 0);
    expect(failures).toBe(expected);
    expect(suites.tests).toBe(Object.values(results).reduce((sum, result) => sum + result.checks.length, 0));
  });

  it('shows a folder without usable results as a leg with no results, and exits 2 after writing the report', async () => {
    const broken = join(dir, 'broken-legs');
    await mkdir(join(broken, 'crashed'), { recursive: true });
    await writeFile(join(broken, 'crashed', 'results.json'), '{"schemaVersion": 1, "checks": "nope"}');
    await cp(join(legsDir, 'mcp-ci-leg-1'), join(broken, 'shop'), { recursive: true });

    const merged = await mcpCi(['merge', 'broken-legs/shop', 'broken-legs/crashed', '--out', 'merged-broken']);
    expect(merged.code).toBe(2);
    expect(merged.stderr).toBe('');
    expect(merged.stdout).toMatch(
      /^crashed +✖ NO RESULTS: broken-legs\/crashed\/results.json is not an mcp-ci results file \(tool: /m,
    );
    const markdown = await readFile(join(dir, 'merged-broken', 'report.md'), 'utf8');
    const legs = tableByFirstHeader(parseGfm(markdown), 'Verdict');
    expect(
      legs &&
        cellTexts(legs)
          .slice(1)
          .map((row) => row.slice(0, 2)),
    ).toEqual([
      [verdict('mcp-ci-leg-1'), 'shop-stdio'],
      ['❓ no results', 'crashed'],
    ]);
    expect(markdown).toContain('has no results');
  });

  it('exits 2 with a message naming a folder that does not exist, a glob that matches none, or only broken legs', async () => {
    const missing = await mcpCi(['merge', 'legs/mcp-ci-leg-1', 'legs/not-there']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('report folder "legs/not-there" does not exist');

    const glob = await mcpCi(['merge', 'nowhere/*']);
    expect(glob.code).toBe(2);
    expect(glob.stderr).toContain('"nowhere/*" matches no folder');

    await mkdir(join(dir, 'empty-leg'), { recursive: true });
    const empty = await mcpCi(['merge', 'empty-leg']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no report folder holds a usable results.json');
    expect(empty.stderr).toContain('empty-leg: no results.json in empty-leg');

    const none = await mcpCi(['merge']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('name at least one report folder');
  });
});
