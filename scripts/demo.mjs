// `npm run demo`: the whole pipeline (conformance, flows, benchmarks, reports) against the bundled example
// server, over stdio and over Streamable HTTP, using the committed CLI bundle exactly as users run it.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync } from 'node:fs';

function runStep(args) {
  console.log(`\n$ mcp-ci ${args.map((a) => (a.includes(' ') ? JSON.stringify(a) : a)).join(' ')}`);
  return spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit' }).status ?? 4;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const build = spawnSync(process.execPath, ['scripts/build-examples.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
if (!existsSync('dist/cli.js')) {
  console.error('dist/cli.js is missing: run `npm run build` first.');
  process.exit(2);
}

const flows = ['--flows', 'examples/flows/*.yml'];
const bench = ['--config', 'examples/mcp-ci.yml'];
const stdio = runStep([
  'run',
  '--stdio',
  'node .build/examples/shop-server.mjs',
  ...flows,
  ...bench,
  '--out',
  'mcp-ci-report/stdio',
]);
const port = await freePort();
const http = runStep([
  'run',
  '--url',
  `http://127.0.0.1:${port}/mcp`,
  '--start',
  `node .build/examples/shop-server.mjs --http ${port}`,
  ...flows,
  ...bench,
  '--out',
  'mcp-ci-report/http',
]);

console.log('\nReports written:');
for (const dir of ['mcp-ci-report/stdio', 'mcp-ci-report/http']) {
  console.log(`  ${dir}/report.md  (the PR comment)\n  ${dir}/junit.xml  ${dir}/results.json  ${dir}/transcript.jsonl`);
}
process.exit(Math.max(stdio, http));
