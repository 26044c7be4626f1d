/**
 * The quick profile (`--quick`): one protocol version, the checks src/checks/quick.ts lists left out with their
 * reason, and over stdio not one server process beyond the boot session's. The process count is what keeps a
 * quick run fast, so it is asserted on two servers: a check added later that starts a process over stdio fails
 * here until it is listed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUICK_LEFT_OUT, QUICK_SKIP_PREFIX } from '../../src/checks/quick.js';
import { CATALOGUE } from '../../src/checks/registry.js';
import type { RunResult } from '../../src/model.js';
import { run } from '../../src/run.js';
import { shopHttp, shopStdio } from '../helpers/conformance.js';
import { EVERYTHING, stdioTarget, testConfig } from '../helpers/config.js';
import type { TargetConfig } from '../../src/config/config.js';

async function quickRun(target: TargetConfig): Promise<RunResult> {
  return run(testConfig(target, { quick: true, flows: [] }));
}

/** The connections a run opened, by the label its transcript records them under. */
function connections(outDir: string): string[] {
  const lines = readFileSync(join(outDir, 'transcript.jsonl'), 'utf8').split('\n').filter(Boolean);
  return [...new Set(lines.map((line) => (JSON.parse(line) as { conn: string }).conn))];
}

describe('quick runs', () => {
  it('lists only checks of the catalogue', () => {
    const ids = new Set(CATALOGUE.map((c) => c.id));
    expect(Object.keys(QUICK_LEFT_OUT).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each([
    ['server-everything', () => stdioTarget(['node', EVERYTHING, 'stdio'])],
    ['the example shop server', () => shopStdio()],
  ])('over stdio test the newest version on the boot process alone (%s)', async (_name, target) => {
    const config = testConfig(target(), { quick: true, flows: [] });
    const result = await run(config);
    expect(result.outcome).not.toBe('internal-error');
    expect(connections(config.outDir)).toEqual([`main@${result.server.protocolVersion}`]);
    expect(result.server.acceptedVersions).toEqual([result.server.protocolVersion]);
    const judged = result.checks.filter((c) => c.status !== 'skip');
    expect(new Set(judged.map((c) => c.protocolVersion))).toEqual(new Set([result.server.protocolVersion]));
    const leftOut = result.checks.filter((c) => c.message.startsWith(QUICK_SKIP_PREFIX));
    expect(leftOut.every((c) => c.status === 'skip')).toBe(true);
    expect(result.quick?.leftOut.sort()).toEqual(Object.keys(QUICK_LEFT_OUT).sort());
    // Every report says it was a quick run next to its verdict.
    const report = readFileSync(join(config.outDir, 'report.md'), 'utf8');
    expect(report).toMatch(/> \[!IMPORTANT\]\n> Quick run \(--quick\): protocol 2025-11-25 only, 24 checks left out/);
  });

  it('cancel a tool call at the tool budget and name the tool its result checks did not judge', async () => {
    const config = testConfig(stdioTarget(['node', EVERYTHING, 'stdio']), { quick: true, flows: [] });
    const result = await run(config);
    // trigger-long-running-operation runs 10 s; a full run awaits it, a quick run cancels it.
    const shape = result.checks.find((c) => c.id === 'tools-call-result-shape')!;
    expect(shape.status).toBe('pass');
    expect(shape.message).toMatch(
      /not judged: .*trigger-long-running-operation \(cut at the quick run's 500 ms tool budget\)/,
    );
    const transcript = readFileSync(join(config.outDir, 'transcript.jsonl'), 'utf8');
    expect(transcript).toMatch(/"method":"notifications\/cancelled"/);
  });

  it('over HTTP keep the checks that only need a fresh session, which is a request there', async () => {
    const result = await quickRun(await shopHttp());
    expect(result.server.acceptedVersions).toEqual([result.server.protocolVersion]);
    const byId = new Map(result.checks.map((c) => [c.id, c]));
    expect(byId.get('base-parse-error')?.status).toBe('pass');
    expect(byId.get('lifecycle-ping-before-initialized')?.message).not.toContain(QUICK_SKIP_PREFIX);
    expect(byId.get('client-features-undeclared-requests-legacy')?.message).toContain(QUICK_SKIP_PREFIX);
    expect(byId.get('tools-call-answered')?.message).toContain(QUICK_SKIP_PREFIX);
    expect(result.quick?.leftOut.sort()).toEqual(
      Object.entries(QUICK_LEFT_OUT)
        .filter(([, cost]) => cost !== 'process')
        .map(([id]) => id)
        .sort(),
    );
  });

  it('are neither compared with the history nor added to it', async () => {
    const config = testConfig(shopStdio(), {
      quick: true,
      flows: [],
      historyPath: join(testConfig(shopStdio()).outDir, 'history.db'),
    });
    const result = await run(config);
    expect(result.comparison).toBeUndefined();
    expect(() => readFileSync(config.historyPath!)).toThrow();
  });
});
