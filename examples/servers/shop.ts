/**
 * A small shop as an MCP server: tools to look up stock, order and pay, resources for the catalogue, the logo
 * and each product, and prompts for order summaries. Every call of createShopServer starts a fresh shop.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { completable } from '@modelcontextprotocol/sdk/server/completable.js';
import { McpServer, ResourceTemplate } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { ServerOptions } from '@modelcontextprotocol/sdk/server/index.js';
import { InMemoryTaskStore } from '@modelcontextprotocol/sdk/experimental/tasks/stores/in-memory.js';
import {
  McpError,
  RELATED_TASK_META_KEY,
  SubscribeRequestSchema,
  UnsubscribeRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { CallToolResult, ClientCapabilities } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { applySpecFixes, RESOURCE_NOT_FOUND } from './spec-fixes.js';
import { Store } from './store.js';
import type { Order, Product } from './store.js';

export const SHOP_SERVER_INFO = { name: 'shop', version: '1.0.0' } as const;

/** 1×1 transparent PNG. */
const LOGO_PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

const STYLES = ['brief', 'detailed'] as const;

const productUri = (sku: string) => `shop://products/${sku}`;

/** How long a stock report spends on each product, so a client can watch the task work (and cancel it). */
const REPORT_STEP_MS = 40;
/** Tasks live five minutes after their last update; clients may poll every 50 ms. */
const TASK_TTL_MS = 5 * 60_000;
const TASK_POLL_INTERVAL_MS = 50;
/** How long the shop waits for the client to answer a question or a sampling request before going on without. */
const CLIENT_ANSWER_TIMEOUT_MS = 5_000;

export function shopServerOptions(): ServerOptions & { capabilities: NonNullable<ServerOptions['capabilities']> } {
  return {
    capabilities: {
      tools: { listChanged: true },
      resources: { subscribe: true, listChanged: true },
      prompts: { listChanged: true },
      logging: {},
      completions: {},
      // Tasks (2025-11-25, experimental): stock_report can run as a task; tasks can be listed and cancelled.
      tasks: { list: {}, cancel: {}, requests: { tools: { call: {} } } },
    },
    instructions: 'A fruit shop. Check stock with check_inventory, then create_order and pay_order.',
  };
}

const text = (value: string): CallToolResult => ({ content: [{ type: 'text', text: value }] });
const failure = (reason: string): CallToolResult => ({ content: [{ type: 'text', text: reason }], isError: true });

function catalogMarkdown(products: Product[]): string {
  const rows = products.map((p) => `| ${p.sku} | ${p.name} | ${(p.priceCents / 100).toFixed(2)} |`);
  return ['# Catalogue', '', '| SKU | Product | Price (EUR) |', '| --- | --- | --- |', ...rows, ''].join('\n');
}

/**
 * Counts the stock of every product into a task, one product at a time, as a long job would. It writes to the
 * task store itself rather than through the request's task store, which would also send
 * notifications/tasks/status: those are optional, and the SDK would send them in sessions of protocol versions
 * that have no tasks. A cancelled task stays cancelled: the store refuses to move a task out of a terminal status,
 * so the count stops there.
 */
async function runStockReport(
  task: { taskId: string; sessionId?: string },
  tasks: InMemoryTaskStore,
  store: Store,
  askIncludeSoldOut?: () => Promise<boolean>,
): Promise<void> {
  const lines: string[] = [];
  try {
    let includeSoldOut = true;
    if (askIncludeSoldOut) {
      // The task waits for the client meanwhile (basic/utilities/tasks#input-required-status).
      await tasks.updateTaskStatus(task.taskId, 'input_required', 'Include sold-out products?', task.sessionId);
      includeSoldOut = await askIncludeSoldOut();
    }
    for (const { sku } of store.products()) {
      await tasks.updateTaskStatus(task.taskId, 'working', `Counting ${sku}`, task.sessionId);
      await sleep(REPORT_STEP_MS);
      const stock = store.product(sku)?.stock ?? 0;
      if (stock > 0 || includeSoldOut) lines.push(`${sku}: ${stock} in stock`);
    }
    await tasks.storeTaskResult(task.taskId, 'completed', text(lines.join('\n')), task.sessionId);
  } catch {
    // The task was cancelled (or expired) meanwhile; there is nobody left to report to.
  }
}

/** A client that takes task-augmented sampling requests (2025-11-25) runs a sampling request as a task. */
const takesSamplingTasks = (client: ClientCapabilities | undefined) =>
  client?.tasks?.requests?.sampling?.createMessage !== undefined;

/**
 * Asks the client's model which product suits an occasion; undefined when the client offers no sampling or
 * gives no answer in time. A client that takes sampling as a task runs the request as one; the SDK follows the
 * task with tasks/get and tasks/result, and a task is only ever cancelled with tasks/cancel (CANC-05).
 */
async function askModelForProduct(mcp: McpServer, occasion: string, products: Product[]): Promise<string | undefined> {
  const client = mcp.server.getClientCapabilities();
  if (client?.sampling === undefined) return undefined;
  const question = `Which one of these products suits ${occasion}? ${products.map((p) => p.name).join(', ')}.`;
  const stream = mcp.server.experimental.tasks.createMessageStream(
    { messages: [{ role: 'user', content: { type: 'text', text: question } }], maxTokens: 100 },
    { timeout: CLIENT_ANSWER_TIMEOUT_MS, ...(takesSamplingTasks(client) ? { task: { ttl: TASK_TTL_MS } } : {}) },
  );
  for await (const message of stream) {
    if (message.type === 'error') return undefined;
    if (message.type === 'result') {
      const content = message.result.content;
      return !Array.isArray(content) && content.type === 'text' ? content.text : undefined;
    }
  }
  return undefined;
}

function describeOrder(order: Order): string {
  return `${order.orderId}: ${order.quantity} × ${order.sku}, ${(order.totalCents / 100).toFixed(2)} EUR, ${order.status}`;
}

export function createShopServer(options = shopServerOptions()): McpServer {
  const store = new Store();
  const subscriptions = new Set<string>();
  const tasks = new InMemoryTaskStore();
  const mcp = new McpServer(SHOP_SERVER_INFO, { ...options, taskStore: tasks });
  const skus = () => store.products().map((p) => p.sku);

  mcp.registerTool(
    'check_inventory',
    {
      title: 'Check inventory',
      description: 'Stock and price of one product.',
      // The example lets a client that synthesises arguments (mcp-ci does) call the tool with a real product.
      inputSchema: {
        sku: z
          .string()
          .describe('Product SKU')
          .meta({ examples: ['sku-apple'] }),
      },
      outputSchema: { sku: z.string(), name: z.string(), priceCents: z.number().int(), stock: z.number().int() },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ sku }) => {
      const product = store.product(sku);
      if (!product) return failure(`Unknown product ${sku}.`);
      // TOOL-04: structured results also carry their JSON as a text block, for clients without structured output.
      return { content: [{ type: 'text', text: JSON.stringify(product) }], structuredContent: { ...product } };
    },
  );

  mcp.registerTool(
    'list_products',
    {
      title: 'List products',
      description: 'Every product with its SKU and price.',
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    () =>
      text(
        store
          .products()
          .map((p) => `${p.sku}: ${p.name}, ${p.priceCents} cents`)
          .join('\n'),
      ),
  );

  mcp.registerTool(
    'create_order',
    {
      title: 'Create order',
      description: 'Reserve stock for an order. Fails when the product is unknown or out of stock.',
      inputSchema: { sku: z.string(), quantity: z.number().int().min(1) },
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: false },
    },
    async ({ sku, quantity }, extra) => {
      const outcome = store.createOrder(sku, quantity);
      if (!outcome.ok) {
        await mcp.sendLoggingMessage({ level: 'warning', logger: 'shop', data: outcome.reason }, extra.sessionId);
        return failure(outcome.reason);
      }
      await mcp.sendLoggingMessage(
        { level: 'info', logger: 'shop', data: `created ${describeOrder(outcome.value)}` },
        extra.sessionId,
      );
      if (subscriptions.has(productUri(sku))) {
        await extra.sendNotification({ method: 'notifications/resources/updated', params: { uri: productUri(sku) } });
      }
      return text(describeOrder(outcome.value));
    },
  );

  mcp.registerTool(
    'pay_order',
    {
      title: 'Pay order',
      description: 'Pay an order. Paying an order that is already paid changes nothing.',
      inputSchema: { orderId: z.string() },
      annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: true, openWorldHint: false },
    },
    ({ orderId }) => {
      const outcome = store.payOrder(orderId);
      return outcome.ok ? text(describeOrder(outcome.value)) : failure(outcome.reason);
    },
  );

  mcp.registerTool(
    'echo',
    {
      title: 'Echo',
      description: 'Returns the text it was given, unchanged.',
      inputSchema: { text: z.string() },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    ({ text: value }) => text(value),
  );

  mcp.registerTool(
    'slow_count',
    {
      title: 'Slow count',
      description: 'Counts to `steps`, waiting `delayMs` before each step, and reports progress when asked to.',
      inputSchema: {
        steps: z
          .number()
          .int()
          .min(1)
          .max(20)
          .meta({ examples: [3] }),
        delayMs: z
          .number()
          .int()
          .min(0)
          .max(1000)
          .meta({ examples: [20] }),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ steps, delayMs }, extra) => {
      const progressToken = extra._meta?.progressToken;
      for (let step = 1; step <= steps; step++) {
        // Rejects when the client cancels, so the SDK sends no response for the cancelled request (CANC-01).
        await sleep(delayMs, undefined, { signal: extra.signal });
        if (progressToken !== undefined) {
          await extra.sendNotification({
            method: 'notifications/progress',
            params: { progressToken, progress: step, total: steps, message: `Counted ${step} of ${steps}` },
          });
        }
      }
      return text(`Counted to ${steps}.`);
    },
  );

  mcp.registerTool(
    'suggest_product',
    {
      title: 'Suggest a product',
      description: "Suggests a product for an occasion, asking the client's model when the client offers sampling.",
      inputSchema: { occasion: z.string().meta({ examples: ['a picnic'] }) },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ occasion }) => {
      const inStock = store.products().filter((p) => (store.product(p.sku)?.stock ?? 0) > 0);
      const answer = await askModelForProduct(mcp, occasion, inStock);
      if (answer !== undefined) return text(`The model suggests: ${answer}`);
      const fallback = inStock[0];
      return text(fallback ? `Try ${fallback.name}: it is in stock.` : 'Nothing is in stock right now.');
    },
  );

  /**
   * Asks whether the report should list sold-out products, of a client that can answer (it takes elicitation)
   * and knows tasks (2025-11-25). The question names its task in _meta (tasks#input-required-status).
   */
  const includeSoldOutAsker = (taskId: string) => {
    const client = mcp.server.getClientCapabilities();
    if (client?.elicitation === undefined || client.tasks === undefined) return undefined;
    return async () => {
      const answer = await mcp.server
        .elicitInput(
          {
            message: 'Include sold-out products in the stock report?',
            requestedSchema: {
              type: 'object',
              properties: { includeSoldOut: { type: 'boolean', title: 'Include sold-out products' } },
              required: ['includeSoldOut'],
            },
            _meta: { [RELATED_TASK_META_KEY]: { taskId } },
          },
          { timeout: CLIENT_ANSWER_TIMEOUT_MS },
        )
        .catch(() => undefined);
      return !(answer?.action === 'accept' && answer.content?.includeSoldOut === false);
    };
  };

  mcp.experimental.tasks.registerToolTask(
    'stock_report',
    {
      title: 'Stock report',
      description: 'Stock of every product, counted one product at a time. Can run as a task.',
      annotations: { readOnlyHint: true, openWorldHint: false },
      execution: { taskSupport: 'optional' },
    },
    {
      async createTask(extra) {
        const task = await extra.taskStore.createTask({ ttl: TASK_TTL_MS, pollInterval: TASK_POLL_INTERVAL_MS });
        // A copy: the store's own object changes as the report runs, and a task begins "working" (TASK-07).
        const created = { ...task };
        const ask = includeSoldOutAsker(task.taskId);
        void runStockReport({ taskId: task.taskId, sessionId: extra.sessionId }, tasks, store, ask);
        return { task: created };
      },
      getTask: (extra) => extra.taskStore.getTask(extra.taskId),
      getTaskResult: (extra) => extra.taskStore.getTaskResult(extra.taskId) as Promise<CallToolResult>,
    },
  );

  mcp.registerResource(
    'catalog',
    'shop://catalog',
    { title: 'Catalogue', description: 'Products and prices.', mimeType: 'text/markdown' },
    (uri) => ({ contents: [{ uri: uri.href, mimeType: 'text/markdown', text: catalogMarkdown(store.products()) }] }),
  );

  mcp.registerResource('logo', 'shop://logo.png', { title: 'Shop logo', mimeType: 'image/png' }, (uri) => ({
    contents: [{ uri: uri.href, mimeType: 'image/png', blob: LOGO_PNG_BASE64 }],
  }));

  mcp.registerResource(
    'product',
    new ResourceTemplate('shop://products/{sku}', {
      list: () => ({
        resources: store
          .products()
          .map((p) => ({ uri: productUri(p.sku), name: p.sku, title: p.name, mimeType: 'application/json' })),
      }),
      complete: { sku: (value) => skus().filter((sku) => sku.startsWith(value)) },
    }),
    { title: 'Product', description: 'One product with its current stock.', mimeType: 'application/json' },
    (uri, { sku }) => {
      const product = typeof sku === 'string' ? store.product(sku) : undefined;
      if (!product) throw new McpError(RESOURCE_NOT_FOUND, 'Resource not found', { uri: uri.href });
      return { contents: [{ uri: uri.href, mimeType: 'application/json', text: JSON.stringify(product) }] };
    },
  );

  mcp.registerPrompt(
    'order_summary',
    {
      title: 'Order summary',
      description: 'Ask for a summary of one order.',
      argsSchema: {
        orderId: completable(z.string().describe('The order to summarise'), (value) =>
          store.orderIds().filter((id) => id.startsWith(value)),
        ),
        style: completable(z.enum(STYLES).optional().describe('How much detail'), (value) =>
          STYLES.filter((style) => style.startsWith(value ?? '')),
        ),
      },
    },
    ({ orderId, style }) => {
      const order = store.order(orderId);
      const facts = order ? describeOrder(order) : `There is no order ${orderId}.`;
      const ask = style === 'detailed' ? 'Explain every line of the order.' : 'Answer in one sentence.';
      return {
        messages: [
          { role: 'user', content: { type: 'text', text: `Summarise this order for the customer. ${ask}\n${facts}` } },
        ],
      };
    },
  );

  mcp.registerPrompt('greeting', { title: 'Greeting', description: 'Greet a visitor of the shop.' }, () => ({
    messages: [
      { role: 'user', content: { type: 'text', text: 'Greet a visitor of the fruit shop in one friendly line.' } },
    ],
  }));

  // The SDK installs no handlers for resources.subscribe; without them the declared capability would answer -32601.
  const requireKnownResource = async (uri: string) => {
    const known =
      uri === 'shop://catalog' || uri === 'shop://logo.png' || skus().some((sku) => productUri(sku) === uri);
    if (!known) throw new McpError(RESOURCE_NOT_FOUND, 'Resource not found', { uri });
  };
  mcp.server.setRequestHandler(SubscribeRequestSchema, async (request) => {
    await requireKnownResource(request.params.uri);
    subscriptions.add(request.params.uri);
    return {};
  });
  mcp.server.setRequestHandler(UnsubscribeRequestSchema, async (request) => {
    subscriptions.delete(request.params.uri);
    return {};
  });

  applySpecFixes(mcp);
  return mcp;
}
