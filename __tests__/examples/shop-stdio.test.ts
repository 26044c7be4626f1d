import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { McpError } from '@modelcontextprotocol/sdk/types.js';
import type { LoggingMessageNotification } from '@modelcontextprotocol/sdk/types.js';
import {
  LoggingMessageNotificationSchema,
  ResourceUpdatedNotificationSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { connectStdio, SHOP_SERVER, spawnRawStdio } from './launch.js';

async function rpcError(call: Promise<unknown>): Promise<{ code: number; message: string }> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(McpError);
  return error as McpError;
}

const textOf = (result: Record<string, unknown>) =>
  (result.content as { type: string; text?: string }[]).map((block) => block.text ?? '').join('\n');

describe('shop server over stdio, with the SDK client', () => {
  let client: Client;

  beforeAll(async () => {
    ({ client } = await connectStdio(SHOP_SERVER));
  });
  afterAll(async () => {
    await client.close();
  });

  it('declares its capabilities and lists its tools, resources, templates and prompts', async () => {
    expect(client.getServerVersion()).toEqual({ name: 'shop', version: '1.0.0' });
    expect(client.getServerCapabilities()).toMatchObject({
      tools: {},
      resources: { subscribe: true },
      prompts: {},
      logging: {},
      completions: {},
      tasks: { list: {}, cancel: {}, requests: { tools: { call: {} } } },
    });
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      'check_inventory',
      'create_order',
      'echo',
      'list_products',
      'pay_order',
      'slow_count',
      'stock_report',
      'suggest_product',
    ]);
    const byName = new Map(tools.map((t) => [t.name, t]));
    expect(byName.get('check_inventory')?.outputSchema?.type).toBe('object');
    expect(byName.get('list_products')?.outputSchema).toBeUndefined();
    expect(byName.get('pay_order')?.annotations).toMatchObject({ destructiveHint: false, idempotentHint: true });
    expect(byName.get('stock_report')?.execution).toEqual({ taskSupport: 'optional' });
    for (const tool of tools) expect(tool.inputSchema.type).toBe('object');

    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri)).toEqual(
      expect.arrayContaining(['shop://catalog', 'shop://logo.png', 'shop://products/sku-apple']),
    );
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates.map((t) => t.uriTemplate)).toEqual(['shop://products/{sku}']);
    const { prompts } = await client.listPrompts();
    expect(prompts.find((p) => p.name === 'order_summary')?.arguments).toEqual([
      expect.objectContaining({ name: 'orderId', required: true }),
      expect.objectContaining({ name: 'style', required: false }),
    ]);
    expect(prompts.find((p) => p.name === 'greeting')?.arguments).toBeUndefined();
  });

  it('runs the order flow: stock goes down by what was ordered, and paying twice changes nothing', async () => {
    const before = await client.callTool({ name: 'check_inventory', arguments: { sku: 'sku-apple' } });
    const stock = (before.structuredContent as { stock: number }).stock;
    // TOOL-04: the text block carries the same JSON as the structured content.
    expect(JSON.parse(textOf(before))).toEqual(before.structuredContent);

    const order = await client.callTool({ name: 'create_order', arguments: { sku: 'sku-apple', quantity: 2 } });
    expect(order.isError).toBeFalsy();
    const orderId = /^(order-\d+):/.exec(textOf(order))?.[1];
    expect(orderId).toBeDefined();

    const paid = await client.callTool({ name: 'pay_order', arguments: { orderId } });
    expect(textOf(paid)).toContain('paid');
    const paidAgain = await client.callTool({ name: 'pay_order', arguments: { orderId } });
    expect(textOf(paidAgain)).toBe(textOf(paid));

    const after = await client.callTool({ name: 'check_inventory', arguments: { sku: 'sku-apple' } });
    expect((after.structuredContent as { stock: number }).stock).toBe(stock - 2);
  });

  it('reports tool failures as isError results: out of stock, unknown product, invalid quantity', async () => {
    const tooMany = await client.callTool({ name: 'create_order', arguments: { sku: 'sku-pear', quantity: 4 } });
    expect(tooMany.isError).toBe(true);
    expect(textOf(tooMany)).toMatch(/out of stock/i);
    const unknown = await client.callTool({ name: 'create_order', arguments: { sku: 'sku-kiwi', quantity: 1 } });
    expect(unknown.isError).toBe(true);
    const invalid = await client.callTool({ name: 'create_order', arguments: { sku: 'sku-pear', quantity: 0 } });
    expect(invalid.isError).toBe(true);
    const inventory = await client.callTool({ name: 'check_inventory', arguments: { sku: 'sku-kiwi' } });
    expect(inventory.isError).toBe(true);
  });

  it('answers protocol errors with the codes the spec names', async () => {
    expect((await rpcError(client.callTool({ name: 'no_such_tool', arguments: {} }))).code).toBe(-32602);
    expect((await rpcError(client.readResource({ uri: 'shop://nothing-here' }))).code).toBe(-32002);
    expect((await rpcError(client.readResource({ uri: 'shop://products/sku-kiwi' }))).code).toBe(-32002);
    expect((await rpcError(client.getPrompt({ name: 'no_such_prompt' }))).code).toBe(-32602);
    expect((await rpcError(client.getPrompt({ name: 'order_summary', arguments: {} }))).code).toBe(-32602);
    expect((await rpcError(client.listTools({ cursor: 'not-a-cursor' }))).code).toBe(-32602);
    expect((await rpcError(client.listPrompts({ cursor: 'not-a-cursor' }))).code).toBe(-32602);
    expect((await rpcError(client.setLoggingLevel('verbose' as 'debug'))).code).toBe(-32602);
  });

  it('reads text, binary and templated resources, and completes template and prompt arguments', async () => {
    const read = async (uri: string) =>
      (await client.readResource({ uri })).contents[0] as {
        uri: string;
        mimeType?: string;
        text?: string;
        blob?: string;
      };
    const catalog = await read('shop://catalog');
    expect(catalog).toMatchObject({ uri: 'shop://catalog', mimeType: 'text/markdown' });
    expect(catalog.text).toContain('sku-pear');

    const logo = await read('shop://logo.png');
    expect(logo.mimeType).toBe('image/png');
    const png = Buffer.from(String(logo.blob), 'base64');
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

    const pear = await read('shop://products/sku-pear');
    expect(JSON.parse(String(pear.text))).toMatchObject({ sku: 'sku-pear', stock: 3 });

    const skus = await client.complete({
      ref: { type: 'ref/resource', uri: 'shop://products/{sku}' },
      argument: { name: 'sku', value: 'sku-p' },
    });
    expect(skus.completion.values).toEqual(['sku-pear', 'sku-plum']);
    const styles = await client.complete({
      ref: { type: 'ref/prompt', name: 'order_summary' },
      argument: { name: 'style', value: 'd' },
    });
    expect(styles.completion.values).toEqual(['detailed']);

    const greeting = await client.getPrompt({ name: 'greeting' });
    expect(greeting.messages[0]?.role).toBe('user');
  });

  it('round-trips UTF-8 text through echo', async () => {
    const text = 'héllo 世界 🙂\nsecond line';
    expect(textOf(await client.callTool({ name: 'echo', arguments: { text } }))).toBe(text);
  });

  it('suggests a product in stock on its own when the client offers no sampling', async () => {
    expect(textOf(await client.callTool({ name: 'suggest_product', arguments: { occasion: 'a picnic' } }))).toBe(
      'Try Apple: it is in stock.',
    );
  });

  it('counts the stock with stock_report, called plainly (the SDK runs the task and waits for it)', async () => {
    expect(textOf(await client.callTool({ name: 'stock_report', arguments: {} }))).toMatch(
      /^sku-apple: \d+ in stock$/m,
    );
  });

  it('reports strictly increasing progress for a progress token', async () => {
    const progress: number[] = [];
    const result = await client.callTool({ name: 'slow_count', arguments: { steps: 4, delayMs: 5 } }, undefined, {
      onprogress: (p) => progress.push(p.progress),
    });
    expect(textOf(result)).toBe('Counted to 4.');
    // The SDK client dispatches notifications a tick after they arrive and forgets the token once the response
    // is in, so the last one may be dropped on its side; the raw test below sees every notification.
    expect(progress.length).toBeGreaterThan(0);
    expect(progress).toEqual([1, 2, 3, 4].slice(0, progress.length));
  });

  it('stops a cancelled slow_count', async () => {
    const controller = new AbortController();
    const call = client.callTool({ name: 'slow_count', arguments: { steps: 20, delayMs: 1000 } }, undefined, {
      signal: controller.signal,
    });
    setTimeout(() => controller.abort('test cancels'), 50);
    await expect(call).rejects.toThrow();
    // The server keeps serving after the cancellation.
    expect(await client.ping()).toEqual({});
  });

  it('honours logging/setLevel and notifies subscribers of a product whose stock changed', async () => {
    const logs: LoggingMessageNotification['params'][] = [];
    client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => void logs.push(n.params));
    const updated: string[] = [];
    client.setNotificationHandler(ResourceUpdatedNotificationSchema, (n) => void updated.push(n.params.uri));

    await client.setLoggingLevel('warning');
    await client.callTool({ name: 'create_order', arguments: { sku: 'sku-apple', quantity: 1 } });
    await client.callTool({ name: 'create_order', arguments: { sku: 'sku-plum', quantity: 1 } });
    await client.setLoggingLevel('debug');
    expect(logs.map((l) => l.level)).toEqual(['warning']);

    expect(await client.subscribeResource({ uri: 'shop://products/sku-apple' })).toEqual({});
    await client.callTool({ name: 'create_order', arguments: { sku: 'sku-apple', quantity: 1 } });
    expect(await client.unsubscribeResource({ uri: 'shop://products/sku-apple' })).toEqual({});
    await client.callTool({ name: 'create_order', arguments: { sku: 'sku-apple', quantity: 1 } });
    expect(updated).toEqual(['shop://products/sku-apple']);
    expect(logs.map((l) => l.level)).toEqual(['warning', 'info', 'info']);
  });
});

describe('shop server over stdio, raw lines', () => {
  it('answers malformed input with -32700 / -32600, keeps serving, keeps stdout clean and exits on EOF', async () => {
    const server = spawnRawStdio(SHOP_SERVER);
    try {
      server.write('{"jsonrpc":"2.0","id":1,');
      const parseError = await server.waitFor((m) => (m.error as { code?: number })?.code === -32700, 'parse error');
      expect(parseError).not.toHaveProperty('id');
      server.send({ jsonrpc: '1.0', id: 8, method: 'tools/list' });
      const invalid = await server.waitFor((m) => m.id === 8, 'invalid request');
      expect(invalid.error).toMatchObject({ code: -32600 });

      server.send({
        jsonrpc: '2.0',
        id: 'init',
        method: 'initialize',
        params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'raw', version: '0' } },
      });
      const init = await server.waitFor((m) => m.id === 'init', 'initialize');
      expect(init.result).toMatchObject({ protocolVersion: '2025-11-25' });
      server.send({ jsonrpc: '2.0', method: 'notifications/initialized' });
      server.send({ jsonrpc: '2.0', id: 0, method: 'ping' });
      expect(await server.waitFor((m) => m.id === 0, 'ping')).toMatchObject({ result: {} });

      // PROG-01..03: the token comes back verbatim (a number stays a number), progress strictly increases, and
      // every notification precedes the response.
      server.send({
        jsonrpc: '2.0',
        id: 'count',
        method: 'tools/call',
        params: { name: 'slow_count', arguments: { steps: 3, delayMs: 1 }, _meta: { progressToken: 424242 } },
      });
      await server.waitFor((m) => m.id === 'count', 'slow_count response');
      const messages = server.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      const progress = messages.filter((m) => m.method === 'notifications/progress').map((m) => m.params);
      expect(progress).toEqual([1, 2, 3].map((n) => expect.objectContaining({ progressToken: 424242, progress: n })));
      expect(messages.at(-1)).toMatchObject({ id: 'count' });

      expect(await server.endInput()).toEqual({ code: 0, signal: null });
      // STDIO-02: every line the server wrote is one JSON-RPC message.
      for (const line of server.lines) expect(JSON.parse(line)).toMatchObject({ jsonrpc: '2.0' });
    } finally {
      await server.stop();
    }
  });
});
