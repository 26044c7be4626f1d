/**
 * The bar the comparison must clear: against the example server, a tool that became 25 ms slower is flagged in
 * every one of 10 runs, and 10 runs of the unchanged tool raise no flag. Small N keeps it to a few seconds.
 *
 * Only the tool is judged here. The built-in operations answer in about a millisecond over HTTP, so with 8
 * samples a runner that stays busier for a second can move them past the 1 ms floor twice in a row, and a CI
 * gate must not depend on how quiet the machine is. `npm run bench:regression` holds every operation, start-up
 * included, to the bar with 50 iterations and prints the counts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBench } from '../../src/bench/runner.js';
import { benchSettingsSchema } from '../../src/config/schema.js';
import type { BenchResult } from '../../src/model.js';
import { bootTarget, type BootedServer } from '../../src/target/boot.js';
import { Transcript } from '../../src/wire/transcript.js';
import { freePort, launch, SHOP_SERVER, testConfig } from '../helpers/config.js';

const BASE_DELAY_MS = 5;
const SLOWDOWN_MS = 25;
const RUNS = 10;

let target: BootedServer;
beforeAll(async () => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/mcp`;
  const config = testConfig({
    transport: 'http',
    url,
    launch: launch(['node', SHOP_SERVER, '--http', String(port)]),
    headers: {},
  });
  target = await bootTarget(config, new Transcript(), () => {});
});
afterAll(async () => {
  await target?.close();
});

function bench(delayMs: number, baseline?: BenchResult[]): Promise<BenchResult[]> {
  return runBench({
    main: target.main,
    connect: (options) => target.connect(options),
    settings: benchSettingsSchema.parse({
      iterations: 8,
      warmup: 1,
      calls: [{ tool: 'slow_count', arguments: { steps: 1, delayMs }, name: 'slow_count' }],
    }),
    serverCapabilities: target.main.serverCapabilities,
    toolNames: ['slow_count'],
    emit: () => {},
    baseline,
  });
}

/** Whether the tool's result carries a regression flag; the built-in operations measured beside it are not judged. */
const toolFlagged = (results: BenchResult[]) =>
  results.some((result) => result.name === 'slow_count' && result.comparison?.regression === true);

describe('regression detection bar', () => {
  it('flags a 25 ms slowdown in 10 of 10 runs and nothing in 10 identical runs', async () => {
    const baseline = await bench(BASE_DELAY_MS);
    const identical: boolean[] = [];
    const slowed: boolean[] = [];
    for (let run = 0; run < RUNS; run++) {
      identical.push(toolFlagged(await bench(BASE_DELAY_MS, baseline)));
      slowed.push(toolFlagged(await bench(BASE_DELAY_MS + SLOWDOWN_MS, baseline)));
    }
    expect(identical).toEqual(Array<boolean>(RUNS).fill(false));
    expect(slowed).toEqual(Array<boolean>(RUNS).fill(true));
  });
});
