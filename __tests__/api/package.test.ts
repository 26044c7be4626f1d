/**
 * What `npm publish` would ship: the CLI (a launcher and its chunks), the library and its matchers with their type declarations, and the JSON
 * schemas, and nothing else (no sources, tests, fixtures or the action bundle). Every path package.json points
 * at is in the package, so `import 'mcp-ci'` and `mcp-ci/vitest` resolve for users.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

interface PackageJson {
  bin: Record<string, string>;
  exports: Record<string, string | { types: string; default: string }>;
  types: string;
}

it('packs the CLI, the library, its types and the schemas only', async () => {
  // --ignore-scripts: packing must not run `prepare` (it patches node_modules).
  const { stdout } = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    timeout: 60_000,
  });
  const [packed] = JSON.parse(stdout) as { files: { path: string }[] }[];
  const files = packed!.files.map((file) => file.path);
  const pkg = JSON.parse(await readFile('package.json', 'utf8')) as PackageJson;

  const pointedAt = [
    ...Object.values(pkg.bin),
    pkg.types,
    ...Object.values(pkg.exports).flatMap((target) =>
      typeof target === 'string' ? [] : [target.types, target.default],
    ),
  ].map((path) => path.replace(/^\.\//, ''));
  expect(files).toEqual(expect.arrayContaining([...pointedAt, 'schemas/flow.schema.json', 'package.json']));
  // The CLI's launcher imports dist/cli/index.js, which loads its chunks on use: every one of them ships.
  const cliFiles = (await readdir('dist/cli')).map((name) => `dist/cli/${name}`);
  expect(files).toEqual(expect.arrayContaining(cliFiles));

  const unexpected = files.filter(
    (path) =>
      !['package.json', 'README.md', 'LICENSE', 'dist/cli.js', 'dist/api.js', 'dist/vitest.js'].includes(path) &&
      !/^dist\/types\/.+\.d\.ts$/.test(path) &&
      !/^dist\/cli\/(index\.js|\d+\.index\.mjs)$/.test(path) &&
      !/^schemas\/[^/]+\.json$/.test(path),
  );
  expect(unexpected).toEqual([]);
  expect(files.some((path) => /^(src|__tests__|examples|scripts)\//.test(path))).toBe(false);
});
