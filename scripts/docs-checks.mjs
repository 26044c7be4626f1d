// Writes docs/checks.md from the check catalogue (the same data `mcp-ci checks --json` prints).
import { writeFile } from 'node:fs/promises';
import { importTs } from './lib/import-ts.mjs';

const { checksMarkdown } = await importTs('src/checks/catalogue-table.ts');
await writeFile('docs/checks.md', checksMarkdown());
console.log('docs/checks.md written');
