// Imports a TypeScript module of this repo from a plain Node script: esbuild bundles it (dependencies stay
// external, resolved from node_modules) into node_modules/.cache, which is then imported.
import { build } from 'esbuild';
import { mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function importTs(entry) {
  const dir = resolve('node_modules/.cache/mcp-ci-scripts');
  await mkdir(dir, { recursive: true });
  const outfile = join(dir, `${basename(entry, '.ts')}-${process.pid}.mjs`);
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}
