import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/sections-2025/tools.js';
import { faultyStdio, modernHttp, modernStdio, runChecks, shopHttp, shopStdio } from '../helpers/conformance.js';

const ids = checks.map((check) => check.id);
const newest = { protocolVersion: '2025-11-25' } as const;
/**
 * The message of a pass that names `tool` among the calls slower than the tool budget. Other tools may be named
 * too: on a busy machine a tool that is quick on an idle one can take longer than the 300 ms budget the tests use.
 */
const slowerThanBudget = (tool: string) =>
  expect.stringMatching(new RegExp(`; slower than the tool budget but answered: (?:\\S+, )*${tool}(?:, \\S+)*$`));

/** Checks the shop cannot exercise: it embeds no resources and declares the tools capability. */
const notApplicableOnShop = ['tools-capability-declared', 'tools-embedded-resources-capability'];

describe('tools checks', () => {
  it('pass on the shop server over stdio, in every protocol version', async () => {
    const results = await runChecks(ids, shopStdio());
    const judged = results.filter((r) => !notApplicableOnShop.includes(r.id));
    expect(judged.filter((r) => r.status !== 'pass').map((r) => [r.id, r.protocolVersion, r.message])).toEqual([]);
    expect(new Set(results.map((r) => r.protocolVersion))).toEqual(
      new Set(['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05']),
    );
  });

  it('pass on the shop server over Streamable HTTP', async () => {
    const results = await runChecks(ids, await shopHttp(), newest);
    expect(results.filter((r) => r.status === 'fail' || r.status === 'warn')).toEqual([]);
  });

  it('judge structured content on a tool that succeeds', async () => {
    // shop_status is a correct structured tool; the fault only adds it.
    const results = await runChecks(
      ['tools-structured-content-conforms', 'tools-structured-content-text-mirror'],
      faultyStdio('tool-structured-content-mismatch'),
      newest,
    );
    expect(results.find((r) => r.id === 'tools-structured-content-text-mirror')!.status).toBe('pass');
  });

  it.each([
    ['tools-capability-implemented', 'tools-list-missing', 'fail', /answers tools\/list with -32601/],
    [
      'tools-capability-declared',
      'tools-undeclared',
      'fail',
      /serves tools\/list but does not declare the tools capability/,
    ],
    ['tools-list-shape', 'tool-description-number', 'fail', /check_inventory: description is not a string/],
    [
      'tools-input-schema-object',
      'tool-input-schema-untyped',
      'fail',
      /list_products: inputSchema.type is missing, not "object"/,
    ],
    [
      'tools-input-schema-required-defined',
      'tool-input-schema-required-undefined',
      'warn',
      /check_inventory: inputSchema requires "warehouse", not in its properties while additionalProperties is false/,
    ],
    [
      'tools-input-schema-valid',
      'tool-input-schema-invalid',
      'fail',
      /inputSchema is not a valid JSON Schema: check_inventory/,
    ],
    [
      'tools-output-schema-valid',
      'tool-output-schema-array',
      'fail',
      /outputSchema root is not \{"type": "object"\}: check_inventory \(type "array"\)/,
    ],
    ['tools-names-unique', 'tool-duplicate-name', 'warn', /listed more than once: check_inventory \(2×\)/],
    ['tools-name-format', 'tool-name-with-space', 'warn', /"find product" contains " "/],
    ['tools-annotations-typed', 'tool-annotation-string', 'fail', /echo: readOnlyHint is "yes", not a boolean/],
    ['tools-call-result-shape', 'tool-result-bad-image', 'fail', /content\[\d\] \(image\) data is not valid base64/],
    [
      'tools-structured-content-conforms',
      'tool-structured-content-mismatch',
      'fail',
      /shop_status structuredContent does not match its outputSchema: \/open must be boolean/,
    ],
    [
      'tools-structured-content-text-mirror',
      'tool-structured-content-no-text',
      'warn',
      /shop_status returns structuredContent without a text block/,
    ],
    ['tools-unknown-tool-error', 'tool-unknown-as-result', 'warn', /reported as a tool result with isError: true/],
    [
      'tools-call-malformed-params',
      'tool-call-malformed-internal-error',
      'warn',
      /answered with error -32603; JSON-RPC 2.0 reserves -32602/,
    ],
    [
      'tools-input-validation-error',
      'tool-input-unvalidated',
      'warn',
      /check_inventory accepted the required argument "sku" left out/,
    ],
    ['tools-list-stable', 'tools-list-flaps', 'warn', /different list on the next call/],
    [
      'tools-embedded-resources-capability',
      'tool-embedded-resource-undeclared',
      'warn',
      /return embedded resources, but the server does not declare the resources capability/,
    ],
  ])('%s reports fault %s as %s', async (id, fault, status, message) => {
    const [result] = await runChecks([id], faultyStdio(fault), newest);
    expect(result!.status).toBe(status);
    expect(result!.message).toMatch(message);
    expect(result!.evidence).toBeDefined();
  });

  it('tools-input-validation-error wants a protocol error or isError up to 2025-06-18 and isError from 2025-11-25', async () => {
    const older = await runChecks(['tools-input-validation-error'], faultyStdio('tool-input-unvalidated'), {
      protocolVersion: '2025-06-18',
    });
    expect(older[0]!.status).toBe('warn');
    const shop = await runChecks(['tools-input-validation-error'], shopStdio(), { protocolVersion: '2025-06-18' });
    expect(shop[0]!.message).toMatch(/tool execution error \(isError\)/);
  });

  it('tools-input-validation-error judges validation, not a tool whose own dependency failed', async () => {
    const [network] = await runChecks(['tools-input-validation-error'], faultyStdio('tool-dependency-down'), newest);
    expect([network!.status, network!.message]).toEqual([
      'skip',
      `check_inventory's error names a failed network call of its own ("fetch failed: connect ECONNREFUSED 127.0.0.1:5432"), not argument validation`,
    ]);
    const [broken] = await runChecks(['tools-input-validation-error'], faultyStdio('tool-always-fails'), newest);
    expect([broken!.status, broken!.message]).toEqual([
      'skip',
      'check_inventory fails with valid arguments too (error -32603 (Stock service unavailable)), so its error says nothing about input validation',
    ]);
    const [internal] = await runChecks(
      ['tools-input-validation-error'],
      faultyStdio('tool-invalid-arguments-internal-error'),
      newest,
    );
    expect([internal!.status, internal!.message]).toEqual([
      'warn',
      expect.stringMatching(
        /check_inventory: the required argument "sku" left out is answered with JSON-RPC error -32603/,
      ),
    ]);
  });

  it('tools-call-answered tells a hung tool from a slow one', async () => {
    const quick = { ...newest, toolBudgetMs: 300, requestTimeoutMs: 2_000 };
    const [hung] = await runChecks(['tools-call-answered'], faultyStdio('tool-hangs'), quick);
    expect([hung!.status, hung!.message]).toEqual([
      'warn',
      expect.stringMatching(/^no answer by the request timeout \(2000 ms\) from wait_for_delivery; /),
    ]);
    const slow = { name: 'slow_count', arguments: { steps: 4, delayMs: 150 } };
    const [answered] = await runChecks(['tools-call-answered'], shopStdio(), { ...quick, tools: [slow] });
    expect([answered!.status, answered!.message]).toEqual(['pass', slowerThanBudget('slow_count')]);
    // 3 s in all, past the 2 s request timeout, but reporting progress every 500 ms: working, not hung.
    const progressing = { name: 'slow_count', arguments: { steps: 6, delayMs: 500 } };
    const [working] = await runChecks(['tools-call-answered'], shopStdio(), { ...quick, tools: [progressing] });
    expect([working!.status, working!.message]).toEqual(['pass', slowerThanBudget('slow_count')]);
  });

  it('tools-call-answered waits for a 2026-07-28 tool that keeps reporting progress past the timeout', async () => {
    const modern = { protocolVersion: '2026-07-28', toolBudgetMs: 300, requestTimeoutMs: 2_000 } as const;
    // 3 s in all, past the 2 s request timeout, reporting progress every 500 ms: working, not hung.
    const countdown = { name: 'countdown', arguments: { steps: 6, stepMs: 500 } };
    for (const target of [modernStdio(), await modernHttp()]) {
      const [working] = await runChecks(['tools-call-answered'], target, { ...modern, tools: [countdown] });
      expect([working!.status, working!.message]).toEqual(['pass', slowerThanBudget('countdown')]);
    }
  });

  it('tools-call-malformed-params gives both its calls the request timeout, and a late answer is no finding', async () => {
    const quick = { ...newest, toolBudgetMs: 300, requestTimeoutMs: 2_000 };
    const judge = async (fault: string) => {
      const [result] = await runChecks(['tools-call-malformed-params'], faultyStdio(fault), quick);
      return [result!.status, result!.message];
    };
    expect(await judge('tool-call-nameless-slow')).toEqual(['pass', 'ok']);
    expect(await judge('tool-call-nameless-silent')).toEqual(['warn', 'no response to tools/call within 2000 ms']);
    // A call naming a tool may run it, and a slow tool is no finding either: both calls get the request timeout.
    expect(await judge('tool-call-bad-arguments-slow')).toEqual(['pass', 'ok']);
  });

  it('tools-input-schema-required-defined reads properties, patterns, branches and nested objects', async () => {
    const { undefinedRequired } = await import('../../src/checks/sections-2025/tools.js');
    expect(undefinedRequired({ type: 'object', properties: { a: {} }, required: ['a'] }, 'inputSchema')).toEqual([]);
    expect(
      undefinedRequired(
        {
          type: 'object',
          patternProperties: { '^x-': {} },
          anyOf: [{ properties: { b: {} } }],
          required: ['x-1', 'b'],
        },
        'inputSchema',
      ),
    ).toEqual([]);
    expect(
      undefinedRequired(
        { type: 'object', properties: { address: { type: 'object', properties: {}, required: ['city'] } } },
        'inputSchema',
      ),
    ).toEqual([{ path: 'inputSchema.properties.address', names: ['city'], closed: false }]);
  });

  it('never calls a tool the policy does not allow', async () => {
    // create_order and pay_order change the shop; with call-tools none nothing may be called at all.
    const results = await runChecks(['tools-call-result-shape', 'tools-input-validation-error'], shopStdio(), {
      ...newest,
      callTools: 'none',
    });
    expect(results.map((r) => [r.status, r.message])).toEqual([
      ['skip', 'call-tools is none, so no tool is called'],
      ['skip', 'call-tools is none, so no tool is called'],
    ]);
  });

  it('judges a tool slower than tool-budget-ms under every version: passes a good result, fails a bad one', async () => {
    // Only slow_count is called, and it answers after 1.5 s, five times the budget: its result is still judged.
    const slow = { name: 'slow_count', arguments: { steps: 5, delayMs: 300 } };
    const options = { toolBudgetMs: 300, callTools: 'none' as const, tools: [slow] };
    const results = await runChecks(['tools-call-result-shape'], shopStdio(), options);
    expect(results.map((r) => [r.protocolVersion, r.status, r.message])).toEqual(
      ['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05'].map((v) => [v, 'pass', '1 result(s) well-formed']),
    );
    const [bad] = await runChecks(['tools-call-result-shape'], faultyStdio('tool-result-bad-image'), {
      ...options,
      ...newest,
    });
    expect([bad!.status, bad!.message]).toEqual(['fail', expect.stringMatching(/^slow_count: content\[1\]/)]);
  });
});
