import { describe, expect, it } from 'vitest';
import { judgeOutcome } from '../../src/flows/assertions.js';
import type { StepOutcome } from '../../src/flows/outcome.js';
import { parseFlowSource } from '../../src/flows/parse.js';
import type { Expectation, FlowStep, StepKind } from '../../src/flows/types.js';

/** The expectation of a one-step flow, compiled by the real parser. */
function expectation(expectYaml: string, kind: StepKind = 'call'): Expectation {
  const actions: Partial<Record<StepKind, string>> = {
    call: 'call: tool',
    read: 'read: x://y',
    request: 'request: x/y',
  };
  const { flow, errors } = parseFlowSource(
    `steps:\n  - id: s\n    ${actions[kind] ?? `${kind}:`}\n    expect:\n${expectYaml}`,
    'f.yml',
  );
  expect(errors).toEqual([]);
  return (flow?.steps[0] as FlowStep).expect;
}

const indent = (yaml: string) =>
  yaml
    .trim()
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');

function judge(yaml: string, outcome: Partial<StepOutcome>, kind: StepKind = 'call'): string[] {
  const full: StepOutcome = { isError: false, durationMs: 5, notifications: [], ...outcome };
  return judgeOutcome(expectation(indent(yaml), kind), full, kind).map((failure) => failure.message);
}

const result = (text: string, structured?: unknown, isError = false): Partial<StepOutcome> => ({
  result: {
    content: [{ type: 'text', text }],
    ...(structured !== undefined && { structuredContent: structured }),
    isError,
  },
  text,
  structured,
  isError,
});

describe('error', () => {
  it('without an error assertion, a protocol error or a tool error fails the step', () => {
    expect(judge('max-ms: 100', { error: { code: -32602, message: 'bad sku' } })).toEqual([
      'the server answered with protocol error -32602: bad sku',
    ]);
    expect(judge('max-ms: 100', result('Out of stock', undefined, true))).toEqual([
      'the tool reported an error (isError: true): "Out of stock"',
    ]);
    expect(judge('max-ms: 100', result('fine'))).toEqual([]);
  });

  it('error: true wants a tool error on a call, and a protocol error on other steps', () => {
    expect(judge('error: true', result('Out of stock', undefined, true))).toEqual([]);
    expect(judge('error: true', result('ok'))).toEqual(['expected a tool error (isError: true), got a result']);
    expect(judge('error: true', { error: { code: -32603, message: 'boom' } })).toEqual([
      'expected a tool error (isError: true), got protocol error -32603: boom',
    ]);
    expect(judge('error: true', { error: { code: -32002, message: 'Resource not found' } }, 'read')).toEqual([]);
    expect(judge('error: true', { result: { contents: [] } }, 'read')).toEqual([
      'expected a protocol error, got a result',
    ]);
  });

  it('error with code and message wants that protocol error', () => {
    const rpc = { error: { code: -32602, message: 'Invalid cursor abc' } };
    expect(judge('error: { code: -32602, message: cursor }', rpc)).toEqual([]);
    expect(judge('error: { code: -32601 }', rpc)).toEqual([
      'expected error code -32601, got protocol error -32602: Invalid cursor abc',
    ]);
    expect(judge('error: { message: page }', rpc)).toEqual([
      'expected an error message containing "page", got protocol error -32602: Invalid cursor abc',
    ]);
    expect(judge('error: { code: -32602 }', result('ok'))).toEqual(['expected a protocol error, got a result']);
  });

  it('error: false fails on an error like no assertion does', () => {
    expect(judge('error: false', result('x', undefined, true))).toHaveLength(1);
  });
});

describe('text', () => {
  it('equals, contains and matches, each pass and fail', () => {
    const outcome = result('Counted to 3.');
    expect(judge('text: Counted to 3.', outcome)).toEqual([]);
    expect(judge('text: Counted to 4.', outcome)).toEqual(['text: expected "Counted to 4.", got "Counted to 3."']);
    expect(judge('text: { contains: to 3 }', outcome)).toEqual([]);
    expect(judge('text: { contains: to 9 }', outcome)).toEqual([
      'text: expected it to contain "to 9", got "Counted to 3."',
    ]);
    expect(judge("text: { matches: '^counted', equals: Counted to 3. }", outcome)).toEqual([
      'text: expected it to match /^counted/, got "Counted to 3."',
    ]);
    expect(judge("text: { matches: '/^counted/i' }", outcome)).toEqual([]);
  });

  it('shows a diff for multi-line text', () => {
    const [message] = judge('text: "a\\nb\\nc"', result('a\nB\nc'));
    expect(message).toContain('--- expected\n+++ actual');
    expect(message).toContain('-b\n+B');
  });
});

describe('structured', () => {
  const outcome = result('{}', { sku: 'sku-apple', stock: 10, tags: ['red', 'round'], price: { cents: 50 } });

  it('passes on a deep subset', () => {
    expect(judge('structured: { sku: sku-apple, price: { cents: 50 } }', outcome)).toEqual([]);
    expect(judge('structured: { tags: [red, round] }', outcome)).toEqual([]);
  });

  it('fails with the paths that differ and a diff of only the keys asked about', () => {
    const [message] = judge('structured: { stock: 8, price: { cents: 50 }, color: red }', outcome);
    expect(message?.split('\n')[0]).toBe('structured: $.stock: expected 8, got 10; $.color: missing');
    expect(message).toContain('-  "stock": 8,\n+  "stock": 10,');
    expect(message).not.toContain('sku-apple');
  });

  it('compares arrays element by element, with the same length', () => {
    expect(judge('structured: { tags: [red] }', outcome)).toEqual([
      expect.stringMatching(/^structured: \$\.tags: expected 1 element\(s\), got 2/),
    ]);
  });

  it('fails when the tool returned no structuredContent', () => {
    expect(judge('structured: { a: 1 }', result('plain'))).toEqual([
      'structured: the tool returned no structuredContent',
    ]);
  });
});

describe('path', () => {
  const outcome: Partial<StepOutcome> = {
    result: { tools: [{ name: 'echo' }, { name: 'add' }], count: 2, label: 'shop-1', none: null },
  };
  const cases: [string, string | undefined][] = [
    ['{ path: $.count, equals: 2 }', undefined],
    ['{ path: $.count, equals: 3 }', '$.count: expected 3, got 2'],
    ['{ path: $.count, not-equals: 3 }', undefined],
    ['{ path: $.count, not-equals: 2 }', '$.count: expected anything but 2'],
    ['{ path: $.tools, length: 2 }', undefined],
    ['{ path: $.tools, length: 3 }', '$.tools: expected length 3, got 2'],
    ['{ path: "$.tools[*].name", length: 2 }', undefined],
    ['{ path: $.count, greater-than: 1, less-than: 3, at-least: 2, at-most: 2 }', undefined],
    ['{ path: $.count, greater-than: 2 }', '$.count: expected a number greater than 2, got 2'],
    ['{ path: $.count, less-than: 2 }', '$.count: expected a number less than 2, got 2'],
    ['{ path: $.count, at-least: 3 }', '$.count: expected a number at least 3, got 2'],
    ['{ path: $.count, at-most: 1 }', '$.count: expected a number at most 1, got 2'],
    ['{ path: $.label, at-most: 1 }', '$.label: expected a number at most 1, got "shop-1"'],
    ['{ path: $.tools, contains: { name: add } }', undefined],
    [
      '{ path: $.tools, contains: { name: sub } }',
      '$.tools: expected an element matching {"name":"sub"}, got [{"name":"echo"},{"name":"add"}]',
    ],
    ['{ path: $.label, contains: shop }', undefined],
    ['{ path: $.label, matches: "^shop-\\\\d+$" }', undefined],
    ['{ path: $.label, matches: "^store" }', '$.label: expected a string matching /^store/, got "shop-1"'],
    ['{ path: $.label, type: string }', undefined],
    ['{ path: $.count, type: integer }', undefined],
    ['{ path: $.none, type: "null" }', undefined],
    ['{ path: $.tools, type: object }', '$.tools: expected object, got [{"name":"echo"},{"name":"add"}]'],
    ['{ path: $.none, exists: true }', undefined],
    ['{ path: $.missing, exists: false }', undefined],
    ['{ path: $.missing, exists: true }', '$.missing: selects nothing in'],
    ['{ path: $.count, exists: false }', '$.count: expected nothing, found [2]'],
    ['{ path: $.missing, equals: 1 }', '$.missing: selects nothing in'],
  ];
  it.each(cases)('%s', (assertion, failure) => {
    const failures = judge(`path:\n  - ${assertion}`, outcome, 'request');
    if (failure === undefined) expect(failures).toEqual([]);
    else expect(failures).toEqual([expect.stringContaining(failure)]);
  });

  it('takes numeric bounds given as text by a template', () => {
    const expect_ = expectation(indent('path:\n  - { path: $.count, at-least: "2" }'), 'request');
    expect(
      judgeOutcome(expect_, { isError: false, durationMs: 1, notifications: [], result: { count: 2 } }, 'request'),
    ).toEqual([]);
  });
});

describe('schema, max-ms, notifications', () => {
  it('validates structuredContent against a JSON Schema', () => {
    const schema = 'schema: { type: object, required: [stock], properties: { stock: { type: integer, minimum: 0 } } }';
    expect(judge(schema, result('{}', { stock: 3 }))).toEqual([]);
    expect(judge(schema, result('{}', { stock: -1 }))).toEqual(['schema: /stock must be >= 0']);
    expect(judge(schema, result('{}', {}))).toEqual(["schema: (root) must have required property 'stock'"]);
    expect(judge(schema, result('no structure'))).toEqual([
      'schema: the tool returned no structuredContent to validate',
    ]);
  });

  it('checks the latency budget', () => {
    expect(judge('max-ms: 10', { ...result('x'), durationMs: 9 })).toEqual([]);
    expect(judge('max-ms: 10', { ...result('x'), durationMs: 12.4 })).toEqual(['took 12 ms, over the 10 ms budget']);
  });

  it('counts the notifications that arrived during the step', () => {
    const notifications = [
      { method: 'notifications/progress', params: { progress: 1 } },
      { method: 'notifications/progress', params: { progress: 2 } },
      { method: 'notifications/message', params: { level: 'info', data: 'created' } },
    ];
    const outcome = { ...result('x'), notifications };
    expect(judge('notifications: [{ notification: progress, at-least: 2 }]', outcome)).toEqual([]);
    expect(judge('notifications: [{ notification: log, match: { level: info } }]', outcome)).toEqual([]);
    expect(judge('notifications: [{ notification: notifications/message }]', outcome)).toEqual([]);
    expect(judge('notifications: [{ notification: progress, at-least: 3 }]', outcome)).toEqual([
      'expected at least 3 progress notification(s) during the step, got 2 (received: notifications/progress, notifications/message)',
    ]);
    expect(judge('notifications: [{ notification: log, match: { level: error } }]', outcome)).toEqual([
      expect.stringContaining(
        'expected at least 1 log notification(s) matching {"level":"error"} during the step, got 0',
      ),
    ]);
    expect(judge('notifications: [{ notification: list-changed }]', { ...result('x') })).toEqual([
      'expected at least 1 list-changed notification(s) during the step, got 0 (none received)',
    ]);
  });

  it('reports every failing assertion, not only the first', () => {
    expect(judge('text: b\nmax-ms: 1', { ...result('a'), durationMs: 5 })).toEqual([
      'took 5 ms, over the 1 ms budget',
      'text: expected "b", got "a"',
    ]);
  });
});
