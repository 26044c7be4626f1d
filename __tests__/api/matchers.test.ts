/**
 * The matchers as vitest runs them (expect.extend) and as jest calls them (a plain `this` with isNot), on real
 * in-process servers: failure messages name each broken rule with its spec sentence, link and evidence, and carry
 * no escape sequence a server put in its data.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { describe, expect, it } from 'vitest';
import { matchers } from '../../src/vitest.js';
import { createShopServer, createUntypedSchemaServer } from './servers.js';

expect.extend(matchers);

const VERSION = '2025-11-25';
const shop = () => createShopServer();

/** The message a matcher failed with. */
async function failure(assertion: Promise<unknown>): Promise<string> {
  const error = await assertion.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof Error)) throw new Error('expected the assertion to fail');
  return error.message;
}

describe('toPassConformance', () => {
  it('passes a correct server and fails .not on it', async () => {
    await expect(shop).toPassConformance({ version: VERSION });
    const message = await failure(expect(shop).not.toPassConformance({ version: VERSION }));
    expect(message).toMatch(/expected the server not to pass conformance, but it passed \(\d+ passed, 0 failed/);
  });

  it('lists each broken rule with its spec sentence, link and evidence', async () => {
    const message = await failure(expect(createUntypedSchemaServer).toPassConformance({ version: VERSION }));
    expect(message).toContain('expected the server to pass conformance');
    expect(message).toContain('✖ tools-input-schema-object (MUST, 2025-11-25)');
    expect(message).toContain(
      'rule: "inputSchema: JSON Schema defining expected parameters; MUST be a valid JSON Schema',
    );
    expect(message).toContain('spec: https://modelcontextprotocol.io/specification/2025-11-25/server/tools#tool');
    expect(message).toMatch(/received: /);
    await expect(createUntypedSchemaServer).not.toPassConformance({ version: VERSION });
  });

  it('fails on warnings too under strict', async () => {
    const lenient = await matchers.toPassConformance.call({}, createUntypedSchemaServer, { version: VERSION });
    const strict = await matchers.toPassConformance.call({}, createUntypedSchemaServer, {
      version: VERSION,
      strict: true,
    });
    expect(lenient.pass).toBe(false);
    expect(strict.pass).toBe(false);
    expect(strict.message()).toMatch(/⚠ /);
  });

  it('says the server did not boot', async () => {
    const message = await failure(
      expect({ stdio: 'node __tests__/fixtures/boot/exits-at-once.mjs' }).toPassConformance({ version: VERSION }),
    );
    expect(message).toMatch(/the server did not boot: /);
  });
});

describe('toPassFlow', () => {
  it('passes a flow file and lists the failing step of a flow object', async () => {
    await expect(shop).toPassFlow('examples/flows/shop.yml');
    const message = await failure(
      expect(shop).toPassFlow({
        name: 'wrong stock',
        steps: [
          {
            id: 'stock',
            call: 'check_inventory',
            arguments: { sku: 'sku-apple' },
            expect: { structured: { stock: -1 } },
          },
        ],
      }),
    );
    expect(message).toContain('expected the flows to pass: 1 flow(s) failed');
    expect(message).toContain('✖ wrong stock');
    expect(message).toContain('✖ wrong stock (flows[0])');
    expect(message).toMatch(/✖ stock \(line \d+\): .*expected -1, got 10/);
  });
});

describe('toHaveTool', () => {
  it('passes a listed tool and names the listed ones when one is missing', async () => {
    await expect(shop).toHaveTool('check_inventory');
    const message = await failure(expect(shop).toHaveTool('delete_everything'));
    expect(message).toContain('expected the server to list the tool "delete_everything"; it lists "check_inventory"');
  });

  it('works as jest calls it, with isNot on this', async () => {
    const result = await matchers.toHaveTool.call({ isNot: true }, shop, 'check_inventory');
    expect(result.pass).toBe(true);
    expect(result.message()).toContain('not to list the tool "check_inventory"');
  });

  it('neutralises escape sequences in what the server lists', async () => {
    const hostile = () => {
      const server = new Server({ name: 'hostile', version: '1.0.0' }, { capabilities: { tools: {} } });
      server.setRequestHandler(ListToolsRequestSchema, () => ({
        tools: [{ name: 'red\u001b[31mtool\u001b]0;title\u0007', inputSchema: { type: 'object' as const } }],
      }));
      return server;
    };
    const message = await failure(expect(hostile).toHaveTool('search'));
    expect(message).toContain('red');
    expect(message.includes('\u001b')).toBe(false);
  });

  it('refuses something that is not a target, saying what to pass', async () => {
    await expect(expect(42).toHaveTool('search')).rejects.toThrow(/pass a server factory/);
  });
});
