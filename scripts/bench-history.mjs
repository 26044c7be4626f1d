// The cost of the run history at full size: a 30-run window of synthetic entries with 300 checks each (plus
// flows, benchmark samples and a 20-tool interface), loaded, compared with a new run and saved, once through the
// history file the workflow artifact carries and once through the local SQLite file. Targets: under 150 ms for
// load + compare + save, and under 5 MB for the artifact.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { importTs } from './lib/import-ts.mjs';

const RUNS = 30;
const CHECKS = 300;
const REPEATS = 5;

const { compareRuns } = await importTs('src/history/compare.ts');
const { appendToWindow, parseHistoryFile, serializeHistoryFile } = await importTs('src/history/history-file.ts');
const { SqliteHistoryStore } = await importTs('src/history/sqlite-store.ts');

const statuses = ['pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'warn', 'skip', 'fail'];
const samples = (base, run) =>
  Array.from({ length: 200 }, (_, i) => Math.round((base + ((i * 37 + run) % 50) / 25) * 1000) / 1000);
const tool = (i) => ({
  name: `tool_${i}`,
  description: `Does thing ${i} with a description of ordinary length for a tool.`,
  inputSchema: {
    type: 'object',
    properties: { query: { type: 'string' }, limit: { type: 'integer', minimum: 1 }, mode: { enum: ['a', 'b', 'c'] } },
    required: ['query'],
  },
  annotations: { readOnlyHint: i % 2 === 0 },
});

function entry(run) {
  return {
    provenance: {
      commit: run.toString(16).padStart(40, '0'),
      ref: 'refs/heads/main',
      event: 'push',
      runId: String(1000 + run),
      runAttempt: 1,
      workflow: 'mcp',
      leg: 'default',
      date: new Date(Date.UTC(2026, 0, 1 + run)).toISOString(),
    },
    stamp: { toolVersion: '1.0.0', catalogueDigest: 'c'.repeat(16), serverFingerprint: 'f'.repeat(16) },
    target: { transport: 'stdio', command: 'node dist/server.js' },
    server: { name: 'bench-server', version: '1.0.0' },
    bootOk: true,
    outcome: 'passed',
    checks: Array.from({ length: CHECKS }, (_, i) => ({
      id: `check-${String(i).padStart(3, '0')}-some-rule-name`,
      protocolVersion: ['2025-11-25', '2025-06-18', '2025-03-26'][i % 3],
      level: 'MUST',
      status: statuses[(i * 7 + (i % 50 === 0 ? run : 0)) % statuses.length],
      digest: ((i * 2654435761) >>> 0).toString(16).padStart(16, '0'),
      checker: ((i * 40503) >>> 0).toString(16).padStart(16, '0'),
    })),
    flows: [
      {
        name: 'checkout',
        status: 'pass',
        steps: Array.from({ length: 10 }, (_, i) => ({ id: `step-${i}`, status: 'pass', digest: 'd'.repeat(16) })),
      },
    ],
    bench: ['ping', 'tools/list', 'resources/list', 'prompts/list'].map((name, index) => {
      const values = samples(1 + index, run);
      const sorted = [...values].sort((a, b) => a - b);
      return {
        name,
        concurrency: 1,
        count: 200,
        errors: 0,
        p50: sorted[100],
        p95: sorted[190],
        p99: sorted[198],
        mean: sorted[100],
        samples: values,
        budgets: [],
      };
    }),
    interface: {
      capabilities: { tools: { listChanged: true }, prompts: {}, resources: {} },
      tools: Array.from({ length: 20 }, (_, i) => tool(i)),
      resources: [],
      resourceTemplates: [],
      prompts: [],
    },
  };
}

const history = Array.from({ length: RUNS }, (_, run) => entry(run));
const current = entry(RUNS);
const policy = { thresholdPct: 20, minMs: 1 };
const best = (timings) => Math.min(...timings);
const ms = (value) => `${value.toFixed(1)} ms`;

// Artifact: the window as the history file, parsed, compared, the new window serialised. The artifact service
// compresses it on upload; its compressed size is shown below.
const artifactText = serializeHistoryFile(history);
const artifact = { load: [], compare: [], save: [], total: [] };
let uploaded = '';
for (let i = 0; i < REPEATS; i++) {
  const t0 = performance.now();
  const entries = parseHistoryFile(artifactText, 'history.json');
  const t1 = performance.now();
  compareRuns(current, entries, { policy });
  const t2 = performance.now();
  uploaded = serializeHistoryFile(appendToWindow(entries, current, RUNS));
  const t3 = performance.now();
  artifact.load.push(t1 - t0);
  artifact.compare.push(t2 - t1);
  artifact.save.push(t3 - t2);
  artifact.total.push(t3 - t0);
}
const raw = Buffer.byteLength(uploaded);
const gzipped = gzipSync(uploaded).length;

// SQLite: the same window in the local file, opened, compared, the run appended and the file written.
const dir = await mkdtemp(join(tmpdir(), 'mcp-ci-bench-history-'));
const path = join(dir, 'history.db');
const initStarted = performance.now();
const seed = await SqliteHistoryStore.open(path);
const initMs = performance.now() - initStarted;
for (const run of history) seed.append(run, RUNS);
await seed.save();
seed.close();
const sqlite = { load: [], compare: [], save: [], total: [] };
for (let i = 0; i < REPEATS; i++) {
  const t0 = performance.now();
  const store = await SqliteHistoryStore.open(path);
  const entries = store.previous(current, RUNS);
  const t1 = performance.now();
  compareRuns(current, entries, { policy });
  const t2 = performance.now();
  store.append(current, RUNS);
  await store.save();
  store.close();
  const t3 = performance.now();
  sqlite.load.push(t1 - t0);
  sqlite.compare.push(t2 - t1);
  sqlite.save.push(t3 - t2);
  sqlite.total.push(t3 - t0);
}
const { size } = await import('node:fs/promises').then((fs) => fs.stat(path));
await rm(dir, { recursive: true, force: true });

console.log(`History of ${RUNS} runs x ${CHECKS} checks (best of ${REPEATS}):`);
console.log(
  `  artifact (JSON): load ${ms(best(artifact.load))}, compare ${ms(best(artifact.compare))}, save ${ms(best(artifact.save))}, total ${ms(best(artifact.total))} (target < 150 ms)`,
);
console.log(
  `  artifact size:   ${(raw / 1e6).toFixed(2)} MB raw, ${(gzipped / 1e6).toFixed(2)} MB gzipped (target < 5 MB)`,
);
console.log(
  `  SQLite file:     load ${ms(best(sqlite.load))}, compare ${ms(best(sqlite.compare))}, save ${ms(best(sqlite.save))}, total ${ms(best(sqlite.total))}; file ${(size / 1e6).toFixed(2)} MB`,
);
console.log(`  SQLite engine start (once per process, WebAssembly compile): ${ms(initMs)}`);
