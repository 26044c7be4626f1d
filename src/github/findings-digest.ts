/**
 * A fingerprint of what a run found, kept in a hidden line of the sticky comment. Two runs with the same findings
 * render slightly different text (elapsed time, message counts); comparing fingerprints instead of text means a
 * push that changes nothing a reader acts on does not edit the comment or notify anyone.
 */
import { createHash } from 'node:crypto';
import type { RunResult } from '../model.js';

const LINE = /^<!-- mcp-ci-findings: ([0-9a-f]{16}) -->$/m;

export function findingsDigest(result: RunResult): string {
  const findings = {
    outcome: result.outcome,
    summary: result.summary,
    server: [result.server.name, result.server.version, result.server.acceptedVersions],
    checks: result.checks
      .filter((c) => c.status !== 'pass')
      .map((c) => [c.id, c.protocolVersion, c.transport, c.status, c.status === 'skip' ? '' : c.message]),
    flows: result.flows.map((f) => [f.file, f.status, f.error, f.steps.map((s) => [s.id, s.status])]),
    bench: result.bench.map((b) => [
      b.name,
      b.concurrency,
      b.comparison?.regression,
      (b.budgets ?? []).map((budget) => [budget.name, budget.status]),
    ]),
  };
  return createHash('sha256').update(JSON.stringify(findings)).digest('hex').slice(0, 16);
}

/** The body with its fingerprint line after the first line (the sticky marker). */
export function withFindingsDigest(body: string, digest: string): string {
  const newline = body.indexOf('\n');
  const line = `<!-- mcp-ci-findings: ${digest} -->`;
  return newline < 0 ? `${body}\n${line}` : `${body.slice(0, newline + 1)}${line}\n${body.slice(newline + 1)}`;
}

export function readFindingsDigest(body: string): string | undefined {
  return LINE.exec(body)?.[1];
}
