// Bundles the entry points with ncc into dist/: index.js (the GitHub Action), cli.js (the CLI), api.js (the library,
// `import 'mcp-ci'`) and vitest.js (the matchers, `mcp-ci/vitest`, which import api.js rather than a second copy of
// the engine); then the library's type declarations into dist/types.
// Output is deterministic so CI can compare the committed dist/ with a fresh build.
//
// The CLI is split: what a command imports with import() becomes chunks of its own in dist/cli/ (esbuild splits
// our code, ncc the packages), loaded only when used, so `mcp-ci run` loads the suites while its server boots and
// `--version` loads nearly nothing. dist/cli.js is a small launcher in front of dist/cli/index.js that turns on
// Node's compile cache first (Node 22.1 and later), so repeated runs skip compiling the bundle.
//
// esbuild first turns each entry's own TypeScript into one ES module (packages left as imports), and ncc bundles
// that with the packages. Given the TypeScript itself, ncc type-checks the whole project once per entry (about
// 35 s of CPU each); `npm run typecheck` already does that once.
import { build } from 'esbuild';
import ncc from '@vercel/ncc';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdir, rm, writeFile, chmod } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entries = [
  { source: 'src/action.ts', output: 'dist/index.js' },
  { source: 'src/cli.ts', output: 'dist/cli/index.js', split: true },
  { source: 'src/api.ts', output: 'dist/api.js' },
  { source: 'src/vitest.ts', output: 'dist/vitest.js', externals: ['./api.js'] },
];

const staged = join(root, '.build', 'dist-staging');
await rm(join(root, 'dist'), { recursive: true, force: true });
await rm(staged, { recursive: true, force: true });
for (const entry of entries) {
  // Inside the repository, so ncc resolves the packages from its node_modules.
  const module = join(staged, entry.output.replace(/^dist\//, '').replace(/\.js$/, '.mjs'));
  await build({
    entryPoints: [join(root, entry.source)],
    ...(entry.split
      ? { outdir: dirname(module), splitting: true, entryNames: 'index', outExtension: { '.js': '.mjs' } }
      : { outfile: module }),
    bundle: true,
    packages: 'external',
    external: entry.externals ?? [],
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    logLevel: 'error',
  });
  const { code, assets } = await ncc(module, {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
    externals: entry.externals ?? [],
  });
  // ncc adds a package.json saying "type": "module"; the root package.json already says so for dist/. Chunks
  // (`<id>.index.mjs`) come only from the import() calls of a split entry; any other asset would be a file the
  // bundle reads at run time, which it must not need.
  const extra = Object.keys(assets ?? {}).filter((name) => name !== 'package.json');
  const unexpected = extra.filter((name) => !(entry.split && /^\d+\.index\.mjs$/.test(name)));
  if (unexpected.length > 0) {
    throw new Error(
      `${entry.source}: unexpected extra assets ${unexpected.join(', ')}; keep the bundle self-contained`,
    );
  }
  const file = join(root, entry.output);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, code.replace(/^#!.*\n/, ''));
  for (const name of extra) await writeFile(join(dirname(file), name), assets[name].source);
}

const launcher = join(root, 'dist', 'cli.js');
await writeFile(
  launcher,
  `#!/usr/bin/env node
// mcp-ci's CLI is dist/cli/index.js and its chunks. Node 22.1 and later cache what they compile of it (in the
// system's temporary folder; NODE_DISABLE_COMPILE_CACHE=1 turns that off), which later runs then skip.
import module from 'node:module';
module.enableCompileCache?.();
await import('./cli/index.js');
`,
);
await chmod(launcher, 0o755);

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.types.json')], { stdio: 'inherit' });
