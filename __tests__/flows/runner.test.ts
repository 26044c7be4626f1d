import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flowAnnotations } from '../../src/flows/index.js';
import type { BootedServer } from '../../src/target/boot.js';
import { bootStdio, buildFixture, flowFrom, runAgainst, SHOP, stepsById } from './helpers.js';

let shop: BootedServer;
let flaky: BootedServer;
beforeAll(async () => {
  [shop, flaky] = await Promise.all([bootStdio(SHOP), buildFixture('flaky-server').then(bootStdio)]);
});
afterAll(async () => {
  await Promise.all([shop?.close(), flaky?.close()]);
});

const statuses = (result: { steps: { id: string; status: string }[] } | undefined) =>
  Object.fromEntries((result?.steps ?? []).map((step) => [step.id, step.status]));

describe('every step kind against the example shop', () => {
  it('passes when the server does what the flow says', async () => {
    const flow = flowFrom(`
name: all kinds
steps:
  - id: ping
    ping:
  - id: level
    log-level: info
  - id: tools
    list: tools
    expect:
      path:
        - { path: '$.tools[*].name', contains: create_order }
  - id: resources
    list: resources
    expect:
      path: [{ path: '$.resources[*].uri', contains: 'shop://catalog' }]
  - id: prompts
    list: prompts
    expect:
      path: [{ path: $.prompts, length: 2 }]
  - id: templates
    list: templates
    expect:
      path: [{ path: '$.resourceTemplates[0].uriTemplate', equals: 'shop://products/{sku}' }]
  - id: catalog
    read: shop://catalog
    expect:
      text: { contains: '| sku-apple | Apple |' }
  - id: greeting
    prompt: greeting
    expect:
      text: { contains: Greet a visitor }
  - id: complete-prompt
    complete: { prompt: order_summary, argument: style, value: de }
    expect:
      text: detailed
  - id: complete-resource
    complete: { resource: 'shop://products/{sku}', argument: sku, value: sku-p }
    expect:
      path: [{ path: $.completion.values, equals: [sku-pear, sku-plum] }]
  - id: subscribe
    subscribe: 'shop://products/sku-apple'
  - id: order
    call: create_order
    arguments: { sku: sku-apple, quantity: 1 }
    expect:
      notifications:
        - { notification: log, match: { level: info } }
  - id: updated
    wait-for: resource-updated
    match: { uri: 'shop://products/sku-apple' }
    timeout-ms: 2000
    expect:
      path: [{ path: $.params.uri, equals: 'shop://products/sku-apple' }]
  - id: unsubscribe
    unsubscribe: 'shop://products/sku-apple'
  - id: raw
    request: tools/call
    params: { name: echo, arguments: { text: '{{ steps.updated.result.params.uri }}' } }
    expect:
      path: [{ path: '$.content[0].text', equals: 'shop://products/sku-apple' }]
  - id: unknown-method
    request: shop/unknown
    expect:
      error: { code: -32601 }
  - id: progress
    call: slow_count
    arguments: { steps: 2, delayMs: 10 }
    expect:
      notifications: [{ notification: progress, at-least: 2 }]
  - id: nap
    sleep: 20
`);
    const { results, events, opened } = await runAgainst(shop, [flow]);
    const [result] = results;
    expect(result?.steps.filter((step) => step.status !== 'pass')).toEqual([]);
    expect(result?.status).toBe('pass');
    expect(stepsById(result).nap?.durationMs).toBeGreaterThanOrEqual(19);
    expect(events.map((event) => event.type)).toEqual([
      'flow:start',
      ...(result?.steps ?? []).map(() => 'flow:step'),
      'flow:done',
    ]);
    expect(opened).toHaveLength(1);
    expect(opened[0]?.closed()).toBe(true);
  });

  it('fails each kind, with the reason, when the server does not do what the flow says', async () => {
    // A parallel group judges every step on its own, so one flow shows every failure.
    const flow = flowFrom(`
steps:
  - parallel:
      - id: ping
        ping:
        expect: { error: true }
      - id: level
        log-level: debug
        expect: { max-ms: 0.001 }
      - id: list
        list: prompts
        expect:
          path: [{ path: $.prompts, length: 5 }]
      - id: read
        read: 'shop://products/sku-kiwi'
      - id: prompt
        prompt: order_summary
        arguments: { orderId: order-99 }
        expect:
          text: { contains: 'order-99: 1 ×' }
      - id: complete
        complete: { prompt: order_summary, argument: style, value: x }
        expect:
          path: [{ path: $.completion.values, length: 1 }]
      - id: subscribe
        subscribe: 'shop://nowhere'
      - id: unsubscribe
        unsubscribe: 'shop://catalog'
        expect: { error: { code: -32602 } }
      - id: request
        request: shop/unknown
      - id: wait
        wait-for: tools-changed
        timeout-ms: 150
      - id: sleep
        sleep: 30
        expect: { max-ms: 5 }
      - id: call
        call: check_inventory
        arguments: { sku: sku-apple }
        expect:
          structured: { stock: 0 }
`);
    const { results } = await runAgainst(shop, [flow]);
    const steps = stepsById(results[0]);
    expect(statuses(results[0])).toEqual({
      ping: 'fail',
      level: 'fail',
      list: 'fail',
      read: 'fail',
      prompt: 'fail',
      complete: 'fail',
      subscribe: 'fail',
      unsubscribe: 'fail',
      request: 'fail',
      wait: 'fail',
      sleep: 'fail',
      call: 'fail',
    });
    expect(steps.ping?.message).toBe('ping: expected a protocol error, got a result');
    expect(steps.level?.message).toMatch(/^log-level debug: took \d+ ms, over the 0.001 ms budget$/);
    expect(steps.list?.message).toBe('list prompts: $.prompts: expected length 5, got 2');
    expect(steps.read?.message).toMatch(
      /^read shop:\/\/products\/sku-kiwi: the server answered with protocol error -32002: /,
    );
    expect(steps.prompt?.message).toContain('text: expected it to contain "order-99: 1 ×", got "Summarise this order');
    expect(steps.complete?.message).toBe('complete order_summary style: $.completion.values: expected length 1, got 0');
    expect(steps.subscribe?.message).toMatch(/the server answered with protocol error -32002/);
    expect(steps.unsubscribe?.message).toBe('unsubscribe shop://catalog: expected a protocol error, got a result');
    expect(steps.request?.message).toMatch(/^request shop\/unknown: the server answered with protocol error -32601/);
    expect(steps.wait?.message).toBe('wait-for tools-changed: no tools-changed notification arrived within 150 ms');
    expect(steps.sleep?.message).toMatch(/^sleep 30 ms: took \d+ ms, over the 5 ms budget$/);
    expect(steps.call?.message).toContain('structured: $.stock: expected 0, got 10');
    expect(steps.call).toMatchObject({ expected: { stock: 0 }, actual: { sku: 'sku-apple', stock: 10 } });
  });
});

describe('structure', () => {
  it('skips the steps after a failure, and still runs teardown, which may use values of steps that passed', async () => {
    const flow = flowFrom(`
setup:
  - id: stock
    call: check_inventory
    arguments: { sku: sku-apple }
steps:
  - id: order
    call: create_order
    arguments: { sku: sku-apple, quantity: 1 }
    expect: { text: wrong }
  - id: after
    call: check_inventory
    arguments: { sku: sku-apple }
teardown:
  - id: uses-setup
    call: echo
    arguments: { text: 'stock was {{ steps.stock.structured.stock }}' }
    expect: { text: stock was 10 }
  - id: uses-failed
    call: echo
    arguments: { text: '{{ steps.order.text }}' }
  - id: still-runs
    ping:
`);
    const { results } = await runAgainst(shop, [flow]);
    const steps = stepsById(results[0]);
    expect(statuses(results[0])).toEqual({
      stock: 'pass',
      order: 'fail',
      after: 'skip',
      'uses-setup': 'pass',
      'uses-failed': 'fail',
      'still-runs': 'pass',
    });
    expect(steps.after?.message).toBe("call check_inventory: not run: step 'order' failed");
    expect(steps['uses-failed']?.message).toBe(
      "call echo: {{ steps.order.text }}: step 'order' failed, so its values cannot be used",
    );
  });

  it('skips the steps when setup fails', async () => {
    const flow = flowFrom(`
setup:
  - id: broken
    read: 'shop://missing'
steps:
  - id: main
    ping:
teardown:
  - id: cleanup
    ping:
`);
    const { results } = await runAgainst(shop, [flow]);
    expect(statuses(results[0])).toEqual({ broken: 'fail', main: 'skip', cleanup: 'pass' });
    expect(stepsById(results[0]).main?.message).toBe("ping: not run: setup step 'broken' failed");
  });

  it('fails a step that hangs after its timeout, and the flow goes on with teardown', async () => {
    const flow = flowFrom(`
steps:
  - id: hang
    call: hang
    timeout-ms: 300
  - id: next
    ping:
teardown:
  - id: cleanup
    call: echo
    arguments: { text: done }
    expect: { text: done }
`);
    const started = performance.now();
    const { results, opened } = await runAgainst(flaky, [flow]);
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(statuses(results[0])).toEqual({ hang: 'fail', next: 'skip', cleanup: 'pass' });
    expect(stepsById(results[0]).hang?.message).toBe(
      'call hang: timed out: no response to tools/call within 300 ms (timeout-ms)',
    );
    expect(opened.every((connection) => connection.closed())).toBe(true);
  });

  it('reports a repeated step that fails one call in three as flaky, with its pass rate', async () => {
    const flow = flowFrom(`
steps:
  - id: sometimes
    call: sometimes
    repeat: 6
`);
    const { results } = await runAgainst(flaky, [flow]);
    const step = stepsById(results[0]).sometimes;
    expect(step).toMatchObject({ status: 'fail', flaky: true, repeats: { total: 6, passed: 4 } });
    expect(step?.message).toBe(
      'call sometimes: 4 of 6 runs passed (67%), flaky; run 3: the tool reported an error (isError: true): "call 3 failed"',
    );
    expect(flowAnnotations(results)[0]?.title).toBe('mcp-ci flow "test": step sometimes failed (flaky)');
  });

  it('repeats a whole flow in fresh sessions and folds the runs of each step', async () => {
    const flow = flowFrom(`
repeat: 2
steps:
  - id: twice
    call: sometimes
    repeat: 2
  - id: third
    call: sometimes
`);
    const { results, events, opened } = await runAgainst(flaky, [flow]);
    const steps = stepsById(results[0]);
    expect(steps.twice).toMatchObject({ status: 'pass', repeats: { total: 4, passed: 4 } });
    expect(steps.twice?.flaky).toBeUndefined();
    // Every run of the flow is a fresh session (over stdio: a fresh process), so the third call fails each time.
    expect(steps.third).toMatchObject({ status: 'fail', repeats: { total: 2, passed: 0 } });
    expect(steps.third?.flaky).toBeUndefined();
    expect(opened).toHaveLength(2);
    expect(events.filter((event) => event.type === 'flow:step')).toHaveLength(2);
  });

  it('keeps named sessions apart: an order in one session leaves the stock of another as it was', async () => {
    const flow = flowFrom(`
steps:
  - id: order
    session: buyer
    call: create_order
    arguments: { sku: sku-pear, quantity: 3 }
  - id: buyer-view
    session: buyer
    call: check_inventory
    arguments: { sku: sku-pear }
    expect: { structured: { stock: 0 } }
  - id: other-view
    call: check_inventory
    arguments: { sku: sku-pear }
    expect: { structured: { stock: 3 } }
`);
    const { results, opened } = await runAgainst(shop, [flow]);
    expect(results[0]?.status).toBe('pass');
    // The target numbers a label it has handed out before (tests share one target), so match the stem.
    const labels = opened.map((connection) => connection.label);
    expect(labels).toHaveLength(2);
    expect(labels[0]).toMatch(/^flow:test(#\d+)?$/);
    expect(labels[1]).toMatch(/^flow:test#buyer(#\d+)?$/);
    expect(opened.every((connection) => connection.closed())).toBe(true);
  });

  it('runs parallel calls at once without their results bleeding into each other', async () => {
    const texts = Array.from({ length: 12 }, (_, index) => `message-${index}`);
    const flow = flowFrom(`
steps:
  - parallel:
${texts.map((text) => `      - { id: ${text}, call: echo, arguments: { text: ${text} }, expect: { text: ${text} } }`).join('\n')}
      - { id: slow, call: slow_count, arguments: { steps: 3, delayMs: 30 }, expect: { notifications: [{ notification: progress, at-least: 3 }] } }
      - { id: slow-too, call: slow_count, arguments: { steps: 2, delayMs: 30 }, expect: { notifications: [{ notification: progress, at-least: 2 }] } }
  - id: after
    call: echo
    arguments: { text: '{{ steps.message-0.text }}/{{ steps.message-11.text }}' }
    expect: { text: message-0/message-11 }
`);
    const { results } = await runAgainst(shop, [flow]);
    expect(results[0]?.steps.filter((step) => step.status !== 'pass')).toEqual([]);
  });

  it('gives each parallel call only its own progress', async () => {
    const flow = flowFrom(`
steps:
  - parallel:
      - { id: three, call: slow_count, arguments: { steps: 3, delayMs: 20 }, expect: { notifications: [{ notification: progress, at-least: 4 }] } }
      - { id: two, call: slow_count, arguments: { steps: 2, delayMs: 20 } }
`);
    const { results } = await runAgainst(shop, [flow]);
    expect(stepsById(results[0]).three?.message).toContain(
      'expected at least 4 progress notification(s) during the step, got 3',
    );
  });

  it('skips a flow meant for another transport', async () => {
    const flow = flowFrom('transport: http\nsteps:\n  - id: p\n    ping:\n');
    const { results } = await runAgainst(shop, [flow]);
    expect(results[0]?.status).toBe('skip');
    expect(stepsById(results[0]).p?.message).toBe(
      'ping: the flow runs over http, and the server is reached over stdio',
    );
  });

  it('reads the environment and fails a step whose environment variable is not set', async () => {
    const flow = flowFrom(`
vars: { greeting: 'hello {{ env.WHO }}' }
steps:
  - id: greet
    call: echo
    arguments: { text: '{{ vars.greeting }}' }
    expect: { text: hello world }
  - id: missing
    call: echo
    arguments: { text: '{{ env.NOT_SET_ANYWHERE }}' }
`);
    const { results } = await runAgainst(shop, [flow], { env: { WHO: 'world' } });
    expect(statuses(results[0])).toEqual({ greet: 'pass', missing: 'fail' });
    expect(stepsById(results[0]).missing?.message).toBe(
      'call echo: {{ env.NOT_SET_ANYWHERE }}: environment variable NOT_SET_ANYWHERE is not set',
    );
  });

  it('fails a capture that finds nothing', async () => {
    const flow = flowFrom(`
steps:
  - id: order
    call: create_order
    arguments: { sku: sku-apple, quantity: 1 }
    capture: { orderId: { matches: 'invoice-(\\d+)' } }
`);
    const { results } = await runAgainst(shop, [flow]);
    expect(stepsById(results[0]).order?.message).toMatch(
      /^call create_order: capture orderId: the text "order-1: 1 × sku-apple, 0.50 EUR, created" does not match \/invoice-\(\\d\+\)\/$/,
    );
  });
});

describe('a tool the server does not list', () => {
  it('fails the step that calls it, at its line, before anything runs', async () => {
    const yaml = 'steps:\n  - id: first\n    ping:\n  - id: typo\n    call: create_ordr\n    arguments: { sku: a }\n';
    const { results } = await runAgainst(shop, [flowFrom(yaml, 'flows/typo.yml')]);
    const steps = stepsById(results[0]);
    expect(statuses(results[0])).toEqual({ first: 'skip', typo: 'fail' });
    expect(steps.typo?.message).toMatch(
      /^call create_ordr: flows\/typo\.yml:4:5: the server does not list tool 'create_ordr' \(listed: check_inventory, list_products, create_order, .*\); the flow did not run$/,
    );
    expect(flowAnnotations(results)).toEqual([
      {
        file: 'flows/typo.yml',
        line: 4,
        title: 'mcp-ci flow "typo": step typo failed',
        message: steps.typo?.message,
      },
    ]);
  });
});

describe('snapshots', () => {
  const flow = () =>
    flowFrom(
      `
steps:
  - id: catalog
    read: shop://catalog
    expect:
      snapshot: { redact: ['$.contents[0].uri'] }
`,
      'flows/snap.yml',
    );

  it('writes a missing snapshot and says so, then compares, fails with a diff, and updates on request', async () => {
    const first = await runAgainst(shop, [flow()]);
    const dir = first.snapshotDir;
    const file = join(dir, 'snap', 'catalog.json');
    expect(stepsById(first.results[0]).catalog).toMatchObject({ status: 'warn' });
    expect(stepsById(first.results[0]).catalog?.message).toContain(
      `no snapshot existed, so one was written to ${file}`,
    );
    const stored = JSON.parse(await readFile(file, 'utf8')) as { contents: { uri: string; text: string }[] };
    expect(stored.contents[0]?.uri).toBe('[redacted]');
    expect(stored.contents[0]?.text).toContain('sku-apple');

    const second = await runAgainst(shop, [flow()], { snapshotDir: dir });
    expect(stepsById(second.results[0]).catalog).toMatchObject({ status: 'pass' });

    const [content] = stored.contents;
    if (content) content.text = content.text.replace('Apple', 'Banana');
    await writeFile(file, JSON.stringify(stored, null, 2));
    const third = await runAgainst(shop, [flow()], { snapshotDir: dir });
    const failed = stepsById(third.results[0]).catalog;
    expect(failed?.status).toBe('fail');
    expect(failed?.message).toContain(`differs from snapshot ${file} (run with --update-snapshots to accept)`);
    expect(failed?.message).toMatch(/^-.*Banana.*\n\+.*Apple/m);

    const fourth = await runAgainst(shop, [flow()], { snapshotDir: dir, updateSnapshots: true });
    expect(stepsById(fourth.results[0]).catalog?.message).toContain(`snapshot ${file} updated`);
    expect(await readFile(file, 'utf8')).toContain('| sku-apple | Apple |');
  });

  it('fails on a snapshot file that is not JSON', async () => {
    const first = await runAgainst(shop, [flow()]);
    const file = join(first.snapshotDir, 'snap', 'catalog.json');
    await mkdir(join(first.snapshotDir, 'snap'), { recursive: true });
    await writeFile(file, '{ not json');
    const second = await runAgainst(shop, [flow()], { snapshotDir: first.snapshotDir });
    expect(stepsById(second.results[0]).catalog?.message).toMatch(/is not valid JSON/);
  });
});

describe('annotations', () => {
  it('point at the line of each failing step', async () => {
    const yaml = [
      'name: lines', //                 1
      'steps:', //                      2
      '  - parallel:', //               3
      '      - id: good', //            4
      '        ping:', //               5
      '      - id: bad', //             6
      '        call: echo', //          7
      '        arguments: { text: a }', // 8
      '        expect: { text: b }', // 9
      '      - id: bad-too', //         10
      '        ping:', //               11
      '        expect: { error: true }', // 12
    ].join('\n');
    const { results } = await runAgainst(shop, [flowFrom(yaml, '.mcp-ci/flows/lines.yml')]);
    expect(flowAnnotations(results)).toEqual([
      {
        file: '.mcp-ci/flows/lines.yml',
        line: 6,
        title: 'mcp-ci flow "lines": step bad failed',
        message: 'call echo: text: expected "b", got "a"',
      },
      {
        file: '.mcp-ci/flows/lines.yml',
        line: 10,
        title: 'mcp-ci flow "lines": step bad-too failed',
        message: 'ping: expected a protocol error, got a result',
      },
    ]);
  });
});
