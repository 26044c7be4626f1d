/**
 * The one settings schema. Action inputs, CLI flags and mcp-ci.yml all speak these kebab-case keys, are merged
 * (file < inputs/flags) and validated here, so an error names the same key whatever the source.
 */
import { z } from 'zod';
import { PROTOCOL_VERSIONS } from '../model.js';

const positiveInt = z.number().int().positive();

/** YAML reads `PORT: 8080` as a number; an environment or header value is text either way. */
const textValue = z.union([z.string(), z.number(), z.boolean()]).transform(String);

const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http:// or https:// URL' });

/** RFC 9110 field-name (token) characters. */
const headerName = z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'expected an HTTP header name');

const toolArguments = z.record(z.string(), z.unknown());

export const toolCallSchema = z.strictObject({
  name: z.string().min(1),
  arguments: toolArguments.default({}),
});

const expectedFailureSchema = z.union([
  z.string().min(1),
  z.strictObject({ id: z.string().min(1), versions: z.array(z.string()).optional() }),
]);

const skipCheckSchema = z.strictObject({ id: z.string().min(1), reason: z.string().min(1) });

export const benchCallSchema = z.strictObject({
  tool: z.string().min(1),
  arguments: toolArguments.default({}),
  name: z.string().min(1).optional(),
  'max-p95-ms': z.number().positive().optional(),
  'max-p99-ms': z.number().positive().optional(),
  'min-throughput': z.number().positive().optional(),
});

const budgetSchema = z.strictObject({
  'max-p95-ms': z.number().positive().optional(),
  'max-p99-ms': z.number().positive().optional(),
  'min-throughput': z.number().positive().optional(),
});

export const benchSettingsSchema = z.strictObject({
  iterations: positiveInt.default(200),
  warmup: z.number().int().min(0).default(20),
  /** Hard cap per operation and concurrency level, so a benchmark always ends. */
  'max-duration-ms': positiveInt.default(5_000),
  concurrency: z.array(positiveInt).min(1).default([1]),
  calls: z.array(benchCallSchema).default([]),
  /** Budgets for the built-in operations, keyed by operation name (`ping`, `tools/list`, ...). */
  budgets: z.record(z.string(), budgetSchema).default({}),
  'regression-threshold-pct': z.number().positive().default(20),
  'regression-min-ms': z.number().min(0).default(1),
});

export const settingsSchema = z.strictObject({
  // Target
  stdio: z.string().min(1).optional(),
  cwd: z.string().min(1).optional(),
  env: z.record(z.string().regex(/^[^=\0]+$/, 'expected a variable name without "="'), textValue).default({}),
  url: httpUrl.optional(),
  start: z.string().min(1).optional(),
  sse: httpUrl.optional(),
  headers: z.record(headerName, textValue.pipe(z.string().regex(/^[^\r\n]*$/, 'must be one line'))).default({}),
  'boot-timeout': z.number().positive().default(30),
  // Run
  out: z.string().min(1).default('mcp-ci-report'),
  'protocol-version': z.enum(PROTOCOL_VERSIONS).optional(),
  'timeout-ms': positiveInt.default(10_000),
  conformance: z.boolean().default(true),
  quick: z.boolean().default(false),
  // Conformance policy
  'call-tools': z.enum(['none', 'read-only', 'all']).default('read-only'),
  tools: z.array(toolCallSchema).default([]),
  'progress-tool': z.string().min(1).optional(),
  'tool-budget-ms': positiveInt.default(500),
  strict: z.boolean().default(false),
  'expected-failures': z.array(expectedFailureSchema).default([]),
  'skip-checks': z.array(skipCheckSchema).default([]),
  // Flows
  flows: z.array(z.string().min(1)).default(['.mcp-ci/flows/*.yml', '.mcp-ci/flows/*.yaml']),
  'update-snapshots': z.boolean().default(false),
  // Benchmarks: absent means "do not benchmark" unless --bench is given.
  bench: benchSettingsSchema.optional(),
  baseline: z.string().min(1).optional(),
  // History: each run compared with the runs before it (docs/history.md).
  history: z.string().min(1).default('.mcp-ci/history.db'),
  'history-window': positiveInt.default(30),
  flaky: z.enum(['warn', 'fail', 'ignore']).default('warn'),
  'interface-changes': z.enum(['report', 'fail-on-breaking']).default('report'),
  // Reporting
  comment: z.enum(['sticky', 'off']).default('sticky'),
  'comment-id': z
    .string()
    .regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, ".", "_" or "-" only')
    .default('default'),
  quiet: z.boolean().default(false),
  verbose: z.boolean().default(false),
});

export type Settings = z.output<typeof settingsSchema>;
/** What every unset key becomes; the help text and the action input descriptions quote it. */
export const SETTINGS_DEFAULTS: Settings = settingsSchema.parse({});
export type SettingsInput = z.input<typeof settingsSchema>;
export type BenchSettings = z.output<typeof benchSettingsSchema>;
export type ToolCallSetting = z.output<typeof toolCallSchema>;
