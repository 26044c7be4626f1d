// `npm run bench:hostile`: every hostile fixture against the CLI built from the current sources, one at a time.
// Per case it prints the wall time, mcp-ci's peak memory (its own maxRSS, children excluded), the size of the output
// folder, the exit code against the one the fixture expects, whether every report exists and parses, how many
// processes carrying the run's server marker survived, how many console lines a runner would read as a workflow
// command or that carry an escape or control character, and whether the secret appeared anywhere.
//
// A case is a file in __tests__/fixtures/hostile/ whose top comment has `// expect: exit <code>` (a fixture's
// helpers have none), optionally `// mcp-ci: <arguments>` with `{file}` and `{port}` placeholders (default
// `--stdio "node {file}"`), plus the boot fixtures that must keep failing cleanly. Every case is stopped after
// CASE_LIMIT_MS. Exits 1 when any case breaks a promise (exit code, reports, processes, console, secret).
// Case names given as arguments (`npm run bench:hostile -- large-answer many-tools`) run only those cases.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseShell } from 'shell-quote';

const FIXTURES = '__tests__/fixtures/hostile';
const CLI = '.build/bench/cli.mjs';
const SESSION = '.build/bench/session.mjs';
/** The fixtures whose one answer is 50 MB, read through the same wire stack as a run (reported in seconds). */
const LARGE_ANSWERS = ['large-answer', 'long-line-answer'];
const READS = 3;
const PEAK_PRELOAD = '.build/bench/peak-rss.mjs';
const CASE_LIMIT_MS = 180_000;
const MARKER_VARIABLE = 'MCP_CI_SERVER_MARKER';
const SECRET = `hostile-secret-${randomBytes(12).toString('hex')}`;
const REPORTS = ['results.json', 'transcript.jsonl', 'junit.xml', 'report.md', 'server-stderr.log'];

/** Boot fixtures outside the hostile folder whose clean failure must stay so. */
const EXTRA_CASES = [
  {
    name: 'never-answers-initialize',
    file: '__tests__/fixtures/boot/never-answers.mjs',
    expect: 3,
    args: '--stdio "node {file}" --boot-timeout 3',
  },
  {
    name: 'exits-at-boot',
    file: '__tests__/fixtures/boot/exits-at-once.mjs',
    expect: 3,
    args: '--stdio "node {file}"',
  },
];

function hostileCases() {
  return readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.mjs'))
    .sort()
    .flatMap((name) => {
      const head = readFileSync(join(FIXTURES, name), 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('//'));
      const expected = head.map((line) => /expect(?:ed)?:?\s*exit(?: code)?:?\s*(\d)/i.exec(line)).find(Boolean);
      if (!expected) return [];
      const args = head.map((line) => /^\/\/\s*mcp-ci:\s*(.+)$/.exec(line)?.[1]).find(Boolean);
      return [
        {
          name: name.replace(/\.mjs$/, ''),
          file: join(FIXTURES, name),
          expect: Number(expected[1]),
          args: args ?? '--stdio "node {file}"',
        },
      ];
    });
}

async function buildCli() {
  mkdirSync('.build/bench', { recursive: true });
  await build({
    entryPoints: ['src/cli.ts'],
    outfile: CLI,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // Some dependencies are CommonJS and call require.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  await build({
    entryPoints: ['scripts/bench-session.ts'],
    outfile: SESSION,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  // maxRSS is the process's own high-water mark, read at the last moment it can be.
  writeFileSync(
    PEAK_PRELOAD,
    "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { if (process.env.BENCH_PEAK_FILE) writeFileSync(process.env.BENCH_PEAK_FILE, String(process.resourceUsage().maxRSS)); });\n",
  );
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

function folderBytes(folder) {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** Pids whose environment carries a marker the CLI with `cliPid` gave out. */
function markedBy(cliPid) {
  const ours = Buffer.from(`${MARKER_VARIABLE}=${cliPid}-`);
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/environ`).includes(ours);
      } catch {
        return false;
      }
    })
    .map(Number);
}

function reportsParse(out) {
  try {
    JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    for (const line of readFileSync(join(out, 'transcript.jsonl'), 'utf8').split('\n').filter(Boolean))
      JSON.parse(line);
    const junit = readFileSync(join(out, 'junit.xml'), 'utf8');
    if (!junit.startsWith('<?xml') || !/(<\/testsuites>|<testsuites[^>]*\/>)$/.test(junit.trimEnd())) return false;
    if (readFileSync(join(out, 'report.md'), 'utf8').trim() === '') return false;
    readFileSync(join(out, 'server-stderr.log'), 'utf8');
    return true;
  } catch {
    return false;
  }
}

/**
 * Console lines a GitHub runner would execute, that carry an escape or another control character, or that are a
 * warning Node printed because of what the server did (a leak warning when it holds many streams open).
 */
function unsafeConsoleLines(text) {
  // eslint-disable-next-line no-control-regex -- looking for control characters
  const control = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
  const nodeWarning = /^\(node:\d+\) \w*Warning:/;
  return text
    .split('\n')
    .filter((line) => /^\s*::/.test(line) || line.includes('##[') || control.test(line) || nodeWarning.test(line))
    .length;
}

async function runCase(testCase) {
  const port = await freePort();
  const out = mkdtempSync(join(tmpdir(), 'mcp-ci-bench-hostile-'));
  const peakFile = join(out, '..', `${out.split('/').pop()}.peak`);
  const args = parseShell(
    testCase.args.replaceAll('{file}', testCase.file).replaceAll('{port}', String(port)),
    (key) => `$${key}`,
  );
  const started = Date.now();
  // A history of its own: every case is a first run, whatever ran before it.
  const history = join(out, '..', `${out.split('/').pop()}.history.db`);
  const cliArgs = ['run', ...args, '--out', out, '--history', history];
  const child = spawn(process.execPath, ['--import', `./${PEAK_PRELOAD}`, CLI, ...cliArgs], {
    env: { ...process.env, HOSTILE_TOKEN: SECRET, NO_COLOR: '1', BENCH_PEAK_FILE: peakFile },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let console = '';
  child.stdout.on('data', (chunk) => (console += chunk));
  child.stderr.on('data', (chunk) => (console += chunk));
  let timedOut = false;
  const limit = setTimeout(() => {
    timedOut = true;
    process.kill(-child.pid, 'SIGKILL');
  }, CASE_LIMIT_MS);
  const code = await new Promise((resolve) => child.once('close', (exitCode) => resolve(exitCode)));
  clearTimeout(limit);
  const wallMs = Date.now() - started;
  const survivors = markedBy(child.pid);
  for (const pid of survivors) process.kill(pid, 'SIGKILL');
  let peakMb;
  try {
    peakMb = Math.round(Number(readFileSync(peakFile, 'utf8')) / 1024);
    rmSync(peakFile);
  } catch {
    peakMb = undefined;
  }
  const reports =
    REPORTS.every((name) => {
      try {
        return statSync(join(out, name)).isFile();
      } catch {
        return false;
      }
    }) && reportsParse(out);
  const secretSeen =
    console.includes(SECRET) || readdirSync(out).some((name) => readFileSync(join(out, name)).includes(SECRET));
  const row = {
    name: testCase.name,
    wallMs,
    peakMb,
    outMb: folderBytes(out) / 1e6,
    code: timedOut ? 'killed' : code,
    expect: testCase.expect,
    reports,
    survivors: survivors.length,
    unsafeLines: unsafeConsoleLines(console),
    secretSeen,
  };
  rmSync(out, { recursive: true, force: true });
  rmSync(history, { force: true });
  return row;
}

await buildCli();
const only = process.argv.slice(2);
const cases = [...hostileCases(), ...EXTRA_CASES].filter((c) => only.length === 0 || only.includes(c.name));
const rows = [];
console.log(
  'case                        wall s  peak MB  out MB  exit (want)  reports  survivors  unsafe lines  secret',
);
for (const testCase of cases) {
  const row = await runCase(testCase);
  rows.push(row);
  console.log(
    `${row.name.padEnd(28)}${(row.wallMs / 1000).toFixed(1).padStart(6)}  ${String(row.peakMb ?? '?').padStart(7)}  ${row.outMb.toFixed(1).padStart(6)}  ` +
      `${`${row.code} (${row.expect})`.padEnd(11)}  ${(row.reports ? 'ok' : 'MISSING').padEnd(7)}  ${String(row.survivors).padStart(9)}  ` +
      `${String(row.unsafeLines).padStart(12)}  ${row.secretSeen ? 'LEAKED' : 'no'}`,
  );
}
// The read budget: from sending tools/list to the parsed answer in hand, on a booted session (median of READS).
const { openBenchSession } = await import(pathToFileURL(resolve(SESSION)).href);
for (const name of LARGE_ANSWERS.filter((n) => only.length === 0 || only.includes(n))) {
  const session = await openBenchSession(`node ${join(FIXTURES, `${name}.mjs`)}`);
  const times = [];
  const cpu = [];
  for (let read = 0; read < READS; read++) {
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const outcome = await session.server.main.request('tools/list', undefined, { timeoutMs: 120_000 });
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
    if (!outcome.ok) throw new Error(`${name}: tools/list failed: ${outcome.error.message}`);
  }
  await session.close();
  const median = (values) => [...values].sort((a, b) => a - b)[READS >> 1] / 1000;
  // The wall time includes the server producing and sending 50 MB; the CPU time is mcp-ci's own share of it.
  console.log(
    `reading one 50 MB answer (${name}): ${median(times).toFixed(2)} s, of it ${median(cpu).toFixed(2)} s of mcp-ci's CPU (medians of ${READS})`,
  );
}
const broken = rows.filter(
  (row) => row.code !== row.expect || !row.reports || row.survivors > 0 || row.unsafeLines > 0 || row.secretSeen,
);
const peak = rows.reduce((worst, row) => (row.peakMb > worst.peakMb ? row : worst), rows[0]);
if (peak)
  console.log(
    `\nhighest peak: ${peak.peakMb} MB (${peak.name}); slowest: ${Math.max(...rows.map((row) => row.wallMs)) / 1000} s`,
  );
if (broken.length > 0) {
  console.log(`broken promises: ${broken.map((row) => row.name).join(', ')}`);
  process.exitCode = 1;
}
