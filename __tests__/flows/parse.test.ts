import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseFlowSource } from '../../src/flows/parse.js';
import { isParallel, type FlowStep } from '../../src/flows/types.js';

const FILE = '.mcp-ci/flows/shop.yml';

/** The errors of a flow text, as `line:column message`. */
function errorsOf(yaml: string): string[] {
  const { flow, errors } = parseFlowSource(yaml, FILE);
  expect(flow).toBeUndefined();
  for (const error of errors) expect(error.file).toBe(FILE);
  return errors.map((error) => `${error.line}:${error.column} ${error.message}`);
}

describe('parsing a flow file', () => {
  it('gives every step its line, id, title, session and kind-specific action', () => {
    const { flow, errors } = parseFlowSource(
      [
        'name: demo', //                                 1
        'vars: { sku: sku-apple }', //                   2
        'timeout-ms: 2000', //                           3
        'setup:', //                                     4
        '  - ping:', //                                  5
        'steps:', //                                     6
        '  - id: first', //                              7
        '    call: check_inventory', //                  8
        "    arguments: { sku: '{{ vars.sku }}' }", //   9
        '  - parallel:', //                              10
        '      - read: shop://catalog', //               11
        '      - list: tools', //                        12
        '        session: other', //                     13
        '  - name: wait a bit', //                       14
        '    sleep: 10', //                              15
        'teardown:', //                                  16
        '  - log-level: info', //                        17
      ].join('\n'),
      FILE,
    );
    expect(errors).toEqual([]);
    expect(flow?.name).toBe('demo');
    expect(flow?.timeoutMs).toBe(2000);
    const [ping] = flow?.setup ?? [];
    expect(ping).toMatchObject({
      id: 'setup-1',
      named: false,
      title: 'ping',
      line: 5,
      column: 5,
      action: { kind: 'ping' },
    });
    const [first, group, sleep] = flow?.steps ?? [];
    expect(first).toMatchObject({
      id: 'first',
      named: true,
      title: 'call check_inventory',
      line: 7,
      session: 'default',
      repeat: 1,
      action: { kind: 'call', tool: 'check_inventory', arguments: { sku: '{{ vars.sku }}' } },
    });
    expect(group && isParallel(group) && group.steps.map((step) => [step.id, step.line, step.session])).toEqual([
      ['steps-2.1', 11, 'default'],
      ['steps-2.2', 12, 'other'],
    ]);
    expect(sleep).toMatchObject({ title: 'wait a bit', line: 14, action: { kind: 'sleep', ms: 10 } });
    expect(flow?.teardown[0]).toMatchObject({ line: 17, action: { kind: 'log-level', level: 'info' } });
  });

  it('names a flow after its file when it has no name', () => {
    expect(parseFlowSource('steps: [{ ping: }]', 'flows/smoke-test.yaml').flow?.name).toBe('smoke-test');
  });

  it('loads both example flows', async () => {
    for (const name of ['shop.yml', 'concurrency.yml']) {
      const { errors } = parseFlowSource(await readFile(`examples/flows/${name}`, 'utf8'), name);
      expect(errors).toEqual([]);
    }
  });

  it('parses every step kind and every assertion', () => {
    const { flow, errors } = parseFlowSource(
      `
steps:
  - id: a
    call: echo
    arguments: { text: hi }
    capture: { whole: '$.content[0].text', word: { matches: '(h)i' } }
    expect:
      error: false
      text: { equals: hi, contains: h, matches: /^H/i }
      structured: {}
      path:
        - { path: $.content, length: 1, type: array }
      schema: { type: object }
      snapshot: { redact: ['$.content[0].text'] }
      max-ms: 100
      notifications: [{ notification: log, match: { level: info }, at-least: 2 }]
  - read: shop://catalog
  - prompt: greeting
    arguments: { name: x }
  - list: templates
  - complete: { prompt: order_summary, argument: style, value: b, context: { orderId: order-1 } }
  - complete: { resource: 'shop://products/{sku}', argument: sku, value: sku- }
  - subscribe: shop://catalog
  - unsubscribe: shop://catalog
  - request: tools/list
    params: { cursor: abc }
    expect: { error: { code: -32602, message: cursor } }
  - wait-for: resource-updated
    match: { uri: shop://catalog }
    timeout-ms: 500
  - wait-for: notifications/custom
`,
      FILE,
    );
    expect(errors).toEqual([]);
    const steps = (flow?.steps ?? []) as FlowStep[];
    expect(steps.map((step) => step.action.kind)).toEqual([
      'call',
      'read',
      'prompt',
      'list',
      'complete',
      'complete',
      'subscribe',
      'unsubscribe',
      'request',
      'wait-for',
      'wait-for',
    ]);
    const [call] = steps;
    expect(call?.expect.text?.matches?.flags).toBe('i');
    expect(call?.expect.schema?.({ any: 1 })).toBe(true);
    expect(call?.expect.snapshot).toEqual({ redact: ['$.content[0].text'] });
    expect(call?.capture.word?.matches?.source).toBe('(h)i');
    expect(steps[4]?.action).toEqual({
      kind: 'complete',
      ref: { type: 'ref/prompt', name: 'order_summary' },
      argument: 'style',
      value: 'b',
      context: { orderId: 'order-1' },
    });
    expect(steps[5]?.action).toMatchObject({ ref: { type: 'ref/resource', uri: 'shop://products/{sku}' } });
    expect(steps[8]?.expect.error).toEqual({ code: -32602, message: 'cursor' });
  });
});

describe('bad flow files give file:line:column and what is allowed', () => {
  it('invalid YAML', () => {
    expect(errorsOf('steps:\n  - call: echo\n    arguments: { text: "unclosed }\n')).toEqual([
      // The YAML parser notices the missing quote where the input ends.
      '4:1 Missing closing "quote',
    ]);
    expect(errorsOf('steps:\n  - call: a\n    call: b\n')).toEqual([
      expect.stringMatching(/^3:5 Map keys must be unique/),
    ]);
  });

  it('an unknown step kind', () => {
    expect(errorsOf('steps:\n  - id: one\n    cal: echo\n')).toEqual([
      "3:5 unknown step kind 'cal'; allowed: call, read, prompt, list, complete, ping, log-level, subscribe, unsubscribe, request, wait-for, sleep, parallel",
    ]);
    expect(errorsOf('steps:\n  - ping:\n  - call: a\n    read: b\n')).toEqual([
      '3:5 a step has exactly one kind, this one has call and read',
    ]);
    expect(errorsOf('steps:\n  - echo\n')).toEqual([
      expect.stringMatching(/^2:5 a step must be a mapping with one of: call, read/),
    ]);
    expect(errorsOf('steps:\n  - parallel:\n      - parallel: []\n')).toEqual(['3:9 parallel groups cannot be nested']);
  });

  it('an unknown assertion or key', () => {
    expect(errorsOf('steps:\n  - call: echo\n    expect:\n      text: hi\n      containz: h\n')).toEqual([
      "5:7 unknown assertion 'containz' in steps[0].expect; allowed: error, text, structured, path, schema, snapshot, max-ms, notifications",
    ]);
    expect(errorsOf('steps:\n  - read: x\n    arguments: {}\n')).toEqual([
      "3:5 unknown key 'arguments' in steps[0]; allowed: read, id, name, session, timeout-ms, repeat, expect, capture",
    ]);
    expect(errorsOf('name: x\nstep: []\n')).toEqual([
      "1:1 the flow file needs 'steps'",
      "2:1 unknown key 'step'; allowed: $schema, name, description, vars, timeout-ms, repeat, transport, setup, steps, teardown",
    ]);
  });

  it('values of the wrong kind', () => {
    expect(errorsOf('steps:\n  - list: everything\n')).toEqual([
      '2:11 steps[0].list: "everything" is not allowed; allowed: tools, resources, prompts, templates',
    ]);
    expect(errorsOf('steps:\n  - sleep: 600000\n')).toEqual(['2:12 steps[0].sleep must be <= 60000']);
    expect(errorsOf('steps:\n  - wait-for: soon\n')).toEqual([
      expect.stringContaining(
        '2:15 steps[0].wait-for: "soon" is not allowed; expected one of progress, log, resource-updated',
      ),
    ]);
    expect(errorsOf('transport: tcp\nsteps: [{ ping: }]\n')).toEqual([
      expect.stringContaining('1:12 transport: "tcp" is not allowed; expected stdio, http or sse'),
    ]);
    expect(errorsOf('steps:\n  - call: echo\n    expect:\n      path:\n        - path: $.x\n')).toEqual([
      expect.stringMatching(/^5:11 steps\[0\]\.expect\.path\[0\] needs at least one of: .*equals/),
    ]);
  });

  it('names, numbers and empty files', () => {
    expect(errorsOf('vars: { bad-name: 1 }\nsteps: [{ ping: }]\n')).toEqual([
      '1:9 vars: "bad-name" is not allowed; expected a variable name: letters, digits and _, starting with a letter or _',
    ]);
    expect(errorsOf('steps:\n  - call: a\n    timeout-ms: 5s\n')).toEqual([
      '3:17 steps[0].timeout-ms must be a whole number, not "5s"',
    ]);
    expect(errorsOf('steps:\n  - call: a\n    expect: { error: yes }\n')).toEqual([
      '3:22 steps[0].expect.error must be a boolean or a mapping, not "yes"',
    ]);
    expect(errorsOf('steps: []\n')).toEqual(['1:8 steps needs at least 1 item(s)']);
    expect(errorsOf('')).toEqual(['1:1 the flow file must be a mapping, not null']);
  });

  it('an undefined variable, and a reference to a step that does not exist or runs later', () => {
    expect(errorsOf("steps:\n  - call: echo\n    arguments: { text: '{{ vars.nope }}' }\n")).toEqual([
      "3:24 {{ vars.nope }} in steps[0].arguments.text: undefined variable 'nope'; define it under vars: or capture it in an earlier step",
    ]);
    expect(
      errorsOf(
        "steps:\n  - id: a\n    call: echo\n    arguments: { text: '{{ steps.b.text }} {{ steps.zz.text }}' }\n  - id: b\n    ping:\n",
      ),
    ).toEqual([
      "4:24 {{ steps.b.text }} in steps[0].arguments.text: step 'b' has not run yet at this point (a step can use only named steps before it, not parallel siblings)",
      "4:24 {{ steps.zz.text }} in steps[0].arguments.text: there is no step with id 'zz'",
    ]);
    expect(
      errorsOf(
        "steps:\n  - parallel:\n      - id: a\n        ping:\n      - call: echo\n        arguments: { text: '{{ steps.a.text }}' }\n",
      ),
    ).toEqual([expect.stringMatching(/^6:28 .*step 'a' has not run yet at this point/)]);
    expect(errorsOf("vars:\n  a: '{{ vars.b }}'\n  b: x\nsteps: [{ ping: }]\n")).toEqual([
      expect.stringMatching(/^2:6 \{\{ vars\.b \}\} in vars\.a: undefined variable 'b'/),
    ]);
  });

  it('a malformed template', () => {
    expect(errorsOf("steps:\n  - call: echo\n    arguments: { text: '{{ step.a.text }}' }\n")).toEqual([
      expect.stringMatching(/^3:24 cannot read \{\{ step\.a\.text \}\}: unknown 'step'; use steps\.<id>/),
    ]);
  });

  it('a schema that does not compile', () => {
    expect(errorsOf('steps:\n  - call: echo\n    expect:\n      schema: { type: objekt }\n')).toEqual([
      expect.stringMatching(
        /^4:15 the schema does not compile: schema is invalid: data\/type must be equal to one of the allowed values/,
      ),
    ]);
  });

  it('a bad regular expression or JSONPath', () => {
    expect(errorsOf("steps:\n  - call: echo\n    expect:\n      text: { matches: '(' }\n")).toEqual([
      expect.stringMatching(/^4:24 Invalid regular expression: .*; write a JavaScript regular expression/),
    ]);
    expect(errorsOf("steps:\n  - call: echo\n    capture: { id: '$.a[' }\n")).toEqual([
      expect.stringMatching(/^3:20 invalid JSONPath '\$\.a\[': .*found; write e\.g\. \$\.structuredContent\.id/),
    ]);
    expect(errorsOf('steps:\n  - call: echo\n    capture: { id: structuredContent.id }\n')).toEqual([
      '3:20 steps[0].capture.id: "structuredContent.id" is not allowed; expected a JSONPath starting with $, or { matches: regex, path?: JSONPath }',
    ]);
  });

  it('duplicate ids, a snapshot without an id, structured on a step that is not a call, complete without a target', () => {
    expect(errorsOf('steps:\n  - id: a\n    ping:\n  - id: a\n    ping:\n')).toEqual([
      "4:9 step id 'a' is already used at line 2",
    ]);
    expect(errorsOf('steps:\n  - call: echo\n    expect: { snapshot: true }\n')).toEqual([
      "3:15 a snapshot step needs an 'id:', which names its snapshot file",
    ]);
    expect(errorsOf('steps:\n  - read: x\n    expect: { structured: {} }\n')).toEqual([
      "3:15 'structured' applies to call steps (structuredContent); use 'path' on a read step",
    ]);
    expect(errorsOf('steps:\n  - complete: { argument: a, value: b }\n')).toEqual([
      '2:15 complete needs exactly one of prompt (a prompt name) or resource (a template URI)',
    ]);
  });
});
