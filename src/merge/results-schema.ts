/**
 * The shape of results.json as the merge reads it. A leg's folder comes from another job (often downloaded as an
 * artifact), so it is validated before anything is rendered from it: a field missing or of the wrong type is an
 * error that names the field, not a crash in a renderer. Objects are loose, since results.json may gain fields.
 */
import { z } from 'zod';
import { SCHEMA_VERSION, SECTIONS } from '../model.js';
import type { RunResult } from '../model.js';

const status = z.enum(['pass', 'fail', 'warn', 'skip']);
const level = z.enum(['MUST', 'SHOULD', 'MAY']);
const transport = z.enum(['stdio', 'http', 'sse', 'memory']);
const count = z.number().int().min(0);

const evidence = z.looseObject({
  sent: z.unknown().optional(),
  received: z.unknown().optional(),
  note: z.string().optional(),
});

const check = z.looseObject({
  id: z.string(),
  title: z.string(),
  section: z.enum(SECTIONS),
  level,
  status,
  message: z.string(),
  protocolVersion: z.string(),
  transport,
  spec: z.looseObject({ version: z.string(), url: z.string() }),
  rule: z.string().optional(),
  requirements: z.array(z.string()),
  durationMs: z.number(),
  evidence: evidence.optional(),
  policy: z
    .looseObject({
      expectedFailure: z.boolean().optional(),
      staleExpectedFailure: z.boolean().optional(),
      skippedByConfig: z.string().optional(),
    })
    .optional(),
});

const flowStep = z.looseObject({
  id: z.string(),
  kind: z.string(),
  status,
  message: z.string(),
  durationMs: z.number(),
  line: z.number().optional(),
  repeats: z.looseObject({ total: count, passed: count }).optional(),
  flaky: z.boolean().optional(),
  expected: z.unknown().optional(),
  actual: z.unknown().optional(),
});

const flow = z.looseObject({
  name: z.string(),
  file: z.string(),
  status,
  durationMs: z.number(),
  steps: z.array(flowStep),
  error: z.string().optional(),
});

const stats = z.looseObject({
  count,
  errors: count,
  min: z.number(),
  p50: z.number(),
  p90: z.number(),
  p95: z.number(),
  p99: z.number(),
  max: z.number(),
  mean: z.number(),
  stddev: z.number(),
  throughput: z.number(),
});

const bench = z.looseObject({
  name: z.string(),
  concurrency: z.number(),
  stats,
  samples: z.array(z.number()),
  budgets: z.array(z.looseObject({ name: z.string(), limit: z.number(), actual: z.number(), status })).optional(),
  comparison: z
    .looseObject({
      baselineP50: z.number(),
      baselineP95: z.number(),
      p50ChangePct: z.number(),
      p95ChangePct: z.number(),
      verdict: z.enum(['faster', 'same', 'slower']),
      regression: z.boolean(),
      pValue: z.number().optional(),
    })
    .optional(),
  note: z.string().optional(),
});

export const runResultSchema = z.looseObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.looseObject({ name: z.string(), version: z.string() }),
  leg: z.string().optional(),
  target: z.looseObject({ transport, command: z.string().optional(), url: z.string().optional() }),
  server: z.looseObject({
    name: z.string().optional(),
    version: z.string().optional(),
    protocolVersion: z.string().optional(),
    acceptedVersions: z.array(z.string()).optional(),
    capabilities: z.record(z.string(), z.unknown()).optional(),
    instructions: z.string().optional(),
  }),
  boot: z.looseObject({
    ok: z.boolean(),
    ms: z.number(),
    exitCode: z.number().nullable().optional(),
    signal: z.string().nullable().optional(),
    error: z.string().optional(),
    stderrTail: z.string().optional(),
  }),
  checks: z.array(check),
  flows: z.array(flow),
  bench: z.array(bench),
  summary: z.looseObject({ pass: count, fail: count, warn: count, skip: count }),
  startedAt: z.string(),
  durationMs: z.number(),
  outcome: z.enum(['passed', 'failed', 'config-error', 'boot-error', 'internal-error']).optional(),
  error: z.string().optional(),
});

/** The parsed result, or the first problems found, each as `path: what is wrong`. */
export function parseRunResult(data: unknown): { result: RunResult } | { problems: string[] } {
  const parsed = runResultSchema.safeParse(data);
  if (parsed.success) return { result: parsed.data as RunResult };
  return {
    problems: parsed.error.issues.slice(0, 3).map((issue) => {
      const path = issue.path.map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`)).join('');
      return `${path.replace(/^\./, '') || '(top level)'}: ${issue.message}`;
    }),
  };
}
