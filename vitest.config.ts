import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Tests that judge latency run alone (vitest.timing.config.ts), so the load of other tests cannot skew them. */
export const TIMING_TESTS = '__tests__/**/*.timing.test.ts';

export default defineConfig({
  // The example user tests import the package by name; here that name is the sources (tsconfig.json says the same).
  resolve: {
    alias: [
      { find: /^mcp-ci\/vitest$/, replacement: fileURLToPath(new URL('src/vitest.ts', import.meta.url)) },
      { find: /^mcp-ci$/, replacement: fileURLToPath(new URL('src/api.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['__tests__/**/*.test.ts', 'examples/vitest/**/*.test.ts'],
    exclude: [TIMING_TESTS, '**/node_modules/**'],
    globalSetup: ['__tests__/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Tests boot real servers; two cores cannot run many at once without skewing timeouts.
    maxWorkers: 2,
  },
});
