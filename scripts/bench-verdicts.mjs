// `npm run bench:verdicts`: whether any verdict depends on load. Runs `mcp-ci run` (the CLI built from the
// sources) against the example shop server, server-everything, server-memory and server-filesystem, over stdio
// and, where the server has it, Streamable HTTP: N times on an idle machine, then N times beside load (one
// CPU-bound busy loop per core, plus server processes starting over and over). Prints every check whose status
// differs between two runs of the same target, and a count. Target: none.
//
// With --faults the targets are the deliberately broken fixtures instead, one per fault: every fault of the fault
// fixture (over Streamable HTTP when it acts on HTTP requests, else over stdio) and every fault of the 2026-07-28
// fixture over both transports, so failing verdicts are held to the same rule as passing ones (181 + 90 targets;
// about an hour with --idle 1 --loaded 1, the defaults in that mode; --only picks a slice, e.g. `modern http`).
//
// Options: --idle N (default 3), --loaded N (default 3), --only <text> (targets whose name contains it),
// --faults, --run-timeout <s> (default 240, per run). Everything started here runs in its own process group and is killed
// by that group's id when it is no longer needed, or when the script ends in any way.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { importTs } from './lib/import-ts.mjs';

const { values: options } = parseArgs({
  options: {
    idle: { type: 'string' },
    loaded: { type: 'string' },
    only: { type: 'string' },
    faults: { type: 'boolean', default: false },
    'run-timeout': { type: 'string', default: '240' },
  },
});
const defaultRuns = options.faults ? '1' : '3';
const IDLE_RUNS = Number(options.idle ?? defaultRuns);
const LOADED_RUNS = Number(options.loaded ?? defaultRuns);
const RUN_TIMEOUT_MS = Number(options['run-timeout']) * 1000;
for (const [name, value] of Object.entries({ idle: IDLE_RUNS, loaded: LOADED_RUNS, 'run-timeout': RUN_TIMEOUT_MS })) {
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} expects a whole number, got ${value}`);
}

const node = process.execPath;
const pkg = (name) => resolve(`node_modules/@modelcontextprotocol/${name}/dist/index.js`);
const SHOP = resolve('.build/examples/shop-server.mjs');
const EVERYTHING = pkg('server-everything');
const scratch = mkdtempSync(join(tmpdir(), 'mcp-ci-bench-verdicts-'));

/** Each target as CLI arguments; HTTP ones get a fresh port per run. */
const SERVERS = [
  { name: 'shop stdio', args: async () => ['--stdio', `${node} ${SHOP}`] },
  {
    name: 'shop http',
    args: async (port) => ['--url', `http://127.0.0.1:${port}/mcp`, '--start', `${node} ${SHOP} --http ${port}`],
  },
  { name: 'everything stdio', args: async () => ['--stdio', `${node} ${EVERYTHING} stdio`] },
  {
    name: 'everything http',
    args: async (port) => [
      ...['--url', `http://127.0.0.1:${port}/mcp`, '--start', `${node} ${EVERYTHING} streamableHttp`],
      ...['--env', `PORT=${port}`],
    ],
  },
  {
    name: 'memory stdio',
    args: async () => [
      ...['--stdio', `${node} ${pkg('server-memory')}`],
      ...['--env', `MEMORY_FILE_PATH=${join(scratch, 'memory.jsonl')}`],
    ],
  },
  { name: 'filesystem stdio', args: async () => ['--stdio', `${node} ${pkg('server-filesystem')} ${scratch}`] },
];

const FAULTY = resolve('.build/fixtures/faulty-server.mjs');
const MODERN = resolve('.build/fixtures/modern-server.mjs');

/** The fixtures' faults, read from their sources. */
async function faultNames() {
  const { allFaults } = await importTs('__tests__/fixtures/faults/index.ts');
  const { modernFaultNames } = await importTs('__tests__/fixtures/modern-faults.ts');
  return { faults: [...allFaults.values()], modern: modernFaultNames() };
}

/** One target per fault: the fault fixture's over the transport it acts on, the modern fixture's over both. */
async function faultTargets() {
  const { faults, modern } = await faultNames();
  const env = (name, value) => ['--env', `${name}=${value}`];
  const overHttp = (server, port) => [
    '--url',
    `http://127.0.0.1:${port}/mcp`,
    '--start',
    `${node} ${server} --http ${port}`,
  ];
  return [
    ...faults.map((fault) =>
      fault.onHttpRequest || fault.name.startsWith('http-')
        ? {
            name: `fault http ${fault.name}`,
            args: async (port) => [...overHttp(FAULTY, port), ...env('MCP_FAULTS', fault.name)],
          }
        : {
            name: `fault stdio ${fault.name}`,
            args: async () => ['--stdio', `${node} ${FAULTY}`, ...env('MCP_FAULTS', fault.name)],
          },
    ),
    ...modern.flatMap((name) => [
      {
        name: `modern stdio ${name}`,
        args: async () => ['--stdio', `${node} ${MODERN}`, ...env('MCP_MODERN_FAULT', name)],
      },
      {
        name: `modern http ${name}`,
        args: async (port) => [...overHttp(MODERN, port), ...env('MCP_MODERN_FAULT', name)],
      },
    ]),
  ];
}

const TARGETS = (options.faults ? await faultTargets() : SERVERS).filter(
  (t) => !options.only || t.name.includes(options.only),
);

/** Processes started here, each leading its own process group. */
const started = new Set();

function startGroup(command, args, stdio = 'ignore') {
  const child = spawn(command, args, { detached: true, stdio });
  started.add(child);
  child.once('exit', () => started.delete(child));
  return child;
}

function killGroup(child) {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function stopAll() {
  for (const child of started) killGroup(child);
}
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

function freePort() {
  return new Promise((done, fail) => {
    import('node:net').then(({ createServer }) => {
      const server = createServer();
      server.once('error', fail);
      server.listen(0, '127.0.0.1', () => {
        const { port } = server.address();
        server.close(() => done(port));
      });
    });
  });
}

/**
 * The CLI as one ESM file built from the sources, so the bench judges this working tree, not the last bundle. It
 * lives under node_modules so its external imports resolve.
 */
async function buildCli() {
  const outfile = resolve('node_modules/.cache/mcp-ci-scripts', `bench-verdicts-cli-${process.pid}.mjs`);
  await build({
    entryPoints: ['src/cli.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

/** One `mcp-ci run`; its statuses by `check@version`, or the reason it gave none. */
async function runOnce(cli, target) {
  const out = mkdtempSync(join(scratch, 'run-'));
  const args = await target.args(await freePort());
  const child = startGroup(node, [cli, 'run', ...args, '--out', out, '--quiet'], ['ignore', 'ignore', 'pipe']);
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => killGroup(child), RUN_TIMEOUT_MS);
  const startedAt = Date.now();
  const code = await new Promise((done) => child.once('exit', (exitCode) => done(exitCode)));
  clearTimeout(timer);
  const ms = Date.now() - startedAt;
  // 0 and 1 are verdicts; anything else (boot failure, timeout) leaves nothing to compare.
  if (code !== 0 && code !== 1)
    return { ms, error: `exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' | ')}` };
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
  rmSync(out, { recursive: true, force: true });
  const verdicts = new Map(
    results.checks.map((c) => [`${c.id}@${c.protocolVersion ?? '-'}`, { status: c.status, message: c.message ?? '' }]),
  );
  return { ms, verdicts };
}

/** One busy loop per core and server processes starting over and over: a runner shared with other jobs. */
function startLoad() {
  const burners = Array.from({ length: availableParallelism() }, () =>
    startGroup(node, ['-e', 'for (;;) Math.sqrt(Math.random());']),
  );
  let running = true;
  const initialize = JSON.stringify({
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: { protocolVersion: '2025-11-25', capabilities: {}, clientInfo: { name: 'load', version: '1' } },
  });
  // Two at a time: each starts server-everything, waits for its initialize answer (at most 5 s), and ends it.
  const churn = async () => {
    while (running) {
      const server = startGroup(node, [EVERYTHING, 'stdio'], ['pipe', 'pipe', 'ignore']);
      server.stdin.on('error', () => {});
      server.stdin.write(initialize + '\n');
      await new Promise((done) => {
        const timer = setTimeout(done, 5_000);
        server.stdout.once('data', () => {
          clearTimeout(timer);
          done();
        });
        server.once('exit', done);
      });
      killGroup(server);
    }
  };
  const churners = [churn(), churn()];
  return async () => {
    running = false;
    for (const burner of burners) killGroup(burner);
    await Promise.all(churners);
  };
}

const NAME_WIDTH = Math.max(0, ...TARGETS.map((t) => t.name.length));
const cli = await buildCli();
const runs = new Map(TARGETS.map((t) => [t.name, []]));
const benchStarted = Date.now();

async function series(condition, count) {
  for (let i = 1; i <= count; i++) {
    for (const target of TARGETS) {
      const run = await runOnce(cli, target);
      const label = `${condition} #${i}`;
      runs.get(target.name).push({ label, ...run });
      const failing = run.verdicts && [...run.verdicts].filter(([, v]) => v.status === 'fail').map(([key]) => key);
      const summary = run.error ?? `${failing.length} failing${failing.length ? `: ${failing.join(', ')}` : ''}`;
      console.log(`${target.name.padEnd(NAME_WIDTH)} ${label.padEnd(9)} ${String(run.ms).padStart(6)} ms  ${summary}`);
    }
  }
}

try {
  await series('idle', IDLE_RUNS);
  const stopLoad = startLoad();
  try {
    await series('loaded', LOADED_RUNS);
  } finally {
    await stopLoad();
  }
} finally {
  stopAll();
}

console.log('');
let differing = 0;
let failedRuns = 0;
let totalRuns = 0;
for (const [name, targetRuns] of runs) {
  totalRuns += targetRuns.length;
  failedRuns += targetRuns.filter((r) => r.error).length;
  const judged = targetRuns.filter((r) => r.verdicts);
  const keys = new Set(judged.flatMap((r) => [...r.verdicts.keys()]));
  for (const key of [...keys].sort()) {
    const seen = judged.map((r) => ({ label: r.label, ...(r.verdicts.get(key) ?? { status: 'absent', message: '' }) }));
    if (new Set(seen.map((s) => s.status)).size <= 1) continue;
    differing++;
    console.log(`${name}: ${key}`);
    for (const s of seen) console.log(`  ${s.label.padEnd(9)} ${s.status.padEnd(6)} ${s.message.slice(0, 160)}`);
  }
}
console.log(
  `\n${differing} check verdicts differ between runs of the same target; ${totalRuns} runs over ${TARGETS.length} ` +
    `targets (${IDLE_RUNS} idle + ${LOADED_RUNS} loaded each), ${failedRuns} without a verdict, ` +
    `${Math.round((Date.now() - benchStarted) / 1000)} s`,
);
rmSync(scratch, { recursive: true, force: true });
rmSync(cli, { force: true });
process.exitCode = differing > 0 || failedRuns > 0 ? 1 : 0;
