import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { parseCommandLine } from '../../src/config/flags.js';
import { formatKeyPath, loadConfig, resolveConfig, type ConfigSources } from '../../src/config/load.js';
import type { SettingsInput } from '../../src/config/schema.js';

const cwd = path.resolve('/srv/project/pkg');
const repo = path.resolve('/srv/project');
const env = { HOME: '/home/ci', API_TOKEN: 'tok-123', PORT: '8123' };

function resolve(overrides: SettingsInput, fileText?: string, more: Partial<ConfigSources> = {}) {
  return resolveConfig({
    overrides,
    overridesFrom: 'flags',
    env,
    cwd,
    ...(fileText !== undefined && { file: { path: path.join(cwd, 'mcp-ci.yml'), text: fileText } }),
    ...more,
  });
}

function failure(overrides: SettingsInput, fileText?: string, more: Partial<ConfigSources> = {}): ConfigError {
  try {
    resolve(overrides, fileText, more);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected the settings to be rejected');
}

describe('resolveConfig: targets', () => {
  it('builds a stdio target from flags, with defaults everywhere else', () => {
    const config = resolve(parseCommandLine(['run', '--stdio', 'python server.py --port $PORT']).settings);
    expect(config).toEqual({
      target: {
        transport: 'stdio',
        launch: {
          commandLine: 'python server.py --port $PORT',
          argv: ['python', 'server.py', '--port', '8123'],
          cwd,
          env: {},
        },
      },
      outDir: path.join(cwd, 'mcp-ci-report'),
      bootTimeoutMs: 30_000,
      requestTimeoutMs: 10_000,
      conformance: true,
      quick: false,
      callTools: 'read-only',
      tools: [],
      toolBudgetMs: 500,
      strict: false,
      expectedFailures: [],
      skipChecks: [],
      flows: [`${cwd}/.mcp-ci/flows/*.yml`, `${cwd}/.mcp-ci/flows/*.yaml`],
      updateSnapshots: false,
      historyPath: path.join(cwd, '.mcp-ci', 'history.db'),
      historyWindow: 30,
      flaky: 'warn',
      interfaceChanges: 'report',
      comment: 'sticky',
      commentId: 'default',
      quiet: false,
      verbose: false,
      secrets: [],
    });
  });

  it('expands command-line variables from the run environment plus env', () => {
    const config = resolve({ stdio: 'srv --port $PORT --mode ${MODE}', env: { MODE: 'ci', PORT: 9000 } });
    expect(config.target).toMatchObject({
      launch: { argv: ['srv', '--port', '9000', '--mode', 'ci'], env: { MODE: 'ci', PORT: '9000' } },
    });
  });

  it('builds an HTTP target with a start command, headers expanded and kept as secrets', () => {
    const config = resolve({
      url: 'http://127.0.0.1:8123/mcp',
      start: 'node server.js',
      cwd: 'server',
      headers: { Authorization: 'Bearer $API_TOKEN', 'X-Price': '$$5 ${API_TOKEN}!', Accept: 'text/plain' },
    });
    expect(config.target).toEqual({
      transport: 'http',
      url: 'http://127.0.0.1:8123/mcp',
      headers: { Authorization: 'Bearer tok-123', 'X-Price': '$5 tok-123!', Accept: 'text/plain' },
      launch: { commandLine: 'node server.js', argv: ['node', 'server.js'], cwd: path.join(cwd, 'server'), env: {} },
    });
    expect(config.secrets.toSorted()).toEqual(['$5 tok-123!', 'Bearer tok-123', 'text/plain', 'tok-123'].toSorted());
  });

  it('builds an SSE target without a launch', () => {
    expect(resolve({ sse: 'http://127.0.0.1:1/sse' }).target).toEqual({
      transport: 'sse',
      url: 'http://127.0.0.1:1/sse',
      headers: {},
    });
  });

  it('names the header whose variable is unset, without its value', () => {
    const error = failure({ url: 'http://127.0.0.1:1/mcp', headers: { 'X-Key': 'k=$MISSING_KEY' } });
    expect(error.message).toBe('--header: headers.X-Key: $MISSING_KEY is not set in the environment');
    expect(error.key).toBe('headers.X-Key');
    const fromFile = failure({}, 'url: http://127.0.0.1:1/mcp\nheaders:\n  X-Key: ${MISSING_KEY}\n');
    expect(fromFile.message).toBe('mcp-ci.yml:3:10: headers.X-Key: ${MISSING_KEY} is not set in the environment');
  });

  it('rejects a header that expands to several lines', () => {
    const error = failure({ url: 'http://127.0.0.1:1/mcp', headers: { 'X-Key': '$EVIL' } }, undefined, {
      env: { EVIL: 'a\r\nX-Injected: 1' },
    });
    expect(error.message).toContain('headers.X-Key: the expanded value spans several lines');
  });

  it('requires exactly one target', () => {
    expect(failure({}).message).toMatch(/^no server to test: set exactly one of stdio/);
    const two = failure({ url: 'http://127.0.0.1:1/mcp', sse: 'http://127.0.0.1:1/sse' });
    expect(two.message).toBe('one server per run: url (--url) and sse (--sse) are set; keep one');
    expect(failure({}, 'stdio: srv\nurl: http://127.0.0.1:1/mcp\n').message).toBe(
      'one server per run: stdio (mcp-ci.yml:1:8) and url (mcp-ci.yml:2:6) are set; keep one',
    );
  });

  it('lets a target from flags replace the whole target of the file', () => {
    const file = 'stdio: python server.py\ncwd: server\nenv: { A: "1" }\n';
    const config = resolve({ url: 'http://127.0.0.1:1/mcp' }, file);
    expect(config.target).toEqual({ transport: 'http', url: 'http://127.0.0.1:1/mcp', headers: {} });
  });

  it('rejects keys that do not fit the target', () => {
    expect(failure({ stdio: 'srv', start: 'other' }).message).toBe(
      '--start: start launches an HTTP server for url or sse; with stdio, the stdio command is the server',
    );
    expect(failure({ url: 'http://127.0.0.1:1/mcp', cwd: 'x' }).message).toBe(
      '--cwd: cwd applies to a launched server; with url alone nothing is launched (add start)',
    );
    expect(failure({}, 'sse: http://127.0.0.1:1/sse\nenv:\n  A: b\n').message).toBe(
      'mcp-ci.yml:3:3: env: env applies to a launched server; with sse alone nothing is launched (add start)',
    );
    expect(failure({ stdio: 'srv', headers: { A: 'b' } }).message).toBe(
      '--header: headers are sent to HTTP servers (url or sse), not over stdio',
    );
    expect(failure({ stdio: 'srv', quiet: true, verbose: true }).message).toBe(
      '--verbose: quiet and verbose are both set; choose one',
    );
  });

  it('reports a command line the splitter rejects at its source', () => {
    const error = failure({}, 'url: http://127.0.0.1:1/mcp\nstart: npm run build && node dist/server.js\n');
    expect(error.message).toMatch(/^mcp-ci\.yml:2:8: start: shell operator "&&" is not supported/);
    expect(error.key).toBe('start');
    expect(error.source).toBe('mcp-ci.yml:2:8');
    expect(failure({ stdio: 'node $NOPE' }).message).toBe(
      '--stdio: $NOPE is not set in the environment of the command',
    );
  });
});

describe('resolveConfig: merging file < flags or inputs', () => {
  const file = [
    'stdio: node server.js',
    'env:',
    '  A: from-file',
    '  B: 2',
    'boot-timeout: 5',
    'strict: true',
    'flows: [flows/*.yml]',
    'out: reports',
    'baseline: base/results.json',
    'expected-failures:',
    '  - ping-result-empty',
    '  - id: http-origin-validated',
    '    versions: [2025-06-18]',
    'skip-checks:',
    '  - { id: stdio-exit-on-close, reason: the wrapper keeps running }',
    'bench:',
    '  iterations: 50',
    '  calls: [{ tool: search, arguments: { q: x } }]',
    'tools:',
    '  - name: search',
    '    arguments: { q: mcp }',
    '',
  ].join('\n');

  it('merges mappings key by key and lets scalars and lists from flags win', () => {
    const overrides = parseCommandLine([
      'run',
      '--env',
      'A=from-flag',
      '--boot-timeout',
      '7',
      '--flows',
      'other/*.yaml',
      '--bench',
      '--out',
      'out-here',
    ]).settings;
    // The file lies above the working directory, as when it is found at the repository root.
    const config = resolveConfig({
      overrides,
      overridesFrom: 'flags',
      env,
      cwd,
      file: { path: path.join(repo, 'mcp-ci.yml'), text: file },
    });
    expect(config.target).toEqual({
      transport: 'stdio',
      launch: {
        commandLine: 'node server.js',
        argv: ['node', 'server.js'],
        cwd: repo,
        env: { A: 'from-flag', B: '2' },
      },
    });
    expect(config.bootTimeoutMs).toBe(7000);
    expect(config.strict).toBe(true);
    // Paths from the file resolve against its folder; paths from flags against the working directory.
    expect(config.flows).toEqual([`${cwd}/other/*.yaml`]);
    expect(config.outDir).toBe(path.join(cwd, 'out-here'));
    expect(config.baselinePath).toBe(path.join(repo, 'base', 'results.json'));
    // --bench does not throw away the file's benchmark settings.
    expect(config.bench).toMatchObject({
      iterations: 50,
      warmup: 20,
      calls: [{ tool: 'search', arguments: { q: 'x' } }],
    });
    expect(config.expectedFailures).toEqual([
      { id: 'ping-result-empty' },
      { id: 'http-origin-validated', versions: ['2025-06-18'] },
    ]);
    expect(config.skipChecks).toEqual([{ id: 'stdio-exit-on-close', reason: 'the wrapper keeps running' }]);
    expect(config.tools).toEqual([{ name: 'search', arguments: { q: 'mcp' } }]);
  });

  it('replaces file headers case-insensitively', () => {
    const config = resolve(
      { headers: { authorization: 'Bearer new' } },
      'url: http://127.0.0.1:1/mcp\nheaders:\n  Authorization: Bearer old\n  X-Other: kept\n',
    );
    expect(config.target).toMatchObject({ headers: { authorization: 'Bearer new', 'X-Other': 'kept' } });
  });

  it('makes `mcp-ci bench` run the benchmarks alone even when the file has flows', () => {
    const config = resolve(parseCommandLine(['bench']).settings, file);
    expect(config.outDir).toBe(path.join(cwd, 'reports'));
    expect(config.conformance).toBe(false);
    expect(config.flows).toEqual([]);
    expect(config.bench?.iterations).toBe(50);
  });

  it('leaves benchmarks off unless configured or asked for', () => {
    expect(resolve({ stdio: 'srv' }).bench).toBeUndefined();
    expect(resolve({ stdio: 'srv', bench: {} }).bench).toMatchObject({ iterations: 200, concurrency: [1] });
  });
});

describe('resolveConfig: schema errors name the key and where it came from', () => {
  it('points at the line and column of a bad value in the file', () => {
    const text = ['stdio: node server.js', 'bench:', '  calls:', '    - tool: 3', ''].join('\n');
    const error = failure({}, text);
    expect(error.message).toBe('mcp-ci.yml:4:13: bench.calls[0].tool: expected a string, got a number');
    expect(error.key).toBe('bench.calls[0].tool');
    expect(error.source).toBe('mcp-ci.yml:4:13');
  });

  it('points at unknown keys and lists the allowed ones', () => {
    const error = failure({}, 'stdio: srv\nbench:\n  iterations: 5\n  calls:\n    - tool: a\n      argumnets: {}\n');
    expect(error.message).toBe(
      'mcp-ci.yml:6:7: bench.calls[0].argumnets: unknown key "argumnets"; allowed keys: tool, arguments, name, max-p95-ms, max-p99-ms, min-throughput',
    );
    const top = failure({}, 'stdio: srv\nboot_timeout: 3\n');
    expect(top.message).toMatch(
      /^mcp-ci\.yml:2:1: boot_timeout: unknown key "boot_timeout"; allowed keys: stdio, cwd, env, url/,
    );
    const nested = failure({}, 'stdio: srv\nexpected-failures:\n  - { id: x, version: [a] }\n');
    expect(nested.message).toBe(
      'mcp-ci.yml:3:14: expected-failures[0].version: unknown key "version"; allowed keys: id, versions',
    );
  });

  it('lists every problem at once', () => {
    const error = failure({}, 'stdio: srv\nboot-timeout: 0\ncall-tools: some\nurl: ftp://x\ntimeout-ms: 1.5\n');
    expect(error.message.split('\n')).toEqual([
      'mcp-ci.yml:4:6: url: expected an http:// or https:// URL',
      'mcp-ci.yml:2:15: boot-timeout: must be more than 0',
      'mcp-ci.yml:5:13: timeout-ms: expected an integer, got a fraction',
      'mcp-ci.yml:3:13: call-tools: expected one of: none, read-only, all',
    ]);
    expect(error.source).toBe('mcp-ci.yml:4:6');
  });

  it('names the flag or input a bad value came from', () => {
    expect(failure({ stdio: 'srv', 'timeout-ms': 0 }).message).toBe('--timeout-ms: must be more than 0');
    expect(failure({ stdio: 'srv', 'call-tools': 'some' as 'all' }).message).toBe(
      '--call-tools: expected one of: none, read-only, all',
    );
    const fromInput = failure({ stdio: 'srv', bench: { calls: [{ tool: '' }] } }, undefined, {
      overridesFrom: 'inputs',
    });
    expect(fromInput.message).toBe('input bench: bench.calls[0].tool: must not be empty');
    expect(failure({ stdio: 'srv', 'protocol-version': '2099-01-01' as '2025-06-18' }).message).toBe(
      '--protocol-version: expected one of: 2026-07-28, 2025-11-25, 2025-06-18, 2025-03-26, 2024-11-05',
    );
  });

  it('attributes a nested value to the source that set it', () => {
    const error = failure({ stdio: 'srv', bench: {} }, 'bench:\n  iterations: -1\n');
    expect(error.message).toBe('mcp-ci.yml:2:15: bench.iterations: must be more than 0');
  });

  it('explains values that fit no form of a list item', () => {
    expect(failure({}, 'stdio: srv\nexpected-failures: [3]\n').message).toBe(
      'mcp-ci.yml:2:21: expected-failures[0]: expected a string or a mapping',
    );
    expect(failure({}, 'stdio: srv\nskip-checks: [{ id: x }]\n').message).toBe(
      'mcp-ci.yml:2:15: skip-checks[0].reason: required (a string)',
    );
  });

  it('checks header names and never repeats header values', () => {
    const error = failure({ url: 'http://127.0.0.1:1/mcp', headers: { 'Bad Name': 'secret-value' } });
    expect(error.message).toBe('--header: headers.Bad Name: expected an HTTP header name');
    expect(error.message).not.toContain('secret-value');
  });
});

describe('formatKeyPath', () => {
  it('writes list indexes in brackets', () => {
    expect(formatKeyPath(['bench', 'calls', 0, 'tool'])).toBe('bench.calls[0].tool');
    expect(formatKeyPath([])).toBe('');
  });
});

describe('loadConfig', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'mcp-ci-load-'));
    await mkdir(path.join(root, '.git'));
    await mkdir(path.join(root, 'pkg'));
    await writeFile(path.join(root, 'mcp-ci.yml'), 'stdio: node server.js\nflows: [e2e/*.yml]\n');
    await writeFile(path.join(root, 'other.yml'), 'url: http://127.0.0.1:1/mcp\n');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('finds mcp-ci.yml at the repository root and resolves its paths there', async () => {
    const config = await loadConfig({ overrides: {}, overridesFrom: 'flags', env, cwd: path.join(root, 'pkg') });
    expect(config.target).toMatchObject({ transport: 'stdio', launch: { cwd: root } });
    expect(config.flows).toEqual([`${root.split(path.sep).join('/')}/e2e/*.yml`]);
  });

  it('reads the file --config names, relative to the working directory', async () => {
    const config = await loadConfig({ configPath: 'other.yml', overrides: {}, overridesFrom: 'flags', env, cwd: root });
    expect(config.target).toMatchObject({ transport: 'http', url: 'http://127.0.0.1:1/mcp' });
    await expect(
      loadConfig({ configPath: 'missing.yml', overrides: {}, overridesFrom: 'flags', env, cwd: root }),
    ).rejects.toThrow(/cannot read config file .*missing\.yml: no such file/);
  });
});
