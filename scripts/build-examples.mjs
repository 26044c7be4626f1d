/**
 * Bundles the runnable example server and the fault fixture server into single ESM files under .build/, so
 * tests and demos start them with plain `node` (no TypeScript loader in the child process), dependencies
 * included.
 */
import { build } from 'esbuild';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const bundles = [
  { entry: 'examples/servers/shop-server.ts', out: '.build/examples/shop-server.mjs' },
  { entry: '__tests__/fixtures/faulty-server.ts', out: '.build/fixtures/faulty-server.mjs' },
  { entry: '__tests__/fixtures/modern-server.ts', out: '.build/fixtures/modern-server.mjs' },
];

// Written beside the target and renamed into place, so a server being started from the old file while a second
// test run rebuilds never reads half a file.
await Promise.all(
  bundles.map(async ({ entry, out }) => {
    const partial = `${out}.${process.pid}.tmp`;
    await build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: partial,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // The packages too: a server process loads one file instead of hundreds of modules, which halves its
      // start-up, and the test suite starts thousands of them.
      banner: {
        js: "import { createRequire as createRequireForBundle } from 'node:module';\nconst require = createRequireForBundle(import.meta.url);",
      },
      logLevel: 'warning',
    });
    await rename(join(root, partial), join(root, out));
  }),
);
