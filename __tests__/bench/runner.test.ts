import { afterEach, describe, expect, it } from 'vitest';
import { runBench, type BenchDeps } from '../../src/bench/runner.js';
import { ConfigError } from '../../src/config/errors.js';
import { benchSettingsSchema } from '../../src/config/schema.js';
import type { RunEvent } from '../../src/events.js';
import { summarize } from '../../src/bench/stats.js';
import type { BenchResult } from '../../src/model.js';
import { bootTarget, type BootedServer } from '../../src/target/boot.js';
import { Transcript } from '../../src/wire/transcript.js';
import { FAULTY_SERVER, SHOP_SERVER, stdioTarget, testConfig } from '../helpers/config.js';

let target: BootedServer | undefined;
afterEach(async () => {
  await target?.close();
  target = undefined;
});

async function bootShop(
  server = SHOP_SERVER,
  env: Record<string, string> = {},
): Promise<{ target: BootedServer; transcript: Transcript; toolNames: string[] }> {
  const transcript = new Transcript();
  target = await bootTarget(testConfig(stdioTarget(['node', server], env)), transcript, () => {});
  const listed = await target.main.request('tools/list');
  if (!listed.ok) throw new Error('tools/list failed');
  const toolNames = (listed.result.tools as { name: string }[]).map((tool) => tool.name);
  return { target, transcript, toolNames };
}

function deps(
  booted: BootedServer,
  toolNames: string[],
  settings: Record<string, unknown>,
  events: RunEvent[],
): BenchDeps {
  return {
    main: booted.main,
    connect: (options) => booted.connect(options),
    settings: benchSettingsSchema.parse(settings),
    serverCapabilities: booted.main.serverCapabilities,
    toolNames,
    emit: (event) => events.push(event),
  };
}

const byName = (results: BenchResult[], name: string, concurrency = 1) =>
  results.find((result) => result.name === name && result.concurrency === concurrency);

function toolCallsSent(transcript: Transcript): unknown[] {
  return transcript
    .entries()
    .filter((entry) => entry.dir === 'send')
    .map((entry) => entry.message as { method?: string; params?: { name?: unknown } } | undefined)
    .filter((message) => message?.method === 'tools/call')
    .map((message) => message!.params?.name);
}

describe('runBench over stdio', () => {
  it('measures each advertised operation and the listed calls, on one session and on several, then start-up', async () => {
    const { target, transcript, toolNames } = await bootShop();
    const events: RunEvent[] = [];
    const settings = {
      iterations: 20,
      warmup: 3,
      concurrency: [1, 2],
      calls: [{ tool: 'echo', arguments: { text: 'hi' } }],
      // The five cold starts below must all fit, however busy the runner (the default 5 s did not, under load).
      'max-duration-ms': 60_000,
    };
    const results = await runBench(deps(target, toolNames, settings, events));

    const operations = ['ping', 'tools/list', 'resources/list', 'prompts/list', 'echo'];
    expect(results.map((result) => `${result.name}@${result.concurrency}`)).toEqual([
      ...operations.map((op) => `${op}@1`),
      ...operations.map((op) => `${op}@2`),
      ...operations.map((op) => `${op} [2 sessions]@2`),
      'startup/initialize@1',
      'startup/first-tools-list@1',
    ]);
    for (const result of results.filter((r) => !r.name.startsWith('startup/'))) {
      const { stats } = result;
      expect(stats.count, result.name).toBe(20);
      expect(stats.errors, result.name).toBe(0);
      expect(result.samples).toHaveLength(20);
      expect(stats.min).toBeGreaterThan(0);
      expect(stats.min).toBeLessThanOrEqual(stats.p50);
      expect(stats.p50).toBeLessThanOrEqual(stats.p95);
      expect(stats.p99).toBeLessThanOrEqual(stats.max);
      expect(stats.throughput).toBeGreaterThan(0);
      expect(result.note).toBeUndefined();
    }
    const cold = byName(results, 'startup/initialize')!;
    expect(cold.stats.count).toBe(5);
    expect(cold.note).toMatch(/^cold start: spawn of a fresh server process/);
    expect(byName(results, 'startup/first-tools-list')!.stats.p50).toBeGreaterThan(cold.stats.min);

    expect(events.filter((e) => e.type === 'bench:op').map((e) => e.type === 'bench:op' && e.result)).toEqual(results);
    // warm-up + measured requests, at three levels; never a tool that was not listed.
    const calls = toolCallsSent(transcript);
    expect(calls).toHaveLength(3 * 23);
    expect(new Set(calls)).toEqual(new Set(['echo']));
  });

  it('counts tool errors and JSON-RPC errors without stopping, and fails the budgets they break', async () => {
    // The fixture answers ping with a JSON-RPC error; check_inventory answers an unknown SKU with isError.
    const { target, toolNames } = await bootShop(FAULTY_SERVER, { MCP_FAULTS: 'ping-error' });
    const settings = {
      iterations: 10,
      warmup: 1,
      budgets: { ping: { 'max-p95-ms': 1000 } },
      calls: [
        { tool: 'check_inventory', arguments: { sku: 'no-such-product' }, name: 'unknown-sku' },
        { tool: 'echo', arguments: { text: 'still fine' } },
      ],
    };
    const results = await runBench(deps(target, toolNames, settings, []));

    const ping = byName(results, 'ping')!;
    expect(ping.stats).toMatchObject({ count: 0, errors: 10 });
    expect(ping.note).toBe('10 of 10 requests failed (first: JSON-RPC error -32601: Method not found)');
    expect(ping.budgets).toEqual([{ name: 'max-p95-ms', limit: 1000, actual: 0, status: 'fail' }]);
    const unknown = byName(results, 'unknown-sku')!;
    expect(unknown.stats).toMatchObject({ count: 0, errors: 10 });
    expect(unknown.note).toBe('10 of 10 requests failed (first: the tool returned a result with isError: true)');
    expect(byName(results, 'echo')!.stats).toMatchObject({ count: 10, errors: 0 });
  });

  it('ends an operation the server never answers at its time cap, with a note, and goes on', async () => {
    const { target, toolNames } = await bootShop();
    const settings = {
      iterations: 5,
      warmup: 0,
      'max-duration-ms': 400,
      calls: [
        { tool: 'slow_count', arguments: { steps: 20, delayMs: 1000 }, name: 'hangs' },
        { tool: 'echo', arguments: { text: 'after' } },
      ],
    };
    const started = performance.now();
    const results = await runBench(deps(target, toolNames, settings, []));
    const hung = byName(results, 'hangs')!;
    expect(hung.stats).toMatchObject({ count: 0, errors: 0 });
    expect(hung.note).toBe(
      'time cap of 400 ms reached after 0 of 5 iterations; 1 request(s) were still unanswered (the server may hang ' +
        'on this operation); the figures cover the requests completed until then',
    );
    expect(byName(results, 'echo')!.stats.count).toBe(5);
    // Five cold starts plus quick operations: the hung call cost its cap, not its 20 s.
    expect(performance.now() - started).toBeLessThan(8_000);
  });

  it('re-measures an operation that looks slower than the baseline, and never flags start-up', async () => {
    const { target, transcript, toolNames } = await bootShop();
    // A baseline no real server can match: every echo answered in a microsecond.
    const instant = Array.from({ length: 10 }, () => 0.001);
    const baseline: BenchResult[] = [
      { name: 'echo', concurrency: 1, stats: summarize(instant, 0, 1), samples: instant },
      { name: 'startup/initialize', concurrency: 1, stats: summarize(instant, 0, 1), samples: instant },
    ];
    const settings = {
      iterations: 10,
      warmup: 2,
      'regression-min-ms': 0.01,
      calls: [{ tool: 'echo', arguments: { text: 'x' } }],
    };
    const results = await runBench({ ...deps(target, toolNames, settings, []), baseline });
    const echo = byName(results, 'echo')!;
    expect(echo.comparison).toMatchObject({ verdict: 'slower', regression: true });
    expect(echo.note).toMatch(
      /^the slowdown was confirmed by a second measurement \(the first: p50 [\d.]+ ms, \+\d+ % against the baseline\)$/,
    );
    expect(echo.stats.count).toBe(10);
    expect(toolCallsSent(transcript)).toHaveLength(2 * 12);
    expect(byName(results, 'ping')!.comparison).toBeUndefined();
    // Start-up depends on the runner more than on the server: the change is shown, never flagged.
    const cold = byName(results, 'startup/initialize')!;
    expect(cold.comparison).toMatchObject({ verdict: 'slower', regression: false });
    expect(cold.note).toMatch(/^cold start: .*; a change in start-up time is shown, never flagged as a regression/);
  });

  it('rejects a listed tool the server does not have before measuring anything', async () => {
    const { target, transcript, toolNames } = await bootShop();
    const events: RunEvent[] = [];
    const settings = { calls: [{ tool: 'echo' }, { tool: 'refund_order' }] };
    await expect(runBench(deps(target, toolNames, settings, events))).rejects.toThrow(ConfigError);
    await expect(runBench(deps(target, toolNames, settings, events))).rejects.toThrow(/"refund_order"/);
    expect(events).toEqual([]);
    expect(toolCallsSent(transcript)).toEqual([]);
  });
});
