/**
 * The history file: a window of history entries as JSON, the form history travels in between runs (the workflow
 * artifact) and the form the stores exchange. Parsing validates every entry, so a foreign or damaged file is
 * reported with its name and the first thing wrong, never half-read.
 */
import { z } from 'zod';
import type { HistoryEntry } from './entry.js';
import { HISTORY_EVENTS } from './entry.js';

export const HISTORY_FILE_FORMAT = 'mcp-ci-history';
export const HISTORY_FILE_VERSION = 1;

const status = z.enum(['pass', 'fail', 'warn', 'skip']);
const level = z.enum(['MUST', 'SHOULD', 'MAY']);

const provenanceSchema = z.object({
  commit: z.string().optional(),
  ref: z.string().optional(),
  event: z.enum(HISTORY_EVENTS),
  runId: z.string().optional(),
  runAttempt: z.number().int().optional(),
  workflow: z.string().optional(),
  leg: z.string().optional(),
  date: z.string(),
});

const namedList = <T extends z.ZodRawShape>(shape: T) => z.array(z.looseObject(shape));

const interfaceSchema = z.object({
  capabilities: z.record(z.string(), z.unknown()),
  tools: namedList({ name: z.string() }),
  resources: namedList({ uri: z.string() }),
  resourceTemplates: namedList({ uriTemplate: z.string() }),
  prompts: namedList({
    name: z.string(),
    arguments: z.array(z.looseObject({ name: z.string(), required: z.boolean().optional() })).optional(),
  }),
});

export const historyEntrySchema = z.object({
  provenance: provenanceSchema,
  stamp: z.object({ toolVersion: z.string(), catalogueDigest: z.string(), serverFingerprint: z.string() }),
  target: z.object({
    transport: z.enum(['stdio', 'http', 'sse']),
    command: z.string().optional(),
    url: z.string().optional(),
  }),
  server: z.object({ name: z.string().optional(), version: z.string().optional() }),
  bootOk: z.boolean(),
  outcome: z.enum(['passed', 'failed', 'config-error', 'boot-error', 'internal-error']).optional(),
  checks: z.array(
    z.object({
      id: z.string(),
      protocolVersion: z.string(),
      level,
      status,
      digest: z.string(),
      checker: z.string(),
    }),
  ),
  flows: z.array(
    z.object({
      name: z.string(),
      status,
      error: z.string().optional(),
      steps: z.array(z.object({ id: z.string(), status, digest: z.string() })),
    }),
  ),
  bench: z.array(
    z.object({
      name: z.string(),
      concurrency: z.number(),
      count: z.number(),
      errors: z.number(),
      p50: z.number(),
      p95: z.number(),
      p99: z.number(),
      mean: z.number(),
      samples: z.array(z.number()),
      budgets: z.array(z.object({ name: z.string(), status })),
    }),
  ),
  interface: interfaceSchema.optional(),
});

const historyFileSchema = z.object({
  format: z.literal(HISTORY_FILE_FORMAT),
  version: z.number().int(),
  entries: z.array(z.unknown()),
});

export class HistoryFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HistoryFileError';
  }
}

/** Entries oldest first. Throws a HistoryFileError naming `sourceName` and what is wrong. */
export function parseHistoryFile(text: string, sourceName: string): HistoryEntry[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new HistoryFileError(`${sourceName} is not an mcp-ci history file: ${(error as Error).message}`);
  }
  const file = historyFileSchema.safeParse(json);
  if (!file.success) {
    throw new HistoryFileError(
      `${sourceName} is not an mcp-ci history file (expected {"format": "${HISTORY_FILE_FORMAT}", "version", "entries"}): ${describeIssue(file.error.issues[0])}`,
    );
  }
  if (file.data.version > HISTORY_FILE_VERSION) {
    throw new HistoryFileError(
      `${sourceName} is history format version ${file.data.version}, newer than this mcp-ci reads (${HISTORY_FILE_VERSION}); update mcp-ci`,
    );
  }
  return file.data.entries.map((raw, index) => {
    const entry = historyEntrySchema.safeParse(raw);
    if (!entry.success) {
      throw new HistoryFileError(`${sourceName}: entry ${index} is damaged: ${describeIssue(entry.error.issues[0])}`);
    }
    return entry.data as HistoryEntry;
  });
}

export function serializeHistoryFile(entries: readonly HistoryEntry[]): string {
  return JSON.stringify({ format: HISTORY_FILE_FORMAT, version: HISTORY_FILE_VERSION, entries });
}

/** The window after this run: the last `window` entries, `entry` the newest. */
export function appendToWindow(entries: readonly HistoryEntry[], entry: HistoryEntry, window: number): HistoryEntry[] {
  return [...entries, entry].slice(-Math.max(1, window));
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid';
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'top level';
  return `${where}: ${issue.message}`;
}
