// `npm run bench:vs-official`: mcp-ci against the official conformance suite (@modelcontextprotocol/conformance,
// `conformance server --url`) on the same server. server-everything is started once over Streamable HTTP
// (127.0.0.1, an ephemeral port); the two tools then run in turn, whole processes, 5 times each, the one to go
// first alternating; it prints the medians of wall and CPU time and the median of the pairwise ratios
// (mcp-ci / official: below 1.0 means mcp-ci is faster). mcp-ci runs twice per round: as users run it, and with
// `--call-tools none`, on the official suite's footing (it calls only the tools of its own fixture server, which
// server-everything does not have), since a full run judges every tool's answer and one of server-everything's
// tools takes ten seconds to give it. CPU time is the child's user + system time, read from this
// process's waited-for-children counters in /proc (Linux), so it includes any process the tool itself started.
// mcp-ci runs from the committed bundle (dist/cli.js): build it first to measure source changes.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const RUNS = 5;
const EVERYTHING = 'node_modules/@modelcontextprotocol/server-everything/dist/index.js';
const READY_WITHIN_MS = 30_000;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

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

/** The official CLI's entry file, from its package.json `bin`. */
function officialCli() {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@modelcontextprotocol/conformance/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin.conformance;
  return { path: join(dirname(manifestPath), bin), version: manifest.version };
}

/** CPU milliseconds of this process's children that have been waited for (user + system), or undefined without /proc. */
function childrenCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; cutime and cstime are 16 and 17.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[13]) + Number(fields[14]);
    return (ticks * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}
const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout?.trim()) || 100;

/** Runs one tool to its end; exit 1 is a verdict (server-everything breaks rules each tool checks), not an error. */
function timed(label, command, args, cwd) {
  const cpuBefore = childrenCpuMs();
  const started = performance.now();
  const run = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const wallMs = performance.now() - started;
  const cpuAfter = childrenCpuMs();
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`${label} exited ${run.status ?? run.signal}: ${(run.stderr || run.stdout).slice(-2000)}`);
  }
  return { wallMs, cpuMs: cpuBefore === undefined ? undefined : cpuAfter - cpuBefore };
}

async function startEverything(port) {
  const child = spawn(process.execPath, [EVERYTHING, 'streamableHttp'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const url = `http://127.0.0.1:${port}/mcp`;
  const deadline = Date.now() + READY_WITHIN_MS;
  const initialize = JSON.stringify({
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'bench', version: '1' } },
  });
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server-everything exited ${child.exitCode}: ${stderr}`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
        body: initialize,
        signal: AbortSignal.timeout(2_000),
      });
      await response.body?.cancel();
      if (response.ok) return { child, url };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`server-everything was not ready within ${READY_WITHIN_MS} ms: ${stderr}`);
}

/** Stops the server by its pid: SIGTERM, then SIGKILL if it is still there after 2 s. */
async function stop(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 2_000);
  await exited;
  clearTimeout(timer);
}

const official = officialCli();
// The official CLI imports fs.globSync, which Node has from version 22 on (see the hook's comment).
const needsGlobSync = Number(process.versions.node.split('.')[0]) < 22;
const officialArgs = (url) => [
  ...(needsGlobSync ? ['--import', new URL('./lib/node20-fs-glob-sync.mjs', import.meta.url).pathname] : []),
  official.path,
  'server',
  '--url',
  url,
];

const { child, url } = await startEverything(await freePort());
const work = mkdtempSync(join(tmpdir(), 'mcp-ci-bench-vs-official-'));
const stopAll = () => child.kill('SIGKILL');
process.once('SIGINT', () => {
  stopAll();
  process.exit(130);
});
try {
  const mcpCi = [];
  const noToolCalls = [];
  const theirs = [];
  const mcpCiRun = (name, extra) =>
    timed(
      'mcp-ci',
      process.execPath,
      ['dist/cli.js', 'run', '--url', url, '--out', join(work, name), '--history', 'off', '--quiet', ...extra],
      process.cwd(),
    );
  const rounds = [
    (i) => mcpCi.push(mcpCiRun(`mcp-ci-${i}`, [])),
    (i) => noToolCalls.push(mcpCiRun(`mcp-ci-no-calls-${i}`, ['--call-tools', 'none'])),
    () => theirs.push(timed('the official suite', process.execPath, officialArgs(url), work)),
  ];
  for (let i = 0; i < RUNS; i++) {
    // Each round starts with another of the three, so none always runs first.
    for (let k = 0; k < rounds.length; k++) rounds[(i + k) % rounds.length](i);
  }
  const seconds = (ms) => (ms / 1000).toFixed(2);
  const line = (label, runs) => {
    const cpu = runs.every((r) => r.cpuMs !== undefined)
      ? `, CPU ${seconds(median(runs.map((r) => r.cpuMs)))} s`
      : ', CPU n/a (no /proc)';
    return `${label}: wall ${seconds(median(runs.map((r) => r.wallMs)))} s${cpu} (walls: ${runs.map((r) => seconds(r.wallMs)).join(', ')})`;
  };
  console.log(`server-everything over Streamable HTTP at ${url}, ${RUNS} alternated runs of each (medians)`);
  console.log(line('mcp-ci run (dist/cli.js)', mcpCi));
  console.log(line('mcp-ci run --call-tools none', noToolCalls));
  console.log(line(`official conformance ${official.version} (server --url)`, theirs));
  const ratios = (label, runs) => {
    const wallRatio = median(runs.map((r, i) => r.wallMs / theirs[i].wallMs));
    const cpuRatios = runs.map((r, i) => (r.cpuMs !== undefined && theirs[i].cpuMs ? r.cpuMs / theirs[i].cpuMs : NaN));
    console.log(
      `ratio ${label} / official (median of pairs): wall ${wallRatio.toFixed(2)}` +
        (cpuRatios.every(Number.isFinite) ? `, CPU ${median(cpuRatios).toFixed(2)}` : ''),
    );
  };
  ratios('mcp-ci', mcpCi);
  ratios('mcp-ci --call-tools none', noToolCalls);
} finally {
  await stop(child);
  rmSync(work, { recursive: true, force: true });
}
