import { describe, expect, it } from 'vitest';
import { parseTemplate, resolveTemplates, TemplateError, type TemplateScope } from '../../src/flows/template.js';

const scope: TemplateScope = {
  step: (id) =>
    id === 'create'
      ? {
          value: {
            structured: { id: 'order-7', stock: 8, tags: ['a', 'b'], 'x-y': 'dash' },
            text: 'created order-7',
            result: { tools: [{ name: 'echo' }, { name: 'add' }] },
          },
        }
      : { missing: `step '${id}' failed, so its values cannot be used` },
  variable: (name) =>
    name === 'sku' ? { value: 'sku-apple' } : name === 'count' ? { value: 3 } : { missing: `no variable ${name}` },
  env: (name) => ({ SHOP_URL: 'http://127.0.0.1:1' })[name],
};

const resolve = (value: unknown) => resolveTemplates(value, scope);

describe('interpolation', () => {
  it('keeps the type of a value that is exactly one expression', () => {
    expect(resolve('{{ steps.create.structured.stock }}')).toBe(8);
    expect(resolve('{{ steps.create.structured.tags }}')).toEqual(['a', 'b']);
    expect(resolve('{{ vars.count }}')).toBe(3);
  });

  it('writes values into surrounding text, objects as JSON', () => {
    expect(resolve('order {{ steps.create.structured.id }} of {{ vars.sku }}')).toBe('order order-7 of sku-apple');
    expect(resolve('tags={{ steps.create.structured.tags }}')).toBe('tags=["a","b"]');
    expect(resolve('n={{vars.count}}')).toBe('n=3');
  });

  it('reads text, JSONPath tails with indexes and bracketed keys, and the environment', () => {
    expect(resolve('{{ steps.create.text }}')).toBe('created order-7');
    expect(resolve('{{ steps.create.result.tools[0].name }}')).toBe('echo');
    expect(resolve('{{ steps.create.result.tools[-1].name }}')).toBe('add');
    expect(resolve("{{ steps.create.structured['x-y'] }}")).toBe('dash');
    expect(resolve('{{ env.SHOP_URL }}/mcp')).toBe('http://127.0.0.1:1/mcp');
  });

  it('gives the list when a path selects several values', () => {
    expect(resolve('{{ steps.create.result.tools[*].name }}')).toEqual(['echo', 'add']);
  });

  it('adds and subtracts numbers (spaces around the sign)', () => {
    expect(resolve('{{ steps.create.structured.stock - 2 }}')).toBe(6);
    expect(resolve('{{ vars.count + 1.5 }}')).toBe(4.5);
    expect(() => resolve('{{ vars.sku + 1 }}')).toThrow(/cannot add to "sku-apple", which is not a number/);
  });

  it('leaves GitHub expressions ${{ }} alone, next to its own', () => {
    expect(resolve('${{ github.sha }}')).toBe('${{ github.sha }}');
    expect(resolve('${{ secrets.TOKEN }} and {{ vars.sku }}')).toBe('${{ secrets.TOKEN }} and sku-apple');
    expect(parseTemplate('${{ steps.x.outputs.y }}')).toEqual(['${{ steps.x.outputs.y }}']);
  });

  it("writes literal braces with a quoted literal: {{ '{{' }}", () => {
    expect(resolve("{{ '{{' }} not a template }}")).toBe('{{ not a template }}');
  });

  it('walks objects and arrays and leaves other values as they are', () => {
    expect(resolve({ a: ['{{ vars.count }}', 2, null, true], b: { c: '{{ vars.sku }}' } })).toEqual({
      a: [3, 2, null, true],
      b: { c: 'sku-apple' },
    });
  });

  it('names what is missing: a failed step, an unset variable, an unset environment variable, an empty path', () => {
    expect(() => resolve('{{ steps.broken.text }}')).toThrow("step 'broken' failed, so its values cannot be used");
    expect(() => resolve('{{ vars.nope }}')).toThrow('no variable nope');
    expect(() => resolve('{{ env.NOT_SET }}')).toThrow('environment variable NOT_SET is not set');
    expect(() => resolve('{{ steps.create.structured.missing }}')).toThrow(
      /steps\.create\.structured\.missing \}\} selects nothing in \{"id":"order-7"/,
    );
  });

  it('rejects malformed expressions and says what is allowed', () => {
    const bad = (text: string) => () => parseTemplate(text);
    expect(bad('{{ foo.bar }}')).toThrow(/unknown 'foo'; use steps\.<id>/);
    expect(bad('{{ steps.create }}')).toThrow(/after steps\.create write one of result, structured, text/);
    expect(bad('{{ steps.create.output }}')).toThrow(/write one of result, structured/);
    expect(bad('{{ env.A.b }}')).toThrow(/env\.A is a string/);
    expect(bad('{{ vars.x[0 }}')).toThrow(/invalid JSONPath/);
    expect(bad('{{ 1 + 2 }}')).toThrow(/cannot read \{\{ 1 \+ 2 \}\}/);
    expect(bad('open {{ vars.x')).toThrow(/without a closing/);
    expect(bad('{{ vars.x }')).toThrow(TemplateError);
  });

  it('accepts step ids with dashes', () => {
    expect(parseTemplate('{{ steps.create-order.structured.id }}')).toEqual([
      {
        type: 'reference',
        source: 'steps.create-order.structured.id',
        reference: { root: 'steps', name: 'create-order', field: 'structured', tail: '.id' },
        offset: undefined,
      },
    ]);
  });
});
