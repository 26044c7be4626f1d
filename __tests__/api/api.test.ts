/**
 * The library API against real servers: the example shop server in this process (through the SDK's in-memory
 * transport) and over stdio, a server object that breaks a MUST rule, a server that cannot boot, and a run
 * aborted halfway, whose server processes must be gone when the call rejects.
 */
import { describe, expect, it } from 'vitest';
import {
  BootError,
  ConfigError,
  listTools,
  runBench,
  runConformance,
  runFlows,
  startTarget,
  type RunEvent,
} from '../../src/api.js';
import { SHOP_SERVER } from '../helpers/config.js';
import { childProcesses, createShopServer, createUntypedSchemaServer } from './servers.js';

const shop = { server: () => createShopServer(), name: 'shop' };
const VERSION = '2025-11-25';

describe('in-process servers', () => {
  it('runs the conformance suite and skips the checks that need a wire, saying so', async () => {
    const events: RunEvent[] = [];
    const result = await runConformance(shop, { version: VERSION, onProgress: (event) => events.push(event) });
    expect(result.outcome).toBe('passed');
    expect(result.target).toEqual({ transport: 'memory', command: 'shop' });
    expect(result.server).toMatchObject({ name: 'shop', protocolVersion: VERSION });
    expect(result.summary.fail).toBe(0);
    expect(result.checks.find((c) => c.id === 'tools-input-schema-object')).toMatchObject({ status: 'pass' });
    // A stdio framing rule and a raw-frame rule (declared for stdio and HTTP only) are skipped, not failed.
    const needsWire = result.checks.filter((c) => c.message.startsWith('needs a process/HTTP transport'));
    expect(needsWire.map((c) => c.status)).toEqual(needsWire.map(() => 'skip'));
    expect(needsWire.map((c) => c.section)).toEqual(expect.arrayContaining(['stdio', 'http', 'base']));
    expect(result.checks.every((c) => c.transport === 'memory')).toBe(true);
    const done = events.filter((e) => e.type === 'check:done');
    expect(done).toHaveLength(result.checks.length);
    expect(events[0]).toMatchObject({ type: 'boot:done' });
  });

  it('fails a server object that breaks a MUST rule, with the rule and the evidence', async () => {
    const result = await runConformance({ server: createUntypedSchemaServer }, { version: VERSION });
    expect(result.outcome).toBe('failed');
    const check = result.checks.find((c) => c.id === 'tools-input-schema-object');
    expect(check).toMatchObject({ status: 'fail', level: 'MUST' });
    expect(check?.rule).toContain('"type": "object"');
    expect(check?.evidence).toBeDefined();
  });

  it('runs a flow file and a flow written as an object, and reports the failing step', async () => {
    const result = await runFlows(shop, [
      'examples/flows/shop.yml',
      {
        name: 'unknown sku',
        steps: [
          {
            id: 'check',
            call: 'check_inventory',
            arguments: { sku: 'sku-apple' },
            expect: { text: { contains: 'no such text' } },
          },
        ],
      },
    ]);
    expect(result.flows.map((f) => [f.name, f.status])).toEqual([
      ['shop orders', 'pass'],
      ['unknown sku', 'fail'],
    ]);
    expect(result.flows[1]!.steps[0]).toMatchObject({ id: 'check', status: 'fail' });
    expect(result.outcome).toBe('failed');
  });

  it('rejects a flow object the flow schema refuses, naming it', async () => {
    await expect(runFlows(shop, [{ name: 'broken', steps: [{ id: 'x', teleport: 'now' }] }])).rejects.toThrow(
      /flows\[0\]/,
    );
  });

  it('measures benchmarks with the settings of mcp-ci.yml', async () => {
    const result = await runBench(shop, {
      settings: { bench: { iterations: 20, warmup: 2, concurrency: [1], budgets: { ping: { 'max-p95-ms': 10_000 } } } },
    });
    const ping = result.bench.find((b) => b.name === 'ping');
    expect(ping?.stats.count).toBe(20);
    expect(ping?.budgets?.[0]).toMatchObject({ status: 'pass' });
    expect(result.outcome).toBe('passed');
  });

  it('keeps one started target for several calls', async () => {
    await using target = await startTarget(shop);
    expect(target.boot.ok).toBe(true);
    const tools = await listTools(target);
    expect(tools.map((t) => t.name)).toContain('check_inventory');
    const flows = await runFlows(target, 'examples/flows/shop.yml');
    expect(flows.outcome).toBe('passed');
  });

  it('asks for a factory when given a server object, and names a bad setting', async () => {
    await expect(runConformance({ server: createShopServer() as never })).rejects.toThrow(ConfigError);
    await expect(runConformance({ server: createShopServer() as never })).rejects.toThrow(/function that creates/);
    await expect(runConformance(shop, { settings: { 'timeout-ms': -1 } })).rejects.toThrow(/settings\.timeout-ms/);
  });

  it('reports a factory that throws as a boot error', async () => {
    const broken = {
      server: () => {
        throw new Error('database unreachable');
      },
    };
    const result = await runConformance(broken);
    expect(result.outcome).toBe('boot-error');
    expect(result.boot.error).toContain('database unreachable');
    await expect(startTarget(broken)).rejects.toThrow(BootError);
  });
});

describe('servers over stdio', () => {
  it('runs the conformance suite with the settings of an mcp-ci.yml', async () => {
    const result = await runConformance(
      { stdio: `node ${SHOP_SERVER}` },
      { version: VERSION, config: 'examples/mcp-ci.yml' },
    );
    expect(result.outcome).toBe('passed');
    expect(result.target).toEqual({ transport: 'stdio', command: `node ${SHOP_SERVER}` });
    expect(result.checks.filter((c) => c.section === 'stdio').some((c) => c.status === 'pass')).toBe(true);
  });

  it('returns a boot error for a server that exits at once', async () => {
    const result = await runConformance({ stdio: 'node __tests__/fixtures/boot/exits-at-once.mjs' });
    expect(result.outcome).toBe('boot-error');
    expect(result.boot.ok).toBe(false);
  });

  it('stops every server process when the signal aborts', async () => {
    const controller = new AbortController();
    let started = 0;
    const run = runConformance(
      { stdio: `node ${SHOP_SERVER}` },
      {
        signal: controller.signal,
        onProgress: (event) => {
          if (event.type !== 'check:done') return;
          started = Math.max(started, childProcesses(SHOP_SERVER).length);
          controller.abort();
        },
      },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(started).toBeGreaterThan(0);
    expect(childProcesses(SHOP_SERVER)).toEqual([]);
  });
});
