import { describe, expect, it } from 'vitest';
import { diffInterface } from '../../src/history/interface-diff.js';
import type { ServerInterface } from '../../src/model.js';

const base: ServerInterface = {
  capabilities: { tools: { listChanged: true }, prompts: {}, logging: {} },
  tools: [
    {
      name: 'search',
      description: 'Find products',
      inputSchema: {
        type: 'object',
        properties: { query: { type: 'string' }, limit: { type: 'number' }, sort: { enum: ['price', 'name'] } },
        required: ['query'],
      },
    },
    { name: 'checkout', inputSchema: { type: 'object' } },
  ],
  resources: [{ uri: 'shop://catalog', name: 'catalog' }],
  resourceTemplates: [{ uriTemplate: 'shop://products/{id}', name: 'product' }],
  prompts: [{ name: 'recommend', arguments: [{ name: 'budget' }] }],
};

describe('diffInterface', () => {
  it('finds nothing between equal interfaces, whatever the key order', () => {
    const reordered = JSON.parse(JSON.stringify(base)) as ServerInterface;
    reordered.tools[0] = { inputSchema: reordered.tools[0]!.inputSchema, name: 'search', description: 'Find products' };
    expect(diffInterface(base, reordered)).toEqual([]);
  });

  it('names breaking changes: tool and prompt removed, new required argument, narrowed type and enum, lost capability', () => {
    const after: ServerInterface = {
      capabilities: { tools: {}, prompts: {} },
      tools: [
        {
          name: 'search',
          description: 'Find products',
          inputSchema: {
            type: 'object',
            properties: { query: { type: 'string' }, limit: { type: 'integer' }, sort: { enum: ['price'] }, shop: {} },
            required: ['query', 'shop'],
          },
        },
      ],
      resources: base.resources,
      resourceTemplates: base.resourceTemplates,
      prompts: [],
    };
    const changes = diffInterface(base, after);
    const breaking = changes.filter((change) => change.breaking);
    expect(breaking.map((change) => `${change.kind} ${change.name} ${change.change}`)).toEqual([
      'capability tools changed',
      'capability logging removed',
      'tool search changed',
      'tool checkout removed',
      'prompt recommend removed',
    ]);
    const search = changes.find((change) => change.name === 'search')!;
    expect(search.details).toEqual([
      'new required argument "shop"',
      'argument "limit" narrowed: type number -> integer',
      'argument "sort" narrowed: enum no longer allows "name"',
    ]);
    expect(changes.find((change) => change.name === 'tools')!.details).toEqual(['"listChanged" removed']);
  });

  it('reports additions and widening as changes that break nothing', () => {
    const after: ServerInterface = {
      ...base,
      capabilities: { ...base.capabilities, resources: {} },
      tools: [
        {
          ...base.tools[0]!,
          inputSchema: {
            type: 'object',
            properties: {
              query: { type: ['string', 'null'] },
              limit: { type: 'number' },
              sort: { enum: ['price', 'name', 'rating'] },
              page: { type: 'number' },
            },
            required: ['query'],
          },
        },
        base.tools[1]!,
        { name: 'refund', inputSchema: { type: 'object' } },
      ],
      resources: [],
      prompts: [{ name: 'recommend', arguments: [{ name: 'budget' }, { name: 'style', required: false }] }],
    };
    const changes = diffInterface(base, after);
    expect(changes.filter((change) => change.breaking)).toEqual([]);
    expect(changes.map((change) => `${change.kind} ${change.name} ${change.change}`).sort()).toEqual([
      'capability resources added',
      'prompt recommend changed',
      'resource shop://catalog removed',
      'tool refund added',
      'tool search changed',
    ]);
  });

  it('a prompt argument that becomes required breaks callers', () => {
    const after = { ...base, prompts: [{ name: 'recommend', arguments: [{ name: 'budget', required: true }] }] };
    expect(diffInterface(base, after)).toMatchObject([
      { kind: 'prompt', name: 'recommend', breaking: true, details: ['argument now required "budget"'] },
    ]);
  });
});
