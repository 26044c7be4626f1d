// Writes docs/checks.md from the check catalogue (the same text `mcp-ci checks` prints as data).
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';

const entry = `
import { catalogueEntries, catalogueMarkdown } from './src/checks/catalogue-table.ts';
import { coverageByClass } from './src/checks/coverage.ts';
import { CATALOGUE } from './src/checks/registry.ts';
export const markdown = catalogueMarkdown(catalogueEntries(), coverageByClass(CATALOGUE));
`;
const result = await build({
  stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
  packages: 'external',
  logLevel: 'error',
});
const module = await import(
  `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`
);
await writeFile('docs/checks.md', module.markdown);
console.log('docs/checks.md written');
