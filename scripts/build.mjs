// Bundles the entry points with ncc into dist/: index.js (the GitHub Action), cli.js (the CLI), api.js (the library,
// `import 'mcp-ci'`) and vitest.js (the matchers, `mcp-ci/vitest`, which import api.js rather than a second copy of
// the engine); then the library's type declarations into dist/types.
// Output is deterministic so CI can compare the committed dist/ with a fresh build.
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
  { source: 'src/cli.ts', output: 'dist/cli.js', shebang: true },
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
    outfile: module,
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
  // ncc adds a package.json saying "type": "module"; the root package.json already says so for dist/.
  const extra = Object.keys(assets ?? {}).filter((name) => name !== 'package.json');
  if (extra.length > 0) {
    throw new Error(`${entry.source}: unexpected extra assets ${extra.join(', ')}; keep the bundle self-contained`);
  }
  const file = join(root, entry.output);
  await mkdir(dirname(file), { recursive: true });
  const body = code.replace(/^#!.*\n/, '');
  await writeFile(file, entry.shebang ? `#!/usr/bin/env node\n${body}` : body);
  if (entry.shebang) await chmod(file, 0o755);
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.types.json')], { stdio: 'inherit' });
