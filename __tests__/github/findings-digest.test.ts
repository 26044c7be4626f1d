import { describe, expect, it } from 'vitest';
import { findingsDigest, readFindingsDigest, withFindingsDigest } from '../../src/github/findings-digest.js';
import type { CheckResult, RunResult } from '../../src/model.js';

function run(checks: Partial<CheckResult>[], durationMs = 1_000): RunResult {
  return {
    schemaVersion: 1,
    tool: { name: 'mcp-ci', version: '0.1.0' },
    target: { transport: 'stdio', command: 'node server.js' },
    server: { name: 'shop', version: '1.0.0' },
    boot: { ok: true, ms: 10 },
    checks: checks.map((c) => ({
      id: 'ping-empty-result',
      title: 'ping',
      section: 'ping',
      level: 'MUST',
      status: 'pass',
      message: 'ok',
      protocolVersion: '2025-11-25',
      transport: 'stdio',
      spec: { version: '2025-11-25', url: 'https://modelcontextprotocol.io/specification' },
      requirements: ['PING-01'],
      durationMs: 3,
      ...c,
    })),
    flows: [],
    bench: [],
    summary: { pass: 1, fail: 0, warn: 0, skip: 0 },
    startedAt: '2026-01-01T00:00:00Z',
    durationMs,
    outcome: 'passed',
  };
}

describe('findings digest', () => {
  it('ignores timings and the wording of passing checks, and changes with any finding', () => {
    const base = findingsDigest(run([{ message: '105 messages checked' }]));
    expect(findingsDigest(run([{ message: '106 messages checked', durationMs: 9 }], 2_000))).toBe(base);
    expect(findingsDigest(run([{ status: 'fail', message: 'ping failed' }]))).not.toBe(base);
  });

  it('sits on the line after the sticky marker and reads back', () => {
    const body = withFindingsDigest('<!-- mcp-ci:default -->\n\n### report', 'abcdef0123456789');
    expect(body.split('\n')).toEqual([
      '<!-- mcp-ci:default -->',
      '<!-- mcp-ci-findings: abcdef0123456789 -->',
      '',
      '### report',
    ]);
    expect(readFindingsDigest(body)).toBe('abcdef0123456789');
    expect(readFindingsDigest('<!-- mcp-ci:default -->')).toBeUndefined();
  });
});
