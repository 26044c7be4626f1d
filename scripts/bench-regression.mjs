// The bar for the comparison, at full size: against the example server over stdio, a tool that became 25 ms
// slower must be flagged in every one of 10 runs, and 10 runs of the unchanged tool must raise no flag at all
// (on any operation, start-up included). Each run is compared with one baseline run, as in CI.
// Needs the built example server (`npm run bench:regression` builds it first).
import { importTs } from './lib/import-ts.mjs';

const SERVER = '.build/examples/shop-server.mjs';
const RUNS = 10;
const BASE_DELAY_MS = 5;
const SLOWDOWN_MS = 25;

const settings = (delayMs) => ({
  iterations: 50,
  warmup: 5,
  calls: [{ tool: 'slow_count', arguments: { steps: 1, delayMs }, name: 'slow_count' }],
});
const flagged = (results) => results.filter((result) => result.comparison?.regression).map((result) => result.name);

const { openBenchSession } = await importTs('scripts/bench-session.ts');
const session = await openBenchSession(`node ${SERVER}`);
try {
  const baseline = await session.bench(settings(BASE_DELAY_MS));
  const base = baseline.find((result) => result.name === 'slow_count');
  console.log(`baseline: slow_count p50 ${base.stats.p50.toFixed(2)} ms (delayMs ${BASE_DELAY_MS})`);
  let slowedFlagged = 0;
  let identicalFlagged = 0;
  for (let run = 1; run <= RUNS; run++) {
    const identical = flagged(await session.bench(settings(BASE_DELAY_MS), baseline));
    const slowed = await session.bench(settings(BASE_DELAY_MS + SLOWDOWN_MS), baseline);
    const slowedFlags = flagged(slowed);
    const slow = slowed.find((result) => result.name === 'slow_count');
    if (identical.length > 0) identicalFlagged++;
    if (slowedFlags.includes('slow_count')) slowedFlagged++;
    console.log(
      `run ${run}: unchanged flags [${identical.join(', ')}]; slowed (p50 ${slow.stats.p50.toFixed(2)} ms, ` +
        `${slow.comparison.p50ChangePct.toFixed(0)} %, p=${slow.comparison.pValue?.toExponential(1)}) flags [${slowedFlags.join(', ')}]`,
    );
  }
  console.log(`slowed by ${SLOWDOWN_MS} ms: flagged in ${slowedFlagged} of ${RUNS} runs (bar: ${RUNS} of ${RUNS})`);
  console.log(`unchanged: a flag raised in ${identicalFlagged} of ${RUNS} runs (bar: 0 of ${RUNS})`);
  process.exitCode = slowedFlagged === RUNS && identicalFlagged === 0 ? 0 : 1;
} finally {
  await session.close();
}
