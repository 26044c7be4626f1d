// Writes action.yml from the inputs table in src/config/inputs.ts, so the action's metadata, the CLI flags and
// mcp-ci.yml cannot drift apart (a test compares the committed file with this output).
import { writeFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import { importTs } from './lib/import-ts.mjs';

const { actionYml } = await importTs('src/config/action-metadata.ts');
await writeFile('action.yml', actionYml(stringify));
console.log('action.yml written');
