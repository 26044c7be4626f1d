import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/errors.js';
import { flagForKey, helpText, parseCommandLine } from '../../src/config/flags.js';
import { settingsSchema } from '../../src/config/schema.js';

function failure(args: string[]): ConfigError {
  try {
    parseCommandLine(args);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`expected ${args.join(' ')} to be rejected`);
}

describe('parseCommandLine', () => {
  it('reads every run flag into kebab-case settings', () => {
    const parsed = parseCommandLine([
      'run',
      '--stdio',
      'python server.py --verbose',
      '--cwd',
      'srv',
      '--env',
      'A=1',
      '--env',
      'URL=http://x/?a=b',
      '--boot-timeout',
      '2.5',
      '--config',
      'ci/mcp-ci.yml',
      '--out=reports',
      '--protocol-version',
      '2025-06-18',
      '--timeout-ms',
      '500',
      '--call-tools',
      'all',
      '--strict',
      '--no-conformance',
      '--flows',
      'a/*.yml',
      '--flows',
      'b/*.yml',
      '--update-snapshots',
      '--bench',
      '--baseline',
      'old/results.json',
      '--quiet',
    ]);
    expect(parsed).toEqual({
      command: 'run',
      configPath: 'ci/mcp-ci.yml',
      json: false,
      help: false,
      version: false,
      settings: {
        stdio: 'python server.py --verbose',
        cwd: 'srv',
        env: { A: '1', URL: 'http://x/?a=b' },
        'boot-timeout': 2.5,
        out: 'reports',
        'protocol-version': '2025-06-18',
        'timeout-ms': 500,
        'call-tools': 'all',
        strict: true,
        conformance: false,
        flows: ['a/*.yml', 'b/*.yml'],
        'update-snapshots': true,
        bench: {},
        baseline: 'old/results.json',
        quiet: true,
      },
    });
    // Whatever the flags produce, the schema reads without complaint.
    expect(settingsSchema.safeParse(parsed.settings).success).toBe(true);
  });

  it('reads HTTP target flags and headers', () => {
    const { settings } = parseCommandLine([
      'run',
      '--url',
      'http://127.0.0.1:3000/mcp',
      '--start',
      'node server.js --port 3000',
      '--header',
      'Authorization: Bearer $TOKEN',
      '--header',
      'X-Trace:a:b',
      '--verbose',
    ]);
    expect(settings).toEqual({
      url: 'http://127.0.0.1:3000/mcp',
      start: 'node server.js --port 3000',
      headers: { Authorization: 'Bearer $TOKEN', 'X-Trace': 'a:b' },
      verbose: true,
    });
  });

  it('makes `bench` a run of the benchmarks alone', () => {
    const parsed = parseCommandLine(['bench', '--sse', 'http://127.0.0.1:1/sse', '--baseline', 'r.json']);
    expect(parsed.command).toBe('bench');
    expect(parsed.settings).toEqual({
      sse: 'http://127.0.0.1:1/sse',
      baseline: 'r.json',
      bench: {},
      conformance: false,
      flows: [],
    });
  });

  it('reads checks --json, help and version', () => {
    expect(parseCommandLine(['checks', '--json'])).toMatchObject({ command: 'checks', json: true, settings: {} });
    expect(parseCommandLine(['--help'])).toEqual({ settings: {}, json: false, help: true, version: false });
    expect(parseCommandLine(['-h']).help).toBe(true);
    expect(parseCommandLine(['--version'])).toMatchObject({ version: true });
    expect(parseCommandLine(['run', '--help'])).toMatchObject({ command: 'run', help: true });
  });

  it('names unknown flags and lists what the command takes', () => {
    const error = failure(['run', '--stdoi', 'x']);
    expect(error.message).toMatch(/^unknown flag --stdoi; mcp-ci run takes: --stdio, --cwd, --env, /);
    expect(error.source).toBe('--stdoi');
  });

  it('reads merge: report folders as arguments, and the flags that shape the merged report', () => {
    expect(parseCommandLine(['merge', 'legs/*', 'extra-leg', '--out', 'merged', '--strict'])).toMatchObject({
      command: 'merge',
      reports: ['legs/*', 'extra-leg'],
      settings: { out: 'merged', strict: true },
    });
    expect(failure(['merge', 'legs/*', '--stdio', 'x']).message).toContain('--stdio is not a flag of mcp-ci merge');
    expect(helpText('merge')).toContain('mcp-ci merge <folder|glob>... [flags]');
  });

  it('says which command a flag belongs to', () => {
    expect(failure(['run', '--json']).message).toBe(
      '--json is not a flag of mcp-ci run; it belongs to: mcp-ci checks, mcp-ci history, mcp-ci trends',
    );
    expect(failure(['bench', '--strict']).message).toBe(
      '--strict is not a flag of mcp-ci bench; it belongs to: mcp-ci run, mcp-ci merge',
    );
    expect(failure(['checks', '--stdio', 'x']).message).toContain('it belongs to: mcp-ci run, mcp-ci bench');
    expect(failure(['--stdio', 'x']).message).toContain('--stdio is not a flag of mcp-ci;');
  });

  it('explains missing values and values given to switches', () => {
    const missing = failure(['run', '--url']);
    expect(missing.message).toBe(
      '--url needs a value: --url <url> (a value starting with "-" is written --url=<value>)',
    );
    expect(missing.key).toBe('url');
    expect(failure(['run', '--stdio', '--verbose']).message).toMatch(/^--stdio needs a value/);
    expect(failure(['run', '--strict=yes']).message).toBe('--strict is a switch and takes no value');
  });

  it('rejects numbers that are not numbers', () => {
    expect(failure(['run', '--timeout-ms', 'soon']).message).toBe('--timeout-ms expects a number, got "soon"');
    expect(failure(['run', '--boot-timeout', '']).message).toBe('--boot-timeout expects a number, got ""');
  });

  it('rejects malformed --env and --header without echoing their values', () => {
    expect(failure(['run', '--env', 'secret-value']).message).toBe('--env expects KEY=VALUE with a non-empty KEY');
    const header = failure(['run', '--header', 'Bearer abc123']);
    expect(header.message).toBe('--header expects "Name: value" with a non-empty name');
    expect(header.message).not.toContain('abc123');
  });

  it('rejects a single-valued flag given twice and unquoted command lines', () => {
    expect(failure(['run', '--url', 'http://a', '--url', 'http://b']).message).toBe(
      '--url is given more than once; it takes one value',
    );
    expect(failure(['run', '--stdio', 'python', 'server.py']).message).toContain(
      'unexpected argument "server.py"; a command line with spaces must be quoted',
    );
  });

  it('rejects unknown and missing commands', () => {
    expect(failure(['watch']).message).toBe(
      'unknown command "watch"; commands: run, bench, checks, history, trends, merge, serve',
    );
    expect(failure([]).message).toMatch(/^missing command/);
  });

  it('reads the serve flags, and keeps them to serve', () => {
    expect(
      parseCommandLine(['serve', '--http', '127.0.0.1:8765', '--no-auth', '--target', 'a.yml', '--target', 'b.yml'])
        .serve,
    ).toEqual({ http: '127.0.0.1:8765', noAuth: true, configPaths: ['a.yml', 'b.yml'] });
    expect(parseCommandLine(['serve']).serve).toEqual({ noAuth: false, configPaths: [] });
    expect(failure(['run', '--http', '8765']).message).toMatch(/--http is not a flag of mcp-ci run/);
  });
});

describe('helpText', () => {
  it('documents every flag each command accepts', () => {
    const run = helpText('run');
    for (const flag of ['--stdio', '--cwd', '--env', '--url', '--start', '--sse', '--header', '--boot-timeout']) {
      expect(run).toContain(`${flag} `);
    }
    for (const flag of ['--config', '--out', '--protocol-version', '--timeout-ms', '--call-tools', '--strict']) {
      expect(run).toContain(flag);
    }
    for (const flag of ['--flows', '--update-snapshots', '--bench', '--baseline', '--quiet', '--verbose']) {
      expect(run).toContain(flag);
    }
    expect(run).toContain('--no-conformance');
    expect(run).not.toContain('--json');
    expect(helpText('checks')).toContain('--json');
    const all = helpText();
    expect(all).toContain('mcp-ci run [flags]');
    expect(all).toContain('mcp-ci bench [flags]');
    expect(all).toContain('mcp-ci checks [flags]');
    expect(all).toContain('Exit codes: 0 gate passed, 1 gate failed, 2 usage or config error');
  });

  it('accepts every flag it documents', () => {
    for (const command of ['run', 'bench', 'checks'] as const) {
      const flags = [...helpText(command).matchAll(/^ {2}(?:-h, )?(--[a-z-]+)( \S+)?/gm)];
      expect(flags.length).toBeGreaterThan(1);
      for (const [, flag, value] of flags) {
        const args = value === undefined ? [flag!] : [`${flag}=1`];
        try {
          parseCommandLine([command, ...args]);
        } catch (error) {
          // A value may be rejected for what it is, never the flag for being unknown.
          expect((error as Error).message).not.toMatch(/unknown flag|not a flag/);
        }
      }
    }
  });
});

describe('flagForKey', () => {
  it('maps settings keys back to the flags that set them', () => {
    expect(flagForKey('headers')).toBe('--header');
    expect(flagForKey('conformance')).toBe('--no-conformance');
    expect(flagForKey('boot-timeout')).toBe('--boot-timeout');
    expect(flagForKey('comment-id')).toBeUndefined();
  });
});
