import { defineConfig } from 'vitest/config';
import { TIMING_TESTS } from './vitest.config.js';

/** The latency-judging tests, one file at a time and after the rest (`npm test` runs both configs). */
export default defineConfig({
  test: {
    include: [TIMING_TESTS],
    globalSetup: ['__tests__/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 30_000,
    fileParallelism: false,
  },
});
