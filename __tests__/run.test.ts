/**
 * run() end to end: the whole pipeline writes every report, finds nothing wrong with the correct example server,
 * and on @modelcontextprotocol/server-everything finds exactly the rules it really breaks (each pinned, with
 * the spec sentence, in the section tests under __tests__/checks/).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunResult } from '../src/model.js';
import { run } from '../src/run.js';
import { shopHttp, shopStdio } from './helpers/conformance.js';
import { EVERYTHING, stdioTarget, testConfig } from './helpers/config.js';

/** Warnings server-everything earns over stdio; none is a MUST, so the gate passes. */
const EVERYTHING_STDIO_WARNINGS = [
  'base-invalid-request', // the SDK's stdio transport drops a request whose method is not a string
  'base-parse-error', // ... and malformed JSON, without the -32700 JSON-RPC 2.0 asks for
  'lifecycle-negotiated-version-constructs', // resource_link content in a 2025-03-26 session (a SHOULD there)
  'logging-invalid-level', // an unknown level gets -32603, not -32602
  'pagination-invalid-cursor', // an invalid cursor gets the first page
  'resources-unknown-uri-error', // -32602, not -32002
  'tasks-forbidden-tool-with-task', // -32602, not -32601
  'tools-call-malformed-params', // -32603, not -32602
  'tools-unknown-tool-error', // an isError result, not a JSON-RPC error
];

/** The failing and warning results, for an assertion message that says what went wrong. */
function detail(result: RunResult): string {
  return JSON.stringify(
    result.checks
      .filter((c) => c.status === 'fail' || c.status === 'warn')
      .map((c) => [c.id, c.protocolVersion, c.message]),
  );
}

function findings(result: RunResult): string[] {
  return [...new Set(result.checks.filter((c) => c.status === 'fail' || c.status === 'warn').map((c) => c.id))].sort();
}

function writtenFiles(outDir: string): Record<string, string> {
  const names = ['results.json', 'junit.xml', 'report.md', 'transcript.jsonl', 'server-stderr.log'];
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(outDir, name), 'utf8')]));
}

describe('run() end to end', () => {
  it('passes the example server over stdio with no failure or warning, and writes every report', async () => {
    const config = testConfig(shopStdio());
    const result = await run(config);
    expect(findings(result), detail(result)).toEqual([]);
    expect(result.outcome).toBe('passed');
    expect(result.server.acceptedVersions).toEqual(['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05']);
    const files = writtenFiles(config.outDir);
    expect(JSON.parse(files['results.json']!).summary).toEqual(result.summary);
    expect(files['junit.xml']).toContain('<testsuites');
    expect(files['report.md']).toMatch(/^<!-- mcp-ci:default -->/);
    expect(files['transcript.jsonl']!.split('\n').length).toBeGreaterThan(100);
  });

  it('passes the example server over Streamable HTTP with no failure or warning', async () => {
    const result = await run(testConfig(await shopHttp()));
    expect(findings(result), detail(result)).toEqual([]);
    expect(result.outcome).toBe('passed');
  });

  it('finds exactly the rules server-everything breaks over stdio', async () => {
    const result = await run(testConfig(stdioTarget(['node', EVERYTHING, 'stdio'])));
    expect(findings(result), detail(result)).toEqual(EVERYTHING_STDIO_WARNINGS);
    expect(result.checks.filter((c) => c.status === 'fail')).toEqual([]);
    expect(result.outcome).toBe('passed');
  });
});
