import { describe, expect, it } from 'vitest';
import { compileForValidation } from '../../src/checks/judge/json-schema.js';
import { synthesizeArguments } from '../../src/checks/judge/synthesize.js';

/** Every synthesized value must validate against its schema: that is the point of synthesizing it. */
function valid(schema: Record<string, unknown>, value: unknown): boolean {
  const compiled = compileForValidation(schema);
  if (compiled.kind !== 'valid') throw new Error(`test schema does not compile: ${JSON.stringify(compiled)}`);
  return compiled.validate(value) as boolean;
}

const object = (properties: Record<string, unknown>, required = Object.keys(properties)) => ({
  type: 'object',
  properties,
  required,
});

describe('synthesizeArguments', () => {
  it('fills required properties only, preferring const, default, examples and enum', () => {
    const schema = object(
      {
        kind: { const: 'fruit' },
        size: { type: 'string', default: 'large' },
        count: { type: 'integer', examples: [3] },
        colour: { type: 'string', enum: ['red', 'green'] },
        note: { type: 'string' },
      },
      ['kind', 'size', 'count', 'colour'],
    );
    const args = synthesizeArguments(schema);
    expect(args).toEqual({ kind: 'fruit', size: 'large', count: 3, colour: 'red' });
    expect(valid(schema, args)).toBe(true);
  });

  it('gives an empty object to a tool without parameters', () => {
    expect(synthesizeArguments({ type: 'object' })).toEqual({});
    expect(synthesizeArguments({ type: 'object', additionalProperties: false })).toEqual({});
  });

  it('makes values within the bounds of numbers, strings and arrays', () => {
    const schema = object({
      page: { type: 'integer', minimum: 5, maximum: 9 },
      ratio: { type: 'number', exclusiveMinimum: 0, maximum: 0.5, multipleOf: 0.25 },
      small: { type: 'integer', maximum: -3 },
      code: { type: 'string', minLength: 10, maxLength: 12 },
      tags: { type: 'array', minItems: 2, items: { type: 'string' } },
      pair: { type: 'array', prefixItems: [{ type: 'integer' }, { type: 'boolean' }], minItems: 2 },
    });
    const args = synthesizeArguments(schema);
    expect(args).toEqual({
      page: 5,
      ratio: 0.25,
      small: -3,
      code: 'mcp-cixxxx',
      tags: ['mcp-ci', 'mcp-ci'],
      pair: [1, false],
    });
    expect(valid(schema, args)).toBe(true);
  });

  it('uses well-known sample values for string formats', () => {
    const schema = object({
      email: { type: 'string', format: 'email' },
      when: { type: 'string', format: 'date-time' },
      id: { type: 'string', format: 'uuid' },
      site: { type: 'string', format: 'uri' },
    });
    const args = synthesizeArguments(schema);
    expect(valid(schema, args)).toBe(true);
  });

  it('follows local $refs (2020-12 $defs and draft-07 definitions) and merges allOf', () => {
    const modern = {
      type: 'object',
      $defs: { sku: { type: 'string', minLength: 3 } },
      properties: { sku: { $ref: '#/$defs/sku' } },
      required: ['sku'],
    };
    expect(synthesizeArguments(modern)).toEqual({ sku: 'mcp-ci' });
    const draft07 = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      definitions: { qty: { type: 'integer', minimum: 2 } },
      allOf: [
        { type: 'object', properties: { quantity: { $ref: '#/definitions/qty' } }, required: ['quantity'] },
        { properties: { sku: { type: 'string' } }, required: ['sku'] },
      ],
    };
    const args = synthesizeArguments(draft07);
    expect(args).toEqual({ quantity: 2, sku: 'mcp-ci' });
    expect(valid(draft07, args)).toBe(true);
  });

  it('takes the first workable branch of anyOf / oneOf and skips null in type lists', () => {
    const schema = object({
      id: {
        anyOf: [
          { type: 'string', pattern: '^[A-Z]{3}$' },
          { type: 'integer', minimum: 10 },
        ],
      },
      name: { type: ['null', 'string'] },
    });
    expect(synthesizeArguments(schema)).toEqual({ id: 10, name: 'mcp-ci' });
  });

  it('guesses the type of an untyped schema from its keywords', () => {
    expect(synthesizeArguments({ properties: { q: { minLength: 1 } }, required: ['q'] })).toEqual({ q: 'mcp-ci' });
    expect(synthesizeArguments(object({ n: { minimum: 2 } }))).toEqual({ n: 2 });
  });

  it('gives up rather than send arguments the schema rejects', () => {
    // A pattern cannot be satisfied reliably.
    expect(synthesizeArguments(object({ sku: { type: 'string', pattern: '^sku-[a-z]+$' } }))).toBeUndefined();
    // A default that breaks its own schema is not sent.
    expect(synthesizeArguments(object({ n: { type: 'integer', minimum: 5, default: 1 } }))).toBeUndefined();
    // Copies of one value break uniqueItems.
    expect(
      synthesizeArguments(
        object({ ids: { type: 'array', minItems: 2, uniqueItems: true, items: { type: 'integer' } } }),
      ),
    ).toBeUndefined();
    // An empty range.
    expect(synthesizeArguments(object({ n: { type: 'integer', minimum: 3, maximum: 2 } }))).toBeUndefined();
    // A reference that does not resolve.
    expect(synthesizeArguments(object({ x: { $ref: '#/$defs/missing' } }))).toBeUndefined();
    // Recursion without an end.
    const node: Record<string, unknown> = { $ref: '#' };
    expect(synthesizeArguments({ type: 'object', properties: { next: node }, required: ['next'] })).toBeUndefined();
  });

  it('answers undefined for input schemas that are not objects', () => {
    expect(synthesizeArguments(undefined)).toBeUndefined();
    expect(synthesizeArguments(null)).toBeUndefined();
    expect(synthesizeArguments({ type: 'string' })).toBeUndefined();
  });

  it('synthesizes the arguments of real tool schemas (server-everything, zod output)', () => {
    const getSum = {
      type: 'object',
      properties: { a: { type: 'number' }, b: { type: 'number' } },
      required: ['a', 'b'],
      $schema: 'http://json-schema.org/draft-07/schema#',
    };
    expect(synthesizeArguments(getSum)).toEqual({ a: 1, b: 1 });
    const readMultipleFiles = {
      type: 'object',
      properties: { paths: { minItems: 1, type: 'array', items: { type: 'string' } } },
      required: ['paths'],
    };
    expect(synthesizeArguments(readMultipleFiles)).toEqual({ paths: ['mcp-ci'] });
  });
});
