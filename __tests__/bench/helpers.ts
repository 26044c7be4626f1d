/** Seeded latency-like data for the statistics tests, so every run of the suite sees the same numbers. */

/** mulberry32: a small, well-distributed 32-bit PRNG, enough to make test data reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Right-skewed samples like request latencies: `floorMs` plus a log-normal part with median `medianExtraMs`
 * (Box-Muller for the normal variate).
 */
export function latencySamples(random: () => number, count: number, floorMs: number, medianExtraMs: number): number[] {
  return Array.from({ length: count }, () => {
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    return floorMs + medianExtraMs * Math.exp(0.5 * normal);
  });
}
