/**
 * The command line of `mcp-ci`: `run`, `bench`, `checks` and `merge`, their flags, and the `--help` text, generated from one
 * table so the parser and the help never disagree. Flags become the same partial settings (kebab-case keys) that
 * action inputs and mcp-ci.yml produce; load.ts merges and validates them.
 */
import { parseArgs } from 'node:util';
import { ConfigError } from './errors.js';
import { SETTINGS_DEFAULTS, type SettingsInput } from './schema.js';

export const CLI_COMMANDS = ['run', 'bench', 'checks', 'history', 'trends', 'merge', 'serve'] as const;
export type CliCommand = (typeof CLI_COMMANDS)[number];

export interface ParsedCommandLine {
  /** Absent only when `--help` or `--version` is given without a command. */
  command?: CliCommand;
  /** Partial settings from the flags; they win over mcp-ci.yml. */
  settings: SettingsInput;
  /** `mcp-ci history <check-id>`: the check whose record to show. */
  checkId?: string;
  /** `--config`: the settings file to read instead of looking for mcp-ci.yml. */
  configPath?: string;
  /** `mcp-ci merge`: the report folders (or globs) of the legs to merge. */
  reports?: string[];
  /** `mcp-ci serve`: its transport and safety settings, as given (src/serve/options.ts checks them). */
  serve?: { http?: string; noAuth: boolean; runTimeout?: string; configPaths: string[] };
  json: boolean;
  help: boolean;
  version: boolean;
}

type Settings = Record<string, unknown>;

interface FlagSpec {
  name: string;
  short?: string;
  /** Placeholder shown in the help; a flag without one is a switch. */
  value?: string;
  repeatable?: boolean;
  commands: readonly CliCommand[];
  /** The settings key the flag sets, for error messages that point back at the flag. */
  key?: string;
  description: string;
  apply?: (settings: Settings, value: string) => void;
}

const TARGET_COMMANDS: readonly CliCommand[] = ['run', 'bench'];
const RUN_ONLY: readonly CliCommand[] = ['run'];
const HISTORY_COMMANDS: readonly CliCommand[] = ['history', 'trends'];
/** Flags that also shape a merged report. */
const REPORT_COMMANDS: readonly CliCommand[] = ['run', 'bench', 'merge'];

const FLAGS: readonly FlagSpec[] = [
  {
    name: 'stdio',
    value: '"<command>"',
    commands: TARGET_COMMANDS,
    key: 'stdio',
    description: 'run this command line as the server and talk to it over stdio (split like sh, no shell)',
    apply: (s, v) => (s['stdio'] = v),
  },
  {
    name: 'cwd',
    value: '<dir>',
    commands: TARGET_COMMANDS,
    key: 'cwd',
    description: 'working directory of the --stdio or --start command',
    apply: (s, v) => (s['cwd'] = v),
  },
  {
    name: 'env',
    value: 'KEY=VALUE',
    repeatable: true,
    commands: TARGET_COMMANDS,
    key: 'env',
    description: 'add a variable to the environment of the --stdio or --start command (repeatable)',
    apply: (s, v) => addEnvEntry(s, v),
  },
  {
    name: 'url',
    value: '<url>',
    commands: TARGET_COMMANDS,
    key: 'url',
    description: 'test the Streamable HTTP endpoint at this URL',
    apply: (s, v) => (s['url'] = v),
  },
  {
    name: 'start',
    value: '"<command>"',
    commands: TARGET_COMMANDS,
    key: 'start',
    description: 'start the HTTP server with this command line; ready when initialize succeeds',
    apply: (s, v) => (s['start'] = v),
  },
  {
    name: 'sse',
    value: '<url>',
    commands: TARGET_COMMANDS,
    key: 'sse',
    description: 'test a legacy HTTP+SSE server (protocol 2024-11-05) at this URL',
    apply: (s, v) => (s['sse'] = v),
  },
  {
    name: 'header',
    value: '"Name: value"',
    repeatable: true,
    commands: TARGET_COMMANDS,
    key: 'headers',
    description: 'send this HTTP header (repeatable; $VAR expands; values are masked)',
    apply: (s, v) => addHeader(s, v),
  },
  {
    name: 'boot-timeout',
    value: '<seconds>',
    commands: TARGET_COMMANDS,
    key: 'boot-timeout',
    description: 'give up when the server is not ready after this long',
    apply: (s, v) => (s['boot-timeout'] = parseNumber('--boot-timeout', v)),
  },
  {
    name: 'config',
    value: '<file>',
    commands: TARGET_COMMANDS,
    description: 'settings file [default: mcp-ci.yml or .yaml, here or at the repository root]',
  },
  {
    name: 'target',
    value: '<file>',
    repeatable: true,
    commands: ['serve'],
    description: 'a settings file whose server clients may run, named by its comment-id [default: mcp-ci.yml]',
  },
  {
    name: 'http',
    value: '[host:]port',
    commands: ['serve'],
    description: 'serve Streamable HTTP at http://host:port/mcp instead of stdio [default host: 127.0.0.1]',
  },
  {
    name: 'no-auth',
    commands: ['serve'],
    description: 'serve HTTP without MCP_CI_TOKEN (only when bound to a loopback address)',
  },
  {
    name: 'run-timeout',
    value: '<seconds>',
    commands: ['serve'],
    description: 'stop a run, and every process it started, after this long [default: 600]',
  },
  {
    name: 'out',
    value: '<dir>',
    commands: REPORT_COMMANDS,
    key: 'out',
    description: 'write the reports to this folder',
    apply: (s, v) => (s['out'] = v),
  },
  {
    name: 'protocol-version',
    value: '<version>',
    commands: TARGET_COMMANDS,
    key: 'protocol-version',
    description: 'test only this protocol version [default: every version the server accepts]',
    apply: (s, v) => (s['protocol-version'] = v),
  },
  {
    name: 'timeout-ms',
    value: '<ms>',
    commands: TARGET_COMMANDS,
    key: 'timeout-ms',
    description: 'fail a request that gets no response within this time',
    apply: (s, v) => (s['timeout-ms'] = parseNumber('--timeout-ms', v)),
  },
  {
    name: 'call-tools',
    value: 'none|read-only|all',
    commands: RUN_ONLY,
    key: 'call-tools',
    description: 'which tools checks may call (read-only: readOnlyHint and the listed tools)',
    apply: (s, v) => (s['call-tools'] = v),
  },
  {
    name: 'strict',
    commands: ['run', 'merge'],
    key: 'strict',
    description: 'treat warnings (SHOULD rules) as failures',
    apply: (s) => (s['strict'] = true),
  },
  {
    name: 'quick',
    commands: RUN_ONLY,
    key: 'quick',
    description: 'newest protocol version only, without the checks that start processes or wait (pre-commit)',
    apply: (s) => (s['quick'] = true),
  },
  {
    name: 'no-conformance',
    commands: RUN_ONLY,
    key: 'conformance',
    description: 'skip the conformance suite',
    apply: (s) => (s['conformance'] = false),
  },
  {
    name: 'flows',
    value: '<glob>',
    repeatable: true,
    commands: RUN_ONLY,
    key: 'flows',
    description: 'run the flow files matching this glob (repeatable)',
    apply: (s, v) => (s['flows'] = [...((s['flows'] as string[] | undefined) ?? []), v]),
  },
  {
    name: 'update-snapshots',
    commands: RUN_ONLY,
    key: 'update-snapshots',
    description: 'rewrite flow snapshots with what the server returns now',
    apply: (s) => (s['update-snapshots'] = true),
  },
  {
    name: 'bench',
    commands: RUN_ONLY,
    key: 'bench',
    description: 'also run the latency benchmarks (on when the config has bench:)',
    apply: (s) => (s['bench'] = {}),
  },
  {
    name: 'baseline',
    value: '<results.json>',
    commands: TARGET_COMMANDS,
    key: 'baseline',
    description: 'compare benchmark results with this earlier results.json',
    apply: (s, v) => (s['baseline'] = v),
  },
  {
    name: 'history',
    value: '<file|off>',
    commands: [...TARGET_COMMANDS, ...HISTORY_COMMANDS],
    key: 'history',
    description: 'compare with and add to the run history in this SQLite file, or off',
    apply: (s, v) => (s['history'] = v),
  },
  {
    name: 'flaky',
    value: 'warn|fail|ignore',
    commands: RUN_ONLY,
    key: 'flaky',
    description: 'what a flaky check, step or budget that fails does to the gate',
    apply: (s, v) => (s['flaky'] = v),
  },
  {
    name: 'interface-changes',
    value: 'report|fail-on-breaking',
    commands: RUN_ONLY,
    key: 'interface-changes',
    description: 'fail the gate on breaking interface changes, or only report them',
    apply: (s, v) => (s['interface-changes'] = v),
  },
  {
    name: 'quiet',
    commands: REPORT_COMMANDS,
    key: 'quiet',
    description: 'print only the summary',
    apply: (s) => (s['quiet'] = true),
  },
  {
    name: 'verbose',
    commands: TARGET_COMMANDS,
    key: 'verbose',
    description: 'print every check and flow step as it happens',
    apply: (s) => (s['verbose'] = true),
  },
  { name: 'json', commands: ['checks', ...HISTORY_COMMANDS], description: 'print as JSON' },
  { name: 'help', short: 'h', commands: CLI_COMMANDS, description: 'show this help' },
  { name: 'version', commands: CLI_COMMANDS, description: 'print the mcp-ci version' },
];

/** `mcp-ci bench` runs only the benchmarks: the same as `run --bench --no-conformance` with no flows. */
const BENCH_COMMAND_SETTINGS: Settings = { bench: {}, conformance: false, flows: [] };

const COMMAND_SUMMARIES: Record<CliCommand, string> = {
  run: 'boot the server, run conformance checks, flows (and benchmarks), write the reports',
  bench: 'boot the server and run only the latency benchmarks',
  checks: 'list the conformance checks with their spec sections and requirement ids',
  history: 'list the runs in the history, one line each; with a check id, that check across runs',
  trends: 'latency per operation over the runs in the history, and the flaky checks',
  merge: 'merge the report folders of a job matrix (paths or globs) into one report: a verdict per leg',
  serve: 'be an MCP server (stdio or Streamable HTTP) whose tools run the suites on the targets of mcp-ci.yml',
};

/** What follows the command in its usage line. */
const COMMAND_ARGUMENTS: Partial<Record<CliCommand, string>> = { merge: '<folder|glob>... ' };

/** Parses `process.argv.slice(2)`. Every mistake is a ConfigError that names the flag and says what is allowed. */
export function parseCommandLine(args: readonly string[]): ParsedCommandLine {
  const [first, ...rest] = args;
  const command = CLI_COMMANDS.find((name) => name === first);
  if (command === undefined && first !== undefined && !first.startsWith('-')) {
    throw new ConfigError(`unknown command "${first}"; commands: ${CLI_COMMANDS.join(', ')}`, undefined, first);
  }
  const flagArgs = command === undefined ? args : rest;
  const allowed = FLAGS.filter((spec) => (command === undefined ? isGlobal(spec) : spec.commands.includes(command)));

  // `mcp-ci history <check-id>` is the one command with an argument.
  const checkId =
    command === 'history' && flagArgs[0] !== undefined && !flagArgs[0].startsWith('-') ? flagArgs[0] : undefined;
  const parsed = parseFlags(checkId === undefined ? flagArgs : flagArgs.slice(1), allowed, command);
  const values = parsed.values as Record<string, string | string[] | boolean | undefined>;
  const help = values['help'] === true;
  const version = values['version'] === true;
  if (command === undefined && !help && !version) {
    throw new ConfigError(`missing command; usage: mcp-ci <${CLI_COMMANDS.join('|')}> [flags], see mcp-ci --help`);
  }

  const settings: Settings = command === 'bench' ? structuredClone(BENCH_COMMAND_SETTINGS) : {};
  for (const spec of allowed) {
    const value = values[spec.name];
    if (value === undefined || spec.apply === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) spec.apply(settings, String(item));
  }

  const configPath = values['config'];
  return {
    ...(command !== undefined && { command }),
    ...(checkId !== undefined && { checkId }),
    settings: settings as SettingsInput,
    ...(typeof configPath === 'string' && { configPath }),
    ...(command === 'merge' && { reports: parsed.positionals }),
    ...(command === 'serve' && {
      serve: {
        ...(typeof values['http'] === 'string' && { http: values['http'] }),
        noAuth: values['no-auth'] === true,
        ...(typeof values['run-timeout'] === 'string' && { runTimeout: values['run-timeout'] }),
        configPaths: Array.isArray(values['target']) ? values['target'] : [],
      },
    }),
    json: values['json'] === true,
    help,
    version,
  };
}

/** The flag that sets a top-level settings key, for messages (`--header` for `headers`). */
export function flagForKey(key: string): string | undefined {
  const spec = FLAGS.find((candidate) => candidate.key === key);
  return spec && `--${spec.name}`;
}

/** Usage of one command, or of every command when none is given. */
export function helpText(command?: CliCommand): string {
  const commands = command === undefined ? CLI_COMMANDS : [command];
  const sections = commands.map((name) => {
    const lines = FLAGS.filter((spec) => spec.commands.includes(name)).map((spec) => {
      const label = `${spec.short ? `-${spec.short}, ` : ''}--${spec.name}${spec.value ? ` ${spec.value}` : ''}`;
      return `  ${label.padEnd(34)} ${spec.description}${describeDefault(spec.key)}`;
    });
    const usage = `mcp-ci ${name} ${COMMAND_ARGUMENTS[name] ?? ''}[flags]`;
    return [usage, `  ${COMMAND_SUMMARIES[name]}`, '', ...lines].join('\n');
  });
  const header = 'mcp-ci: test Model Context Protocol servers (conformance, flows, latency benchmarks)';
  const footer =
    'Exit codes: 0 gate passed, 1 gate failed, 2 usage or config error, 3 server not booted, 4 internal error.';
  return [header, ...sections, footer].join('\n\n') + '\n';
}

function describeDefault(key: string | undefined): string {
  const value: unknown = key === undefined ? undefined : SETTINGS_DEFAULTS[key as keyof typeof SETTINGS_DEFAULTS];
  const shown = Array.isArray(value) ? value.join(' ') : value;
  return typeof shown === 'string' || typeof shown === 'number' ? ` [default: ${shown}]` : '';
}

function isGlobal(spec: FlagSpec): boolean {
  return spec.name === 'help' || spec.name === 'version';
}

function parseFlags(args: readonly string[], specs: readonly FlagSpec[], command: CliCommand | undefined) {
  const options = Object.fromEntries(
    specs.map((spec) => [
      spec.name,
      {
        type: spec.value ? ('string' as const) : ('boolean' as const),
        multiple: spec.repeatable ?? false,
        ...(spec.short !== undefined && { short: spec.short }),
      },
    ]),
  );
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, strict: true, allowPositionals: true, tokens: true });
  } catch (error) {
    throw explainParseError(error as Error & { code?: string }, specs, command);
  }

  const [positional] = parsed.positionals;
  if (positional !== undefined && command !== 'merge') {
    throw new ConfigError(
      `unexpected argument "${positional}"; a command line with spaces must be quoted: --stdio "python server.py"`,
      undefined,
      positional,
    );
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option') continue;
    const spec = specs.find((candidate) => candidate.name === token.name);
    if (seen.has(token.name) && spec?.repeatable !== true) {
      throw new ConfigError(
        `--${token.name} is given more than once; it takes one value`,
        spec?.key,
        `--${token.name}`,
      );
    }
    seen.add(token.name);
  }
  return parsed;
}

function explainParseError(
  error: Error & { code?: string },
  specs: readonly FlagSpec[],
  command: CliCommand | undefined,
): Error {
  const flag = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1];
  const spec = specs.find((candidate) => `--${candidate.name}` === flag || `-${candidate.short}` === flag);
  const usage = command === undefined ? 'mcp-ci' : `mcp-ci ${command}`;
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const elsewhere = FLAGS.find((candidate) => `--${candidate.name}` === flag);
      const allowed = specs.map((candidate) => `--${candidate.name}`).join(', ');
      const message = elsewhere
        ? `${flag} is not a flag of ${usage}; it belongs to: ${elsewhere.commands.map((name) => `mcp-ci ${name}`).join(', ')}`
        : `unknown flag ${flag}; ${usage} takes: ${allowed}`;
      return new ConfigError(message, undefined, flag);
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return spec?.value
        ? new ConfigError(
            `${flag} needs a value: ${flag} ${spec.value} (a value starting with "-" is written ${flag}=<value>)`,
            spec.key,
            flag,
          )
        : new ConfigError(`${flag} is a switch and takes no value`, spec?.key, flag);
    default:
      return error;
  }
}

function parseNumber(flag: string, text: string): number {
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value)) {
    throw new ConfigError(`${flag} expects a number, got "${text}"`, flag.slice('--'.length), flag);
  }
  return value;
}

function addEnvEntry(settings: Settings, entry: string): void {
  const separator = entry.indexOf('=');
  // The value may be a secret: the message does not repeat it.
  if (separator <= 0) throw new ConfigError('--env expects KEY=VALUE with a non-empty KEY', 'env', '--env');
  const env = (settings['env'] ??= {}) as Record<string, string>;
  env[entry.slice(0, separator)] = entry.slice(separator + 1);
}

function addHeader(settings: Settings, entry: string): void {
  const separator = entry.indexOf(':');
  const name = entry.slice(0, separator).trim();
  if (separator < 0 || name === '') {
    // The value may be a secret: the message does not repeat it.
    throw new ConfigError('--header expects "Name: value" with a non-empty name', 'headers', '--header');
  }
  const headers = (settings['headers'] ??= {}) as Record<string, string>;
  headers[name] = entry.slice(separator + 1).trim();
}
