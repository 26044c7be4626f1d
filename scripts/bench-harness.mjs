// Measures mcp-ci's own overhead: the p50 of `ping` over stdio as mcp-ci's benchmark loop measures it, against a
// minimal JSON-RPC client (below) talking to the same server program. Both servers run side by side and the two
// clients take turns in blocks of requests, so load from other processes falls on both alike. Goal: a ratio of
// at most 1.05. Needs the built example server (`npm run bench:harness` builds it first).
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { clearTimeout, setTimeout } from 'node:timers';
import { importTs } from './lib/import-ts.mjs';

const SERVER = '.build/examples/shop-server.mjs';
const WARMUP = 500;
const BLOCKS = 40;
const BLOCK_SIZE = 250;
const GOAL = 1.05;
const DEADLINE_MS = 120_000;

/** The smallest client that can ping an MCP server over stdio: newline-delimited JSON-RPC, one request at a time. */
async function openRawClient() {
  const child = spawn(process.execPath, [SERVER], { stdio: ['pipe', 'pipe', 'ignore'] });
  let buffered = '';
  let waiting;
  let nextId = 0;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    buffered += chunk;
    let newline;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const message = JSON.parse(buffered.slice(0, newline));
      buffered = buffered.slice(newline + 1);
      if (waiting && message.id === waiting.id) waiting.resolve(message);
    }
  });
  const request = (method, params) =>
    new Promise((resolve, reject) => {
      waiting = { id: ++nextId, resolve, reject };
      child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', id: nextId, method, ...(params && { params }) })}\n`);
    });
  // One deadline for the whole run, not a timer per request: the raw client stays as lean as a client can be.
  const deadline = setTimeout(() => waiting?.reject(new Error('the raw client ran out of time')), DEADLINE_MS);
  await request('initialize', {
    protocolVersion: '2025-11-25',
    capabilities: {},
    clientInfo: { name: 'raw-harness', version: '0' },
  });
  child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' })}\n`);
  return {
    async measure(count, into) {
      for (let i = 0; i < count; i++) {
        const start = performance.now();
        await request('ping');
        into?.push(performance.now() - start);
      }
    },
    close() {
      clearTimeout(deadline);
      child.kill();
    },
  };
}

const { openBenchSession, OperationMeter, summarize } = await importTs('scripts/bench-session.ts');
const session = await openBenchSession(`node ${SERVER}`);
const raw = await openRawClient();
try {
  const meter = new OperationMeter([session.server.main], 'ping', undefined, BLOCKS * BLOCK_SIZE, DEADLINE_MS);
  await meter.warmUp(WARMUP);
  await raw.measure(WARMUP);
  const rawSamples = [];
  for (let block = 0; block < BLOCKS; block++) {
    // Alternate who goes first, so neither always follows the other's last request.
    if (block % 2 === 0) {
      await meter.measure(BLOCK_SIZE);
      await raw.measure(BLOCK_SIZE, rawSamples);
    } else {
      await raw.measure(BLOCK_SIZE, rawSamples);
      await meter.measure(BLOCK_SIZE);
    }
  }
  const mcpCi = summarize(meter.result().samples, 0, 0);
  const direct = summarize(rawSamples, 0, 0);
  const ratio = mcpCi.p50 / direct.p50;
  console.log(`ping over stdio, ${BLOCKS * BLOCK_SIZE} requests each, in alternating blocks of ${BLOCK_SIZE}:`);
  for (const [label, stats] of [
    ['mcp-ci runner', mcpCi],
    ['raw JSON-RPC ', direct],
  ]) {
    console.log(`  ${label}  p50 ${stats.p50.toFixed(4)} ms  p95 ${stats.p95.toFixed(4)} ms  (${stats.count} samples)`);
  }
  console.log(`  ratio of the medians ${ratio.toFixed(3)} (goal <= ${GOAL})`);
  process.exitCode = ratio <= GOAL ? 0 : 1;
} finally {
  raw.close();
  await session.close();
}
