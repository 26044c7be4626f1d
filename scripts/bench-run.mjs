// `npm run bench:run`: how fast a whole `mcp-ci run` is, measured on the committed CLI bundle.
// Prints the median of 5 wall times against server-everything over stdio and over Streamable HTTP (boot, the
// full conformance catalogue, reports), of a quick run over stdio (`--quick`, the pre-commit profile), the
// conformance phase alone, the floor under the stdio phase (its server processes started together with nothing
// else running), `mcp-ci --version` (start-up alone), the time from the CLI's start to the server's start and to
// the first byte it sends to the server, and the bundle sizes.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = 5;
const EVERYTHING = 'node_modules/@modelcontextprotocol/server-everything/dist/index.js';
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

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

function runCli(args) {
  const out = mkdtempSync(join(tmpdir(), 'mcp-ci-bench-run-'));
  const started = Date.now();
  // A fresh history file per run: what a first run on a fresh checkout costs, not this machine's accumulated runs.
  const history = ['--history', join(out, 'history.db')];
  const run = spawnSync(process.execPath, ['dist/cli.js', 'run', ...args, '--out', out, ...history, '--quiet'], {
    encoding: 'utf8',
  });
  const wallMs = Date.now() - started;
  // 1 is a gate verdict (server-everything breaks a few HTTP rules); anything else means no result to time.
  if (run.status !== 0 && run.status !== 1) throw new Error(`mcp-ci exited ${run.status}: ${run.stdout}${run.stderr}`);
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
  return { wallMs, started, out, results };
}

/** Server processes a run started (over stdio each connection in the transcript is one). */
function connectionsIn(out) {
  const lines = readFileSync(join(out, 'transcript.jsonl'), 'utf8').split('\n').filter(Boolean);
  return new Set(lines.map((line) => JSON.parse(line).conn)).size;
}

async function measure(label, argsFor) {
  const walls = [];
  const boots = [];
  const conformance = [];
  let connections = 0;
  for (let i = 0; i < RUNS; i++) {
    const { wallMs, results, out } = runCli(await argsFor());
    walls.push(wallMs);
    boots.push(results.boot.ms);
    conformance.push(results.phases.conformanceMs);
    connections = connectionsIn(out);
  }
  console.log(
    `${label}: median wall ${median(walls)} ms (runs: ${walls.join(', ')}); ` +
      `boot ${median(boots)} ms; conformance phase ${median(conformance)} ms (runs: ${conformance.join(', ')})`,
  );
  return connections;
}

/**
 * How long `count` server processes started together take until each has answered `initialize`, with nothing
 * else running: a floor under the conformance phase over stdio, set by the server's start-up CPU and the cores.
 */
function processFloorMs(count) {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const children = [];
    let answered = 0;
    const initialize = JSON.stringify({
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'bench', version: '1' } },
    });
    const end = (settle) => {
      clearTimeout(timer);
      for (const child of children) child.kill('SIGKILL');
      settle();
    };
    const timer = setTimeout(
      () => end(() => reject(new Error(`${count} processes did not all answer in 10 s`))),
      10_000,
    );
    for (let i = 0; i < count; i++) {
      const child = spawn(process.execPath, [EVERYTHING, 'stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
      children.push(child);
      child.once('error', (error) => end(() => reject(error)));
      child.stdout.once('data', () => {
        if (++answered === count) end(() => resolve(Date.now() - started));
      });
      child.stdin.write(initialize + '\n');
    }
  });
}

const stdioProcesses = await measure('server-everything over stdio', async () => [
  '--stdio',
  `node ${EVERYTHING} stdio`,
]);
await measure('server-everything over stdio, --quick', async () => ['--stdio', `node ${EVERYTHING} stdio`, '--quick']);
// The boot session's process is started before the phase; the others start in it.
const inPhase = stdioProcesses - 1;
const floors = [];
try {
  for (let i = 0; i < RUNS; i++) floors.push(await processFloorMs(inPhase));
  console.log(
    `floor under the stdio conformance phase: ${inPhase} server-everything processes started together answer ` +
      `initialize after a median ${median(floors)} ms (runs: ${floors.join(', ')})`,
  );
} catch (error) {
  // A loaded machine can miss the floor's own 10 s bound; the measurements after it still stand.
  console.log(`floor under the stdio conformance phase: not measured (${error.message})`);
}
await measure('server-everything over Streamable HTTP', async () => {
  const port = await freePort();
  return [
    '--url',
    `http://127.0.0.1:${port}/mcp`,
    '--start',
    `node ${EVERYTHING} streamableHttp`,
    '--env',
    `PORT=${port}`,
  ];
});

// Start-up alone: the launcher and the half of the CLI every command loads.
const versions = [];
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  spawnSync(process.execPath, ['dist/cli.js', '--version']);
  versions.push(Math.round(performance.now() - started));
}
console.log(`mcp-ci --version: median wall ${median(versions)} ms (runs: ${versions.join(', ')})`);

// The server is started before the code that speaks MCP is loaded, which loads while the server starts up: the
// first byte comes later than the start by that load.
const spawns = [];
const firstBytes = [];
for (let i = 0; i < RUNS; i++) {
  const { started, out } = runCli([
    '--stdio',
    `node scripts/lib/first-byte-server.mjs node .build/examples/shop-server.mjs`,
    '--no-conformance',
  ]);
  const stderr = readFileSync(join(out, 'server-stderr.log'), 'utf8');
  const spawned = /started-at (\d+)/.exec(stderr);
  const firstByte = /first-byte-at (\d+)/.exec(stderr);
  if (spawned) spawns.push(Number(spawned[1]) - started);
  if (firstByte) firstBytes.push(Number(firstByte[1]) - started);
}
console.log(`CLI start to server start: median ${median(spawns)} ms (runs: ${spawns.join(', ')})`);
console.log(
  `CLI start to first byte sent to the server: median ${median(firstBytes)} ms (runs: ${firstBytes.join(', ')})`,
);

const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
console.log(`dist/index.js (the action): ${mib(statSync('dist/index.js').size)}`);
// The CLI: the half every command loads, and all of it with the chunks loaded on use.
const chunks = readdirSync('dist/cli').map((name) => statSync(join('dist/cli', name)).size);
console.log(
  `dist/cli/index.js (loaded by every command): ${mib(statSync('dist/cli/index.js').size)}; ` +
    `with its ${chunks.length - 1} chunks: ${mib(chunks.reduce((a, b) => a + b, 0))}`,
);
