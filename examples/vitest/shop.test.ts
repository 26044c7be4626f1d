/**
 * A user's own tests of their MCP server with mcp-ci: the matchers and the API, against the example shop server
 * both in this process (no process started) and over stdio. Copy it next to your server and change the imports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runConformance, runFlows, startTarget, type StartedTarget } from 'mcp-ci';
import { matchers } from 'mcp-ci/vitest';
import { createShopServer } from '../servers/shop.js';

expect.extend(matchers);

// Each session the suites open gets a server of its own, so pass a function that creates one.
const shop = () => createShopServer();

describe('the shop server, in memory', () => {
  it('passes the conformance suite', async () => {
    await expect(shop).toPassConformance({ version: '2025-11-25' });
  });

  it('lists the tools its clients rely on', async () => {
    await expect(shop).toHaveTool('check_inventory');
    await expect(shop).not.toHaveTool('delete_everything');
  });

  it('takes an order and refuses one it cannot fill', async () => {
    await expect(shop).toPassFlow('examples/flows/shop.yml');
  });

  it('answers a flow written in the test', async () => {
    const result = await runFlows({ server: shop }, [
      {
        name: 'apples are in stock',
        steps: [
          {
            id: 'stock',
            call: 'check_inventory',
            arguments: { sku: 'sku-apple' },
            expect: { path: [{ path: '$.structuredContent.stock', 'at-least': 1 }] },
          },
        ],
      },
    ]);
    expect(result.flows[0]?.status).toBe('pass');
  });
});

describe('the shop server, over stdio', () => {
  let target: StartedTarget;
  beforeAll(async () => {
    target = await startTarget({ stdio: 'node .build/examples/shop-server.mjs' });
  });
  afterAll(() => target.close());

  it('passes the conformance suite, stdio framing included', async () => {
    await expect(target).toPassConformance({ version: '2025-11-25' });
  });

  it('returns the results of results.json to assert on', async () => {
    const result = await runConformance(target, { version: '2025-11-25', settings: { 'call-tools': 'none' } });
    expect(result.summary.fail).toBe(0);
    expect(result.checks.find((check) => check.id === 'stdio-stdout-only-messages')?.status).toBe('pass');
  });
});
