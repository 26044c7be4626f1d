/**
 * The action's inputs: one per settings key (same kebab-case name as in mcp-ci.yml), plus `config` and
 * `github-token`. Read into the same partial settings the CLI flags produce; an empty input is unset, so
 * mcp-ci.yml (or the schema default) applies.
 *
 * action.yml declares each setting's default as text, so the workflow editor shows it. GitHub passes a declared
 * default as if the user had set it, so an input equal to its declared default is read as unset: mcp-ci.yml (or
 * the same schema default) then applies.
 */
import * as core from '@actions/core';
import { isMap, isSeq, parseDocument } from 'yaml';
import { ConfigError } from './errors.js';
import { SETTINGS_DEFAULTS, type SettingsInput } from './schema.js';
import { BOT_INPUTS } from '../github/bot-inputs.js';

export interface ActionInput {
  name: string;
  description: string;
  default?: string;
}

/** What a step does: test a server, merge a job matrix's report folders, or post a fork's saved comment. */
export const ACTION_MODES = ['run', 'nightly', 'merge', 'publish'] as const;
export type ActionMode = (typeof ACTION_MODES)[number];

/** The settings `mode: merge` reads; every other setting belongs to a run and is refused there. */
const MERGE_SETTINGS = ['out', 'strict', 'comment', 'comment-id', 'quiet'];

export interface ActionInputValues {
  mode: ActionMode;
  /** `mode: merge`: the legs' report folders or globs. */
  reports: string[];
  settings: SettingsInput;
  configPath?: string;
  githubToken?: string;
}

/** How an input's text becomes a settings value; the formats are documented in docs/configuration.md. */
type InputFormat =
  'text' | 'number' | 'boolean' | 'env' | 'headers' | 'list' | 'tools' | 'expected-failures' | 'skip-checks' | 'bench';

interface InputSpec {
  name: string;
  format: InputFormat;
  description: string;
}

const SETTINGS_INPUTS: readonly InputSpec[] = [
  {
    name: 'stdio',
    format: 'text',
    description: 'Command line that starts the server over stdio (split like sh, no shell).',
  },
  { name: 'cwd', format: 'text', description: 'Working directory of the stdio or start command.' },
  {
    name: 'env',
    format: 'env',
    description: 'Variables added to the environment of the stdio or start command: KEY=VALUE lines or a YAML mapping.',
  },
  { name: 'url', format: 'text', description: 'Streamable HTTP endpoint of the server.' },
  { name: 'start', format: 'text', description: 'Command line that starts the HTTP server before testing url or sse.' },
  { name: 'sse', format: 'text', description: 'Legacy HTTP+SSE endpoint (protocol 2024-11-05).' },
  {
    name: 'headers',
    format: 'headers',
    description: 'HTTP headers, one "Name: value" per line; $VAR expands from the environment; values are masked.',
  },
  { name: 'boot-timeout', format: 'number', description: 'Seconds to wait for the server to answer initialize.' },
  { name: 'out', format: 'text', description: 'Folder for results.json, junit.xml, report.md and logs.' },
  { name: 'protocol-version', format: 'text', description: 'Test only this protocol version.' },
  { name: 'timeout-ms', format: 'number', description: 'Per-request timeout in milliseconds.' },
  { name: 'conformance', format: 'boolean', description: 'Run the conformance suite.' },
  {
    name: 'quick',
    format: 'boolean',
    description: 'Quick run: the newest protocol version only, without the slow checks (docs/quick-runs.md).',
  },
  { name: 'call-tools', format: 'text', description: 'Which tools checks may call: none, read-only or all.' },
  {
    name: 'tools',
    format: 'tools',
    description: 'Tools checks may call: tool names, one per line, or a YAML list of { name, arguments }.',
  },
  {
    name: 'progress-tool',
    format: 'text',
    description: 'Tool that emits progress notifications, for progress checks.',
  },
  {
    name: 'tool-budget-ms',
    format: 'number',
    description:
      'How long a slow tool call holds one of the parallel call slots; its answer is still awaited up to timeout-ms (restarted by each progress notification, three timeout-ms at most) and judged. A quick run cancels the call here.',
  },
  { name: 'strict', format: 'boolean', description: 'Treat warnings (SHOULD rules) as failures.' },
  {
    name: 'expected-failures',
    format: 'expected-failures',
    description: 'Check ids expected to fail, one per line, or a YAML list of ids and { id, versions }.',
  },
  {
    name: 'skip-checks',
    format: 'skip-checks',
    description: 'Checks to skip, one "check-id: reason" per line, or a YAML list of { id, reason }.',
  },
  { name: 'flows', format: 'list', description: 'Globs of flow files, one per line or a YAML list.' },
  { name: 'update-snapshots', format: 'boolean', description: 'Rewrite flow snapshots with the current responses.' },
  {
    name: 'bench',
    format: 'bench',
    description: 'Run latency benchmarks: true for the defaults, or the YAML mapping mcp-ci.yml takes under bench:.',
  },
  { name: 'baseline', format: 'text', description: 'An earlier results.json to compare benchmark results with.' },
  {
    name: 'history',
    format: 'text',
    description: 'Local history file (SQLite) the run is compared with and added to, or off.',
  },
  {
    name: 'history-window',
    format: 'number',
    description: 'How many earlier runs the history keeps and compares with.',
  },
  {
    name: 'flaky',
    format: 'text',
    description: 'What a flaky check, flow step or budget that fails does to the gate: warn, fail or ignore.',
  },
  {
    name: 'interface-changes',
    format: 'text',
    description: 'Interface changes against the base: report, or fail-on-breaking to fail the gate on breaking ones.',
  },
  { name: 'comment', format: 'text', description: 'PR comment: sticky or off.' },
  {
    name: 'comment-id',
    format: 'text',
    description:
      'Tells apart the sticky comments of several mcp-ci steps in one PR, and names this leg in a merged matrix report.',
  },
  { name: 'quiet', format: 'boolean', description: 'Print only the summary.' },
  { name: 'verbose', format: 'boolean', description: 'Print every check and flow step as it happens.' },
];

/** Every input of the action, for action.yml. */
export const ACTION_INPUTS: readonly ActionInput[] = [
  {
    name: 'mode',
    description:
      'run: test the server. nightly: test it and keep the nightly tracking issue (as on schedule and ' +
      'workflow_dispatch). merge: merge the report folders of a job matrix (reports) into one report and comment. ' +
      'publish: in a workflow_run workflow, post the comment a pull request from a fork saved. Default: run.',
    default: 'run',
  },
  {
    name: 'reports',
    description:
      'mode: merge: the report folders of the legs, paths or globs, one per line (as actions/download-artifact leaves them).',
  },
  {
    name: 'config',
    description: 'Settings file. Default: mcp-ci.yml or mcp-ci.yaml at the repository root, when present.',
  },
  ...SETTINGS_INPUTS.map(({ name, description }) => {
    const declared = declaredDefault(name);
    return {
      name,
      description: describeDefault(description, name),
      ...(declared !== undefined && { default: declared }),
    };
  }),
  {
    name: 'github-token',
    description: 'Token for the PR comment and check run.',
    default: '${{ github.token }}',
  },
  ...BOT_INPUTS,
];

/** Reads every input (from the INPUT_* variables the runner sets) into partial settings. */
export function readActionInputs(): ActionInputValues {
  const settings: Record<string, unknown> = {};
  for (const spec of SETTINGS_INPUTS) {
    const raw = core.getInput(spec.name, { trimWhitespace: false });
    if (raw.trim() === '' || raw.trim() === declaredDefault(spec.name)) continue;
    settings[spec.name] = readInput(spec, raw);
  }
  const configPath = core.getInput('config');
  const githubToken = core.getInput('github-token');
  const mode = readMode();
  const reports = core.getMultilineInput('reports').filter((line) => !line.startsWith('#'));
  checkModeInputs(mode, reports, Object.keys(settings), configPath);
  return {
    mode,
    reports,
    settings: settings as SettingsInput,
    ...(configPath !== '' && { configPath }),
    ...(githubToken !== '' && { githubToken }),
  };
}

function readMode(): ActionMode {
  const mode = core.getInput('mode') || 'run';
  const known = ACTION_MODES.find((candidate) => candidate === mode);
  if (known === undefined) {
    throw new ConfigError(`input mode: expected ${ACTION_MODES.join(', ')}, got "${mode}"`, 'mode', 'input mode');
  }
  return known;
}

/** An input the mode does not read is a mistake in the workflow; saying so beats ignoring it. */
function checkModeInputs(mode: ActionMode, reports: string[], settings: string[], configPath: string): void {
  const refuse = (name: string, why: string): never => {
    throw new ConfigError(`input ${name} ${why}`, name, `input ${name}`);
  };
  if (mode !== 'merge' && reports.length > 0) refuse('reports', 'is read only with mode: merge');
  if (mode === 'merge' && reports.length === 0) {
    refuse('reports', 'is required with mode: merge: the report folders of the legs, one per line');
  }
  // A nightly run is a run that also keeps the nightly tracking issue.
  if (mode === 'run' || mode === 'nightly') return;
  if (configPath !== '') refuse('config', `is not read with mode: ${mode}`);
  const allowed = mode === 'merge' ? MERGE_SETTINGS : [];
  const stray = settings.find((name) => !allowed.includes(name));
  if (stray !== undefined) {
    const takes = allowed.length > 0 ? `; it takes ${allowed.join(', ')}` : '; it takes github-token only';
    refuse(stray, `is not read with mode: ${mode}${takes}`);
  }
}

function readInput({ name, format }: InputSpec, raw: string): unknown {
  const fail = (what: string): never => {
    throw new ConfigError(`input ${name}: ${what}`, name, `input ${name}`);
  };
  // Structured inputs are YAML when they parse as a mapping or list, and lines otherwise.
  const yaml = format === 'text' || format === 'number' || format === 'boolean' ? undefined : parseYaml(raw);
  switch (format) {
    case 'text':
      return raw.trim();
    case 'number': {
      const value = Number(raw.trim());
      return Number.isFinite(value) ? value : fail(`expected a number, got "${raw.trim()}"`);
    }
    case 'boolean':
      try {
        return core.getBooleanInput(name);
      } catch {
        return fail(`expected true or false, got "${raw.trim()}"`);
      }
    case 'env':
      return isMapping(yaml) ? yaml : Object.fromEntries(lines(name).map((line) => splitEntry(line, '=', fail)));
    case 'headers':
      return isMapping(yaml) ? yaml : Object.fromEntries(lines(name).map((line) => splitEntry(line, ':', fail)));
    case 'list':
      return Array.isArray(yaml) ? yaml : lines(name);
    case 'tools':
      return (Array.isArray(yaml) ? yaml : lines(name)).map((item) =>
        typeof item === 'string' ? { name: item } : item,
      );
    case 'expected-failures':
      return Array.isArray(yaml) ? yaml : lines(name);
    case 'skip-checks':
      if (Array.isArray(yaml)) return yaml;
      if (isMapping(yaml)) return Object.entries(yaml).map(([id, reason]) => ({ id, reason }));
      return fail('expected one "check-id: reason" per line');
    case 'bench':
      if (raw.trim() === 'true') return {};
      return isMapping(yaml) ? yaml : fail('expected true or a YAML mapping of benchmark settings');
  }
}

/** The input's YAML value, or undefined when the text is not valid YAML (then it is read as lines). */
function parseYaml(text: string): unknown {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return undefined;
  return isMap(doc.contents) || isSeq(doc.contents) ? doc.toJS() : undefined;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lines(name: string): string[] {
  return core.getMultilineInput(name).filter((line) => !line.startsWith('#'));
}

function splitEntry(line: string, separator: '=' | ':', fail: (what: string) => never): [string, string] {
  const at = line.indexOf(separator);
  const key = line.slice(0, at).trim();
  // The value may be a secret: the message names the line's key only.
  if (at < 0 || key === '') {
    return fail(separator === '=' ? 'expected KEY=VALUE lines' : 'expected "Name: value" lines');
  }
  return [key, line.slice(at + 1).trim()];
}

/** A setting's schema default as action.yml declares it: scalars as text, lists one item per line. */
function declaredDefault(key: string): string | undefined {
  const value: unknown = SETTINGS_DEFAULTS[key as keyof typeof SETTINGS_DEFAULTS];
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string'))
    return value.join('\n');
  return undefined;
}

function describeDefault(description: string, key: string): string {
  const value: unknown = SETTINGS_DEFAULTS[key as keyof typeof SETTINGS_DEFAULTS];
  if (value === undefined) return description;
  if (Array.isArray(value)) return value.length === 0 ? description : `${description} Default: ${value.join(', ')}.`;
  if (typeof value === 'object') return description;
  return `${description} Default: ${String(value)}.`;
}
