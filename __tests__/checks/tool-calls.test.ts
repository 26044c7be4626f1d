import { describe, expect, it } from 'vitest';
import { planToolCalls } from '../../src/checks/tool-calls.js';

const tool = (name: string, annotations?: Record<string, unknown>, inputSchema: unknown = { type: 'object' }) => ({
  name,
  inputSchema,
  ...(annotations ? { annotations } : {}),
});

const TOOLS = [
  tool('read', { readOnlyHint: true }),
  tool('write', { readOnlyHint: false, destructiveHint: false }),
  tool('wipe', { destructiveHint: true }),
  tool('unannotated'),
  tool(
    'lookup',
    { readOnlyHint: true },
    { type: 'object', properties: { sku: { type: 'string' } }, required: ['sku'] },
  ),
  tool(
    'patterned',
    { readOnlyHint: true },
    { type: 'object', properties: { id: { type: 'string', pattern: '^x$' } }, required: ['id'] },
  ),
];

const names = (plan: ReturnType<typeof planToolCalls>) => plan.map((p) => p.name);

describe('planToolCalls', () => {
  it('read-only calls only readOnlyHint tools it can make arguments for', () => {
    const plan = planToolCalls(TOOLS, { callTools: 'read-only', tools: [] });
    expect(names(plan)).toEqual(['read', 'lookup']);
    expect(plan[1]).toMatchObject({ arguments: { sku: 'mcp-ci' }, source: 'synthesized' });
  });

  it('all adds tools marked not destructive, never destructive or unannotated ones', () => {
    expect(names(planToolCalls(TOOLS, { callTools: 'all', tools: [] }))).toEqual(['read', 'write', 'lookup']);
  });

  it("none calls nothing but the tools the user listed, with the user's arguments", () => {
    const plan = planToolCalls(TOOLS, { callTools: 'none', tools: [{ name: 'wipe', arguments: { confirm: true } }] });
    expect(plan).toEqual([{ name: 'wipe', arguments: { confirm: true }, source: 'config', tool: TOOLS[2] }]);
  });

  it('a listed tool uses its configured arguments even where synthesis would give up', () => {
    const plan = planToolCalls(TOOLS, {
      callTools: 'read-only',
      tools: [{ name: 'patterned', arguments: { id: 'x' } }],
    });
    expect(plan.find((p) => p.name === 'patterned')).toMatchObject({ arguments: { id: 'x' }, source: 'config' });
  });
});
