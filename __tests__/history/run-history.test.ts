/**
 * The history end to end: real runs of the fault fixture (the shop server with a fault switch), each on its own
 * commit, recorded in a SQLite file in a folder that is not a git repository.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/config/config.js';
import { benchSettingsSchema } from '../../src/config/schema.js';
import type { Provenance } from '../../src/history/entry.js';
import { SqliteHistoryStore } from '../../src/history/sqlite-store.js';
import { run } from '../../src/run.js';
import { FAULTY_SERVER, stdioTarget, testConfig } from '../helpers/config.js';

const FLOW = `name: health
steps:
  - id: ping
    ping:
`;

let day = 0;
const onCommit = (commit: string): Provenance => ({
  commit,
  event: 'local',
  date: new Date(Date.UTC(2026, 0, 1, 0, day++)).toISOString(),
});

async function folder(): Promise<{ dir: string; historyPath: string; flow: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'mcp-ci-run-history-'));
  const flow = join(dir, 'health.yml');
  await writeFile(flow, FLOW);
  return { dir, historyPath: join(dir, '.mcp-ci', 'history.db'), flow };
}

/** The same target every time; only the fault switch differs, as when a commit breaks and mends the server. */
function configFor(historyPath: string, faults: string, overrides: Partial<Config>): Config {
  return testConfig(stdioTarget(['node', FAULTY_SERVER], faults ? { MCP_FAULTS: faults } : {}), {
    historyPath,
    // A fresh server process per flow session: on a busy two-core runner its handshake can take seconds.
    requestTimeoutMs: 20_000,
    bootTimeoutMs: 30_000,
    ...overrides,
  });
}

describe('run history on the example server', { timeout: 180_000 }, () => {
  it('names a new failure, then the fix, then calls the second failure flaky (and the gate lets it warn)', async () => {
    const { historyPath, flow } = await folder();
    const settings = { conformance: false, flows: [flow] };
    const runOn = async (commit: string, faults: string) => {
      const result = await run(configFor(historyPath, faults, settings), { provenance: onCommit(commit) });
      return result;
    };

    const clean = await runOn('c1', '');
    expect(clean.outcome).toBe('passed');
    expect(clean.comparison?.base.runs).toBe(0);
    expect(clean.interface?.tools.map((tool) => tool.name)).toContain('check_inventory');

    const broken = await runOn('c2', 'ping-error');
    expect(broken.outcome).toBe('failed');
    expect(broken.comparison?.newFailures).toMatchObject([{ kind: 'flow-step', flow: 'health', id: 'ping' }]);

    const mended = await runOn('c3', '');
    expect(mended.comparison?.fixed).toMatchObject([{ kind: 'flow-step', id: 'ping' }]);
    expect(mended.comparison?.flaky).toEqual([]);

    const again = await runOn('c4', 'ping-error');
    expect(again.comparison?.newFailures).toEqual([]);
    expect(again.comparison?.flaky).toMatchObject([{ id: 'ping', reason: 'failed-again', failingNow: true }]);
    expect(again.comparison?.flaky[0]?.history.map((point) => point.commit)).toEqual(['c1', 'c2', 'c3', 'c4']);
    // flaky: warn (the default): the flaky failure is a warning, so the gate passes and says why.
    expect(again.outcome).toBe('passed');
    const store = await SqliteHistoryStore.open(historyPath);
    expect(store.runs().map((stored) => stored.entry.provenance.commit)).toEqual(['c1', 'c2', 'c3', 'c4']);
    store.close();
  });

  it('writes the comparison into results.json, report.md and junit.xml', async () => {
    const { historyPath, flow } = await folder();
    const settings = { conformance: false, flows: [flow], flaky: 'fail' as const };
    const outcomes: (string | undefined)[] = [];
    let last: Config | undefined;
    for (const [commit, faults] of [
      ['c1', 'ping-error'],
      ['c2', ''],
      ['c3', 'ping-error'],
    ] as const) {
      last = configFor(historyPath, faults, settings);
      outcomes.push((await run(last, { provenance: onCommit(commit) })).outcome);
    }
    // flaky: fail keeps a flaky failure a failure.
    expect(outcomes).toEqual(['failed', 'passed', 'failed']);
    const results = JSON.parse(await readFile(join(last!.outDir, 'results.json'), 'utf8')) as Record<string, unknown>;
    expect(results.comparison).toMatchObject({ base: { runs: 2, label: 'last run' }, flaky: [{ id: 'ping' }] });
    const markdown = await readFile(join(last!.outDir, 'report.md'), 'utf8');
    expect(markdown).toContain('#### Since last run (2 runs)');
    expect(markdown).toContain('**Flaky (1):** flow health › `ping` ❌✅❌');
    const junit = await readFile(join(last!.outDir, 'junit.xml'), 'utf8');
    expect(junit).toMatch(
      /<testcase classname="flow\.health" name="ping \[ping\]"[^>]*>\s*<properties>\s*<property name="flaky" value="true"\/>/,
    );
  });

  it('flags a +25 ms slowdown of ping against five clean runs, confirmed by a second measurement', async () => {
    const { historyPath } = await folder();
    const bench = benchSettingsSchema.parse({ iterations: 40, warmup: 5 });
    const settings = { conformance: false, flows: [], bench };
    const clean = await run(configFor(historyPath, '', settings), { provenance: onCommit('c1') });
    expect(clean.bench.find((result) => result.name === 'ping')?.stats.count).toBe(40);
    // Four more clean runs as they would be recorded: the first run's entry again, on later commits.
    const store = await SqliteHistoryStore.open(historyPath);
    const [first] = store.runs();
    for (const commit of ['c2', 'c3', 'c4', 'c5']) store.append({ ...first!.entry, provenance: onCommit(commit) }, 30);
    await store.save();
    store.close();

    const slow = await run(configFor(historyPath, 'ping-slow', settings), { provenance: onCommit('c6') });
    const ping = slow.comparison?.latency.find((change) => change.name === 'ping');
    expect(ping).toMatchObject({ regression: true, verdict: 'slower', baselineRuns: 5 });
    expect(ping!.p50 - ping!.baselineP50).toBeGreaterThan(20);
    expect(slow.bench.find((result) => result.name === 'ping')?.comparison?.regression).toBe(true);
    expect(slow.outcome).toBe('failed');
  });
});
