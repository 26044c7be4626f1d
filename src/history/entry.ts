/**
 * A history entry: one run's results reduced to what comparing it with later runs needs, plus where it came from
 * (provenance) and what measured it (the comparability stamp). Pure: built from a RunResult and plain data, so the
 * stores and the comparison can be tested without a server.
 */
import { createHash } from 'node:crypto';
import type { BenchResult, Level, RunResult, ServerInterface, Status } from '../model.js';
import { keptSamples } from '../bench/samples.js';

/** What started the run: the GitHub event, or `local` for a run on someone's machine. */
export const HISTORY_EVENTS = ['push', 'pull_request', 'schedule', 'workflow_dispatch', 'local'] as const;
export type HistoryEvent = (typeof HISTORY_EVENTS)[number];

export interface Provenance {
  /** Commit sha, when the run happened in a repository with a commit. */
  commit?: string;
  /** Branch or ref (`refs/heads/main`, `refs/pull/7/merge`), when known. */
  ref?: string;
  event: HistoryEvent;
  runId?: string;
  runAttempt?: number;
  workflow?: string;
  /** Matrix leg, or the `comment-id` that tells legs apart. */
  leg?: string;
  /** When the run started (ISO 8601). */
  date: string;
}

/** What measured the run. Two entries whose stamps differ are compared with that in mind (checker changed). */
export interface ComparabilityStamp {
  toolVersion: string;
  /** Digest of the whole check catalogue (ids, levels, versions). */
  catalogueDigest: string;
  /** Digest of the server's name, version, capabilities and listed interface. */
  serverFingerprint: string;
}

export interface CheckRecord {
  id: string;
  protocolVersion: string;
  level: Level;
  status: Status;
  /** Digest of the message, so a changed reason for the same status can be seen without storing the text. */
  digest: string;
  /** Digest of the check's definition (id, level, versions) as this mcp-ci version ran it. */
  checker: string;
}

export interface StepRecord {
  id: string;
  status: Status;
  digest: string;
}

export interface FlowRecord {
  name: string;
  status: Status;
  /** Set when the flow file could not be loaded. */
  error?: string;
  steps: StepRecord[];
}

export interface BenchRecord {
  name: string;
  concurrency: number;
  count: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  /** Raw samples, capped: enough for the rank-sum test of src/bench/significance.ts. */
  samples: number[];
  budgets: { name: string; status: Status }[];
}

export interface HistoryEntry {
  provenance: Provenance;
  stamp: ComparabilityStamp;
  target: RunResult['target'];
  server: { name?: string; version?: string };
  bootOk: boolean;
  outcome?: RunResult['outcome'];
  checks: CheckRecord[];
  flows: FlowRecord[];
  bench: BenchRecord[];
  interface?: ServerInterface;
}

/** The catalogue as the stamp needs it; CATALOGUE entries fit. */
export interface CheckDefinitionStamp {
  id: string;
  level: Level;
  versions: readonly string[];
}

/** Samples kept per operation in history: the rank-sum test needs a few hundred at most. */
export const HISTORY_SAMPLES = 200;

export function toHistoryEntry(
  result: RunResult,
  provenance: Provenance,
  catalogue: readonly CheckDefinitionStamp[],
): HistoryEntry {
  const toolVersion = result.tool.version;
  const checkers = new Map(catalogue.map((check) => [check.id, checkerDigest(check, toolVersion)]));
  return {
    provenance,
    stamp: {
      toolVersion,
      catalogueDigest: catalogueDigest(catalogue),
      serverFingerprint: serverFingerprint(result),
    },
    target: result.target,
    server: {
      ...(result.server.name !== undefined && { name: result.server.name }),
      ...(result.server.version !== undefined && { version: result.server.version }),
    },
    bootOk: result.boot.ok,
    ...(result.outcome !== undefined && { outcome: result.outcome }),
    checks: result.checks.map((check) => ({
      id: check.id,
      protocolVersion: check.protocolVersion,
      level: check.level,
      status: check.status,
      digest: digest(check.message),
      checker: checkers.get(check.id) ?? digest(`${check.id}|${check.level}|${toolVersion}`),
    })),
    flows: result.flows.map((flow) => ({
      name: flow.name,
      status: flow.status,
      ...(flow.error !== undefined && { error: flow.error }),
      steps: flow.steps.map((step) => ({ id: step.id, status: step.status, digest: digest(step.message) })),
    })),
    bench: result.bench.map(toBenchRecord),
    ...(result.interface !== undefined && { interface: result.interface }),
  };
}

function toBenchRecord(bench: BenchResult): BenchRecord {
  const { stats } = bench;
  return {
    name: bench.name,
    concurrency: bench.concurrency,
    count: stats.count,
    errors: stats.errors,
    p50: stats.p50,
    p95: stats.p95,
    p99: stats.p99,
    mean: stats.mean,
    samples: keptSamples(bench.samples, HISTORY_SAMPLES),
    budgets: (bench.budgets ?? []).map((budget) => ({ name: budget.name, status: budget.status })),
  };
}

/** Runs of one target are compared with each other only: the same transport and command or URL. */
export function targetKey(target: RunResult['target']): string {
  return `${target.transport} ${target.url ?? target.command ?? ''}`;
}

export function catalogueDigest(catalogue: readonly CheckDefinitionStamp[]): string {
  return digest(
    canonicalJson(
      [...catalogue].sort(byId).map((check) => ({ id: check.id, level: check.level, versions: check.versions })),
    ),
  );
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A check's definition under one mcp-ci version: a new release may judge the same rule differently. */
export function checkerDigest(check: CheckDefinitionStamp, toolVersion: string): string {
  return digest(canonicalJson({ id: check.id, level: check.level, versions: check.versions, toolVersion }));
}

export function serverFingerprint(result: Pick<RunResult, 'server' | 'interface'>): string {
  return digest(
    canonicalJson({
      name: result.server.name ?? null,
      version: result.server.version ?? null,
      capabilities: result.server.capabilities ?? null,
      interface: result.interface ? interfaceDigest(result.interface) : null,
    }),
  );
}

export function interfaceDigest(serverInterface: ServerInterface): string {
  return digest(canonicalJson(serverInterface));
}

/** A short sha-256: 64 bits tell a few thousand runs' messages apart with room to spare. */
export function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** JSON with object keys sorted, so equal values always digest equally whatever order a server sent keys in. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, item]) => item !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
}
