import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BootedServer } from '../../src/target/boot.js';
import { bootShopHttp, bootStdio, buildFixture, flowFrom, runAgainst, SHOP, stepsById } from './helpers.js';

const example = async (name: string) =>
  flowFrom(await readFile(`examples/flows/${name}`, 'utf8'), `examples/flows/${name}`);

describe('the example flows', () => {
  let shop: BootedServer;
  beforeAll(async () => {
    shop = await bootStdio(SHOP);
  });
  afterAll(async () => {
    await shop?.close();
  });

  it('shop.yml passes against the example shop', async () => {
    const { results, opened } = await runAgainst(shop, [await example('shop.yml')]);
    const [result] = results;
    expect(result?.status).toBe('pass');
    expect(result?.steps.map((step) => step.status)).toEqual(['pass', 'pass', 'pass', 'pass', 'pass']);
    expect(opened.every((connection) => connection.closed())).toBe(true);
  });

  it('concurrency.yml passes against the example shop', async () => {
    const { results, opened } = await runAgainst(shop, [await example('concurrency.yml')]);
    expect(results[0]?.status).toBe('pass');
    // The default session and the one the flow names.
    expect(opened).toHaveLength(2);
    expect(opened.every((connection) => connection.closed())).toBe(true);
  });
});

describe('the example flows over Streamable HTTP', () => {
  let shop: BootedServer;
  beforeAll(async () => {
    shop = await bootShopHttp();
  });
  afterAll(async () => {
    await shop?.close();
  });

  it('pass, each flow in its own HTTP session', async () => {
    const { results, opened } = await runAgainst(shop, [await example('shop.yml'), await example('concurrency.yml')]);
    expect(results.map((result) => [result.name, result.status])).toEqual([
      ['shop orders', 'pass'],
      ['concurrent calls stay apart', 'pass'],
    ]);
    expect(opened.map((connection) => connection.label)).toEqual([
      'flow:shop orders',
      'flow:concurrent calls stay apart',
      'flow:concurrent calls stay apart#second',
    ]);
    expect(opened.every((connection) => connection.closed())).toBe(true);
  });
});

describe('the shop flow against a shop that loses state between calls', () => {
  let lossy: BootedServer;
  beforeAll(async () => {
    lossy = await bootStdio(await buildFixture('lossy-shop-server'));
  });
  afterAll(async () => {
    await lossy?.close();
  });

  it('fails at the step that checks the stock went down, showing expected and actual stock', async () => {
    const { results } = await runAgainst(lossy, [await example('shop.yml')]);
    const steps = stepsById(results[0]);
    expect(results[0]?.status).toBe('fail');
    expect(steps.order?.status).toBe('pass');
    expect(steps.after?.status).toBe('fail');
    expect(steps.after?.line).toBe(32);
    expect(steps.after?.message).toContain('$.stock: expected 8, got 10');
    expect(steps.after?.message).toMatch(/-\s+"stock": 8,?\n\+\s+"stock": 10/);
    // After a failure the remaining steps are skipped, not run against a broken state.
    expect(steps['out-of-stock']?.status).toBe('skip');
    expect(steps['out-of-stock']?.message).toContain("step 'after' failed");
  });
});
