/**
 * From settings sources to the one validated Config: mcp-ci.yml < CLI flags or action inputs, merged, checked
 * against the zod schema and the rules across keys (one target, commands split, `$VAR` in headers expanded).
 * Every mistake is a ConfigError that names the key and where its value came from.
 */
import path from 'node:path';
import { z } from 'zod';
import { splitCommandLine } from './command-line.js';
import type { Config, ExpectedFailure, LaunchCommand, TargetConfig } from './config.js';
import { ConfigError } from './errors.js';
import { findConfigFile, parseConfigFile, readConfigFile, type ConfigFileText, type ParsedConfigFile } from './file.js';
import { flagForKey } from './flags.js';
import { secretsFromEnvironment } from './secrets.js';
import { settingsSchema, type Settings, type SettingsInput } from './schema.js';

/** Where the overrides came from: CLI flags, action inputs, or the library API's `settings` option. */
export type OverridesFrom = 'flags' | 'inputs' | 'settings';

export interface ConfigSources {
  file?: ConfigFileText;
  /** Settings from the CLI flags or the action inputs; they win over the file. */
  overrides: SettingsInput;
  overridesFrom: OverridesFrom;
  env: NodeJS.ProcessEnv;
  /** Relative paths from flags and inputs resolve against it. */
  cwd: string;
}

export interface LoadOptions extends Omit<ConfigSources, 'file'> {
  /** `--config` / input `config`; without it mcp-ci.yml is looked for (see findConfigFile). */
  configPath?: string;
}

/** Finds and reads the settings file, then resolves the Config. */
export async function loadConfig(options: LoadOptions): Promise<Config> {
  const { configPath, ...sources } = options;
  const filePath = configPath === undefined ? await findConfigFile(sources.cwd) : path.resolve(sources.cwd, configPath);
  const file = filePath === undefined ? undefined : await readConfigFile(filePath);
  return resolveConfig({ ...sources, ...(file && { file }) });
}

const TARGET_KEYS = ['stdio', 'url', 'sse'] as const;
/** Keys that describe one target; a target named by flags or inputs replaces all of the file's. */
const TARGET_GROUP = [...TARGET_KEYS, 'start', 'cwd', 'env', 'headers'];

type SettingsPath = readonly PropertyKey[];
type PlainObject = Record<string, unknown>;

export function resolveConfig(sources: ConfigSources): Config {
  const file = sources.file && parseConfigFile(sources.file, sources.cwd);
  const overrides = sources.overrides as PlainObject;
  const fileSettings = withoutReplacedTarget(file?.settings ?? {}, overrides);
  const origins = settingsOrigins(file, fileSettings, overrides, sources);

  const parsed = settingsSchema.safeParse(mergeSettings(fileSettings, overrides), { reportInput: true });
  if (!parsed.success) throw schemaError(parsed.error.issues, origins);
  const settings = parsed.data;

  const target = resolveTarget(settings, sources.env, origins);
  return {
    target: target.config,
    outDir: path.resolve(origins.baseDir('out'), settings.out),
    bootTimeoutMs: Math.round(settings['boot-timeout'] * 1000),
    requestTimeoutMs: settings['timeout-ms'],
    ...(settings['protocol-version'] !== undefined && { protocolVersion: settings['protocol-version'] }),
    conformance: settings.conformance,
    quick: settings.quick,
    callTools: settings['call-tools'],
    tools: settings.tools,
    ...(settings['progress-tool'] !== undefined && { progressTool: settings['progress-tool'] }),
    toolBudgetMs: settings['tool-budget-ms'],
    strict: settings.strict,
    expectedFailures: settings['expected-failures'].map(normaliseExpectedFailure),
    skipChecks: settings['skip-checks'],
    // Globs stay globs: the folder is joined with "/" so glob libraries read it on every platform.
    flows: settings.flows.map((glob) => toGlobPath(path.resolve(origins.baseDir('flows'), glob))),
    updateSnapshots: settings['update-snapshots'],
    ...(settings.bench !== undefined && { bench: settings.bench }),
    ...(settings.baseline !== undefined && {
      baselinePath: path.resolve(origins.baseDir('baseline'), settings.baseline),
    }),
    ...(settings.history !== 'off' && {
      historyPath: path.resolve(origins.baseDir('history'), settings.history),
    }),
    historyWindow: settings['history-window'],
    flaky: settings.flaky,
    interfaceChanges: settings['interface-changes'],
    comment: settings.comment,
    commentId: settings['comment-id'],
    quiet: settings.quiet,
    verbose: settings.verbose,
    secrets: [...new Set([...target.secrets, ...secretsFromEnvironment({ ...sources.env, ...settings.env })])],
  };
}

// ---- merging ------------------------------------------------------------------------------------------------------

function withoutReplacedTarget(fileSettings: PlainObject, overrides: PlainObject): PlainObject {
  if (!TARGET_KEYS.some((key) => overrides[key] !== undefined)) return fileSettings;
  return Object.fromEntries(Object.entries(fileSettings).filter(([key]) => !TARGET_GROUP.includes(key)));
}

/** Mappings merge key by key (header names case-insensitively); lists and scalars from the overrides replace. */
function mergeSettings(base: PlainObject, overrides: PlainObject): PlainObject {
  const baseHeaders = base['headers'];
  const overrideHeaders = overrides['headers'];
  if (isPlainObject(baseHeaders) && isPlainObject(overrideHeaders)) {
    const replaced = new Set(Object.keys(overrideHeaders).map((name) => name.toLowerCase()));
    const kept = Object.entries(baseHeaders).filter(([name]) => !replaced.has(name.toLowerCase()));
    return deepMerge({ ...base, headers: Object.fromEntries(kept) }, overrides);
  }
  return deepMerge(base, overrides);
}

function deepMerge(base: PlainObject, overrides: PlainObject): PlainObject {
  const merged: PlainObject = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    const current = merged[key];
    merged[key] = isPlainObject(current) && isPlainObject(value) ? deepMerge(current, value) : value;
  }
  return merged;
}

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// ---- where a value came from --------------------------------------------------------------------------------------

interface SettingsOrigins {
  /** `--header`, `input bench` or `mcp-ci.yml:14:9`, for the value at the path. */
  ofValue(settingsPath: SettingsPath): string;
  /** As ofValue, but a file position points at the key itself (unknown keys). */
  ofKey(settingsPath: SettingsPath): string;
  /** Whether the source names the key already (`--boot-timeout`), so messages need not repeat it. */
  namesKey(settingsPath: SettingsPath): boolean;
  /** The folder a relative path under this top-level key resolves against. */
  baseDir(key: string): string;
}

function settingsOrigins(
  file: ParsedConfigFile | undefined,
  fileSettings: PlainObject,
  overrides: PlainObject,
  sources: ConfigSources,
): SettingsOrigins {
  // Action inputs carry the settings keys' own names (inputs.ts).
  const overrideSource = (key: string): string =>
    sources.overridesFrom === 'flags'
      ? (flagForKey(key) ?? key)
      : sources.overridesFrom === 'inputs'
        ? `input ${key}`
        : `settings.${key}`;
  const fromOverrides = (settingsPath: SettingsPath): boolean =>
    hasPath(overrides, settingsPath) ||
    (!hasPath(fileSettings, settingsPath) && hasPath(overrides, settingsPath.slice(0, 1)));
  const locate = (settingsPath: SettingsPath, atKey: boolean): string => {
    if (fromOverrides(settingsPath) || file === undefined) return overrideSource(String(settingsPath[0]));
    return atKey ? file.locateKey(settingsPath) : file.locateValue(settingsPath);
  };
  return {
    ofValue: (settingsPath) => locate(settingsPath, false),
    ofKey: (settingsPath) => locate(settingsPath, true),
    namesKey: (settingsPath) => settingsPath.length === 1 && fromOverrides(settingsPath),
    baseDir: (key) => {
      if (overrides[key] !== undefined) return path.resolve(sources.cwd);
      return file?.dir ?? path.resolve(sources.cwd);
    },
  };
}

function hasPath(value: unknown, settingsPath: SettingsPath): boolean {
  let current = value;
  for (const step of settingsPath) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, step)) return false;
    current = (current as Record<PropertyKey, unknown>)[step];
  }
  return current !== undefined;
}

export function formatKeyPath(settingsPath: SettingsPath): string {
  return settingsPath
    .map((step, index) => (typeof step === 'number' ? `[${step}]` : `${index === 0 ? '' : '.'}${String(step)}`))
    .join('');
}

function errorAt(settingsPath: SettingsPath, origins: SettingsOrigins, text: string, atKey = false): ConfigError {
  const key = formatKeyPath(settingsPath);
  const source = atKey ? origins.ofKey(settingsPath) : origins.ofValue(settingsPath);
  const message = origins.namesKey(settingsPath) ? `${source}: ${text}` : `${source}: ${key}: ${text}`;
  return new ConfigError(message, key, source);
}

// ---- schema errors ------------------------------------------------------------------------------------------------

function schemaError(issues: readonly z.core.$ZodIssue[], origins: SettingsOrigins): ConfigError {
  const errors = issues.flatMap((issue) => issueErrors(issue, [], origins));
  const [first] = errors;
  if (first === undefined) return new ConfigError('invalid settings');
  if (errors.length === 1) return first;
  return new ConfigError(errors.map((error) => error.message).join('\n'), first.key, first.source);
}

function issueErrors(issue: z.core.$ZodIssue, prefix: SettingsPath, origins: SettingsOrigins): ConfigError[] {
  const issuePath = [...prefix, ...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = allowedKeys(issuePath);
      return issue.keys.map((key) =>
        errorAt([...issuePath, key], origins, `unknown key "${key}"; allowed keys: ${allowed.join(', ')}`, true),
      );
    }
    case 'invalid_union': {
      // The branch that got furthest into the value says the most; a miss on every branch lists what would fit.
      const deeper = issue.errors.find((branch) => branch.some((inner) => inner.path.length > 0));
      if (deeper) return deeper.flatMap((inner) => issueErrors(inner, issuePath, origins));
      const expected = issue.errors.flat().flatMap((inner) => (inner.code === 'invalid_type' ? [inner.expected] : []));
      return [errorAt(issuePath, origins, `expected ${[...new Set(expected)].map(describeType).join(' or ')}`)];
    }
    case 'invalid_key':
      return [errorAt(issuePath, origins, issue.issues.map(describeIssue).join('; '), true)];
    default:
      return [errorAt(issuePath, origins, describeIssue(issue))];
  }
}

/** What is wrong, without repeating the value: it may be a secret. */
function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `required (${describeType(issue.expected)})`
        : `expected ${describeType(issue.expected)}, got ${describeValueType(issue.input)}`;
    case 'too_small':
      return describeBound(issue.origin, issue.minimum, issue.inclusive ?? false, 'small');
    case 'too_big':
      return describeBound(issue.origin, issue.maximum, issue.inclusive ?? false, 'big');
    case 'invalid_value':
      return `expected one of: ${issue.values.map(String).join(', ')}`;
    default:
      return issue.message;
  }
}

function describeBound(origin: string, limit: number | bigint, inclusive: boolean, side: 'small' | 'big'): string {
  const bound = `${side === 'small' ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than'} ${limit}`;
  if (origin === 'string') return side === 'small' && limit === 1 ? 'must not be empty' : `needs ${bound} characters`;
  if (origin === 'array') return `needs ${bound} items`;
  return `must be ${bound}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'an integer',
  boolean: 'true or false',
  object: 'a mapping',
  record: 'a mapping',
  array: 'a list',
};

function describeType(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

function describeValueType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && !Number.isInteger(value)) return 'a fraction';
  return describeType(typeof value);
}

/** The keys the schema allows at a path, for "unknown key" messages. */
function allowedKeys(settingsPath: SettingsPath): string[] {
  let schema: z.ZodType | undefined = settingsSchema;
  for (const step of settingsPath) {
    schema = schema && childSchema(schema, step);
  }
  const object = schema && objectSchema(schema);
  return object ? Object.keys(object.shape) : [];
}

function childSchema(schema: z.ZodType, step: PropertyKey): z.ZodType | undefined {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) return (inner.shape as Record<string, z.ZodType>)[String(step)];
  if (inner instanceof z.ZodArray) return inner.element as z.ZodType;
  if (inner instanceof z.ZodRecord) return inner.valueType as z.ZodType;
  if (inner instanceof z.ZodUnion) {
    return (inner.options as z.ZodType[]).map(objectSchema).find((option) => option !== undefined);
  }
  return undefined;
}

function objectSchema(schema: z.ZodType): z.ZodObject | undefined {
  const inner = unwrap(schema);
  if (inner instanceof z.ZodObject) return inner;
  if (inner instanceof z.ZodUnion) {
    return (inner.options as z.ZodType[]).map(objectSchema).find((option) => option !== undefined);
  }
  return undefined;
}

function unwrap(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return unwrap(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodPipe) return unwrap(schema.in as z.ZodType);
  return schema;
}

// ---- target -------------------------------------------------------------------------------------------------------

function resolveTarget(
  settings: Settings,
  runEnv: NodeJS.ProcessEnv,
  origins: SettingsOrigins,
): { config: TargetConfig; secrets: string[] } {
  const named = TARGET_KEYS.filter((key) => settings[key] !== undefined);
  const [targetKey] = named;
  if (targetKey === undefined) {
    throw new ConfigError(
      'no server to test: set exactly one of stdio (--stdio "<command>"), url (--url <endpoint>) or sse (--sse <url>)',
      'stdio',
    );
  }
  if (named.length > 1) {
    const given = named.map((key) => `${key} (${origins.ofValue([key])})`).join(' and ');
    throw new ConfigError(`one server per run: ${given} are set; keep one`, named.join(', '));
  }

  if (targetKey === 'stdio' && settings.start !== undefined) {
    throw errorAt(
      ['start'],
      origins,
      'start launches an HTTP server for url or sse; with stdio, the stdio command is the server',
    );
  }
  if (targetKey === 'stdio' && Object.keys(settings.headers).length > 0) {
    throw errorAt(['headers'], origins, 'headers are sent to HTTP servers (url or sse), not over stdio');
  }
  if (targetKey !== 'stdio' && settings.start === undefined) {
    if (settings.cwd !== undefined || Object.keys(settings.env).length > 0) {
      const key = settings.cwd !== undefined ? 'cwd' : 'env';
      throw errorAt(
        [key],
        origins,
        `${key} applies to a launched server; with ${targetKey} alone nothing is launched (add start)`,
      );
    }
  }
  if (settings.quiet && settings.verbose) {
    throw errorAt(['verbose'], origins, 'quiet and verbose are both set; choose one');
  }

  if (targetKey === 'stdio') {
    return { config: { transport: 'stdio', launch: launchCommand('stdio', settings, runEnv, origins) }, secrets: [] };
  }
  const url = settings[targetKey] ?? '';
  const launch = settings.start === undefined ? undefined : launchCommand('start', settings, runEnv, origins);
  const { headers, secrets } = expandHeaders(settings.headers, runEnv, origins);
  return {
    config: { transport: targetKey === 'url' ? 'http' : 'sse', url, headers, ...(launch && { launch }) },
    secrets,
  };
}

function launchCommand(
  key: 'stdio' | 'start',
  settings: Settings,
  runEnv: NodeJS.ProcessEnv,
  origins: SettingsOrigins,
): LaunchCommand {
  const commandLine = settings[key] ?? '';
  const commandEnv = { ...runEnv, ...settings.env };
  let argv: string[];
  try {
    argv = splitCommandLine(commandLine, commandEnv);
  } catch (error) {
    if (error instanceof ConfigError) throw errorAt([key], origins, error.message);
    throw error;
  }
  const cwd = settings.cwd === undefined ? origins.baseDir(key) : path.resolve(origins.baseDir('cwd'), settings.cwd);
  return { commandLine, argv, cwd, env: settings.env };
}

const VARIABLE_REFERENCE = /\$(?:\$|\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** `$NAME` and `${NAME}` expand from the run's environment (`$$` is a literal `$`); the results are secrets. */
function expandHeaders(
  headers: Record<string, string>,
  runEnv: NodeJS.ProcessEnv,
  origins: SettingsOrigins,
): { headers: Record<string, string>; secrets: string[] } {
  const secrets = new Set<string>();
  const expanded: Record<string, string> = {};
  for (const [name, template] of Object.entries(headers)) {
    const value = template.replace(VARIABLE_REFERENCE, (reference, braced?: string, bare?: string) => {
      const variable = braced ?? bare;
      if (variable === undefined) return '$';
      const substituted = runEnv[variable];
      if (substituted === undefined) {
        throw errorAt(['headers', name], origins, `${reference} is not set in the environment`);
      }
      if (substituted !== '') secrets.add(substituted);
      return substituted;
    });
    if (/[\r\n]/.test(value)) {
      throw errorAt(['headers', name], origins, 'the expanded value spans several lines; a header value is one line');
    }
    expanded[name] = value;
    if (value !== '') secrets.add(value);
  }
  return { headers: expanded, secrets: [...secrets] };
}

// ---- small normalisations -----------------------------------------------------------------------------------------

function normaliseExpectedFailure(entry: Settings['expected-failures'][number]): ExpectedFailure {
  if (typeof entry === 'string') return { id: entry };
  return entry.versions === undefined ? { id: entry.id } : { id: entry.id, versions: entry.versions };
}

function toGlobPath(absolute: string): string {
  return absolute.split(path.sep).join('/');
}
