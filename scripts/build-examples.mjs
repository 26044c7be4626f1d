/**
 * Bundles the runnable example server and the fault fixture server into single ESM files under .build/, so
 * tests and demos start them with plain `node` (no TypeScript loader in the child process). Dependencies stay
 * external and resolve from node_modules.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const bundles = [
  { entry: 'examples/servers/shop-server.ts', out: '.build/examples/shop-server.mjs' },
  { entry: '__tests__/fixtures/faulty-server.ts', out: '.build/fixtures/faulty-server.mjs' },
];

await Promise.all(
  bundles.map(({ entry, out }) =>
    build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    }),
  ),
);
