// Bundles the two entry points with ncc into dist/: index.js (the GitHub Action) and cli.js (the CLI).
// Output is deterministic so CI can compare the committed dist/ with a fresh build.
import ncc from '@vercel/ncc';
import { mkdir, rm, writeFile, chmod } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entries = [
  { source: 'src/action.ts', output: 'dist/index.js' },
  { source: 'src/cli.ts', output: 'dist/cli.js', shebang: true },
];

await rm(join(root, 'dist'), { recursive: true, force: true });
for (const entry of entries) {
  const { code, assets } = await ncc(join(root, entry.source), {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
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
