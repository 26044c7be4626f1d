import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runConformance, runFlows } from '../src/api.js';
import type { RunResult } from '../src/model.js';
import { run } from '../src/run.js';
import { modernHttp, modernStdio } from './helpers/conformance.js';
import { createShopServer } from './api/servers.js';
import { testConfig } from './helpers/config.js';

const FLOW = '__tests__/flows/fixtures/modern-fixture.yml';
/** Enough to measure every operation once, little enough to keep the test short. */
const BENCH = {
  iterations: 3,
  warmup: 0,
  'max-duration-ms': 2_000,
  concurrency: [1],
  calls: [],
  budgets: {},
  'regression-threshold-pct': 20,
  'regression-min-ms': 1,
};

const suitesOf = (result: RunResult) => ({
  flows: result.flows.map((f) => [f.name, f.status, f.protocolVersion, f.era]),
  bench: result.bench.map((b) => [b.name, b.stats.errors, b.protocolVersion, b.era]),
});

describe('flows and benchmarks speak the newest version the server speaks', () => {
  it('run on 2026-07-28 on a server that speaks both eras, and results.json says so (stdio)', async () => {
    const config = testConfig(modernStdio(), { conformance: false, flows: [FLOW], bench: BENCH });
    const result = await run(config);
    const modern = ['2026-07-28', 'modern'];
    expect(suitesOf(result)).toEqual({
      flows: [['modern fixture tools', 'pass', ...modern]],
      // ping is gone in 2026-07-28: the cheapest round trip there is server/discover.
      bench: [
        ['server/discover', 0, ...modern],
        ['tools/list', 0, ...modern],
        ['resources/list', 0, ...modern],
        ['prompts/list', 0, ...modern],
        ['startup/initialize', 0, ...modern],
        ['startup/first-tools-list', 0, ...modern],
      ],
    });
    expect(result.bench.find((b) => b.name === 'startup/initialize')!.note).toMatch(/its server\/discover answer/);
    const written = JSON.parse(await readFile(join(config.outDir, 'results.json'), 'utf8')) as RunResult;
    expect(suitesOf(written)).toEqual(suitesOf(result));
  });

  it('run on the pinned version when protocol-version names one (http)', async () => {
    const config = testConfig(await modernHttp(), {
      conformance: false,
      flows: [FLOW],
      bench: BENCH,
      protocolVersion: '2025-11-25',
    });
    const result = await run(config);
    const legacy = ['2025-11-25', 'legacy'];
    expect(suitesOf(result)).toEqual({
      flows: [['modern fixture tools', 'pass', ...legacy]],
      bench: [
        ['ping', 0, ...legacy],
        ['tools/list', 0, ...legacy],
        ['resources/list', 0, ...legacy],
        ['prompts/list', 0, ...legacy],
      ],
    });
  });

  it('stay on the initialize era on an in-process server, which has no 2026-07-28 wire (library)', async () => {
    const result = await runFlows({ server: () => createShopServer(), name: 'shop' }, 'examples/flows/shop.yml');
    expect(result.flows.map((f) => [f.status, f.protocolVersion, f.era])).toEqual([['pass', '2025-11-25', 'legacy']]);
  });
});

describe('an in-process server, which has no 2026-07-28 wire', () => {
  it('is tested once per initialize-era version, not given a second 2025-11-25 session as its 2026-07-28 one', async () => {
    const result = await runConformance({ server: () => createShopServer(), name: 'shop' });
    expect(result.server.acceptedVersions).toEqual(['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05']);
    const keys = result.checks.map((c) => `${c.id}@${c.protocolVersion}`);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });
});
