/**
 * Hostile servers against every output path: the console (CLI and action), the report files and the processes
 * left behind. Each case boots a fixture from __tests__/fixtures/hostile/ for real.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { Config, TargetConfig } from '../../src/config/config.js';
import { describeOutcome } from '../../src/outcome.js';
import { createConsoleReporter, createConsoleWriter, safeConsoleText } from '../../src/report/console.js';
import { run } from '../../src/run.js';
import { MARKER_VARIABLE } from '../../src/target/marked-processes.js';
import { boundDepth, deeperThan, DEPTH_MARKER } from '../../src/wire/bounded-json.js';
import { MAX_LINE_CHARS, RAW_BUDGET_CHARS, Transcript } from '../../src/wire/transcript.js';
import { freePort, stdioTarget, testConfig } from '../helpers/config.js';

const HOSTILE = '__tests__/fixtures/hostile';

/** Runs `config` as the CLI does: console reporter, then the outcome line on stderr; returns both streams' text. */
async function runLikeCli(config: Config, color = false) {
  const chunks: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  const reporter = createConsoleReporter(stream, {
    quiet: config.quiet,
    verbose: config.verbose,
    color,
    secrets: config.secrets,
  });
  const result = await run(config, { emit: (event) => reporter.onEvent(event) });
  reporter.printSummary(result);
  createConsoleWriter(stream, { secrets: config.secrets })(`mcp-ci: ${describeOutcome(result)}`);
  return { result, console: chunks.join('') };
}

/** Console lines a GitHub runner would execute, or that carry an escape or another control character. */
function unsafeLines(text: string, keepStyle = false): string[] {
  return text.split('\n').filter((line) => {
    // eslint-disable-next-line no-control-regex -- looking for control characters
    const plain = keepStyle ? line.replace(/\u001b\[[0-9;]*m/g, '') : line;
    // eslint-disable-next-line no-control-regex -- looking for control characters
    return /^\s*::/.test(plain) || plain.includes('##[') || /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(plain);
  });
}

/** Every file mcp-ci wrote, as text. */
function outputFiles(outDir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(outDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [entry.name, readFileSync(join(entry.parentPath, entry.name), 'utf8')]),
  );
}

function httpLaunched(file: string, port: number, headers: Record<string, string> = {}): TargetConfig {
  return {
    transport: 'http',
    url: `http://127.0.0.1:${port}/mcp`,
    headers,
    launch: { commandLine: `node ${file} ${port}`, argv: ['node', `${HOSTILE}/${file}`, String(port)], env: {} },
  };
}

describe('the console is safe from what the server sends', () => {
  it('neutralises workflow commands and escapes in a server name and stderr, in every mode', async () => {
    for (const mode of [
      { quiet: false, verbose: true },
      { quiet: true, verbose: false },
    ]) {
      const config = testConfig(stdioTarget(['node', `${HOSTILE}/console-injection.mjs`]), {
        ...mode,
        conformance: !mode.quiet,
      });
      const { console: text, result } = await runLikeCli(config);
      expect(result.server.name).toContain('::error::');
      if (!mode.quiet) expect(text).toContain('::error::name injected ## [warning]x');
      expect(unsafeLines(text)).toEqual([]);
    }
  });

  it('keeps its own colours and nothing else when colour is on', async () => {
    const config = testConfig(stdioTarget(['node', `${HOSTILE}/console-injection.mjs`]), {
      quiet: false,
      conformance: false,
    });
    const { console: text } = await runLikeCli(config, true);
    expect(text).toContain('\u001b[32m✔\u001b[39m Booted');
    expect(unsafeLines(text, true)).toEqual([]);
  });

  it('neutralises the stderr tail of a server that fails at boot (CLI stderr and the action log)', async () => {
    const config = testConfig(stdioTarget(['node', `${HOSTILE}/console-injection-boot.mjs`]), { quiet: false });
    const { console: text, result } = await runLikeCli(config);
    expect(result.outcome).toBe('boot-error');
    expect(result.boot.stderrTail).toContain('::stop-commands::pwned');
    expect(text).toContain('  : :add-mask::mcp');
    expect(text).toContain('some text ## [error]legacy injected');
    expect(unsafeLines(text)).toEqual([]);
    // The action's core.setFailed gets the same text; @actions/core escapes only newlines and `%`.
    expect(unsafeLines(safeConsoleText(describeOutcome(result), []))).toEqual([]);
  });

  it('neutralises an HTML error page an HTTP server answers with', async () => {
    const port = await freePort();
    const config = testConfig(httpLaunched('http-error-page.mjs', port), { quiet: false, bootTimeoutMs: 3_000 });
    const { console: text, result } = await runLikeCli(config);
    expect(result.outcome).toBe('boot-error');
    expect(unsafeLines(text)).toEqual([]);
  });
});

describe('no secret reaches any output', () => {
  it('masks a header value the server echoes, on the console and in every file', async () => {
    const token = 'hostile-test-token-0123456789';
    const port = await freePort();
    const authorization = `Bearer ${token}`;
    // As the configuration loader gives it: the header value, and the variable it was expanded from.
    const config = testConfig(httpLaunched('echoes-headers.mjs', port, { Authorization: authorization }), {
      quiet: false,
      verbose: true,
      secrets: [authorization, token],
    });
    const { console: text, result } = await runLikeCli(config);
    expect(result.boot.ok).toBe(true);
    expect(text).toMatch(/Booted echo \*\*\*/);
    expect(text).not.toContain(token);
    const files = outputFiles(config.outDir);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['results.json', 'transcript.jsonl', 'report.md']));
    for (const [name, body] of Object.entries(files)) expect(body, name).not.toContain(token);
  });

  it('masks the credential of a literal header value even when only it is echoed', () => {
    expect(safeConsoleText('name: secret-credential-42', ['Bearer secret-credential-42'])).toBe('name: ***');
    expect(safeConsoleText('{"v":"a\\"quoted\\"secret"}', ['a"quoted"secret'])).toBe('{"v":"***"}');
  });
});

/** Processes still running with a marker this test process gave out: servers and whatever they started. */
function markedSurvivors(): number[] {
  const ours = Buffer.from(`${MARKER_VARIABLE}=${process.pid}-`);
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

/** Whether `pid` runs: a killed process waiting to be reaped by whoever adopted it (a zombie) does not. */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe.runIf(process.platform === 'linux')('no process is left behind', () => {
  it('ends a detached grandchild in a session of its own that ignores SIGTERM', async () => {
    const pidsFile = join(mkdtempSync(join(tmpdir(), 'mcp-ci-pids-')), 'pids');
    const config = testConfig(stdioTarget(['node', `${HOSTILE}/detached-grandchild.mjs`], { PIDS_FILE: pidsFile }), {
      conformance: false,
    });
    const result = await run(config);
    expect(result.boot.ok).toBe(true);
    const [server, grandchild] = readFileSync(pidsFile, 'utf8').trim().split(' ').map(Number);
    expect(grandchild).toBeGreaterThan(0);
    expect(server).not.toBe(grandchild);
    // run() has returned: teardown is over, nothing may be left to wait for.
    expect(markedSurvivors()).toEqual([]);
    expect(running(grandchild!)).toBe(false);
  });
});

describe('deeply nested server data', () => {
  it('cuts a subtree deeper than the limit without recursing, and leaves shallow data as it is', () => {
    const depth = 100_000;
    const deep = JSON.parse(`${'['.repeat(depth)}1${']'.repeat(depth)}`) as unknown;
    const bounded = boundDepth({ result: deep }, 4);
    expect(bounded).toEqual({ result: [[[DEPTH_MARKER]]] });
    expect(deeperThan(bounded, 4)).toBe(false);
    const shallow = { a: [{ b: 1 }] };
    expect(boundDepth(shallow)).toBe(shallow);
  });

  it('a result nested 100,000 levels deep ends with complete, parseable reports and the cut in the transcript', async () => {
    const config = testConfig(stdioTarget(['node', `${HOSTILE}/deep-nesting.mjs`]));
    const result = await run(config);
    expect(result.error).toBeUndefined();
    expect(result.outcome).toBe('failed');
    const files = outputFiles(config.outDir);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['results.json', 'transcript.jsonl', 'report.md', 'junit.xml', 'server-stderr.log']),
    );
    expect(JSON.parse(files['results.json']!).outcome).toBe('failed');
    const transcript = files['transcript.jsonl']!.trim().split('\n');
    const lines = transcript.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.some((line) => JSON.stringify(line).includes(DEPTH_MARKER))).toBe(true);
    // Every message of the full catalogue nests 100,000 levels deep: slow on a loaded machine.
  }, 120_000);
});

describe('the transcript stays bounded', () => {
  it('writes an oversized entry as an excerpt with its length, masked, and keeps every other entry whole', async () => {
    const transcript = new Transcript();
    const secret = 'transcript-secret-0123456789';
    transcript.record({
      conn: 'main',
      dir: 'send',
      message: { jsonrpc: '2.0', id: 1, method: 'tools/list' },
      transport: 'stdio',
    });
    const big = { jsonrpc: '2.0', id: 1, result: { tools: [{ name: secret, description: 'x'.repeat(3_000_000) }] } };
    transcript.record({ conn: 'main', dir: 'recv', message: big, transport: 'stdio' });
    transcript.record({ conn: 'main', dir: 'recv', raw: 'y'.repeat(2_500_000), transport: 'stdio' });
    expect(transcript.entries()[2]).toMatchObject({ rawChars: 2_500_000 });
    const path = join(mkdtempSync(join(tmpdir(), 'mcp-ci-transcript-')), 'transcript.jsonl');
    await transcript.writeJsonl(path, [secret]);
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain(secret);
    const lines = text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ message: { method: 'tools/list' } });
    expect(lines[1]).toMatchObject({ conn: 'main', dir: 'recv' });
    expect(lines[1]!.chars).toBeGreaterThan(3_000_000);
    expect(String(lines[1]!.excerpt)).toContain('***');
    expect(lines.every((line) => JSON.stringify(line).length < MAX_LINE_CHARS)).toBe(true);
  });

  it('keeps non-JSON frames whole only up to a budget per run, then their start and length', () => {
    const transcript = new Transcript();
    const line = 'garbage '.repeat(1_000);
    const count = Math.ceil(RAW_BUDGET_CHARS / line.length) + 100;
    for (let i = 0; i < count; i++) transcript.record({ conn: 'main', dir: 'recv', raw: line, transport: 'stdio' });
    const entries = transcript.entries();
    expect(entries).toHaveLength(count);
    expect(entries[0]).toMatchObject({ raw: line });
    expect(entries[0]!.rawChars).toBeUndefined();
    expect(entries.at(-1)).toMatchObject({ rawChars: line.length });
    expect(entries.at(-1)!.raw!.length).toBeLessThan(1_000);
    const kept = entries.reduce((sum, entry) => sum + (entry.raw?.length ?? 0), 0);
    expect(kept).toBeLessThan(RAW_BUDGET_CHARS + line.length + 100 * 1_000);
  });
});
