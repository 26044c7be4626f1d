/** Plain history entries for comparison tests: a run is a list of check statuses on a commit. */
import type { Status } from '../../src/model.js';
import type { BenchRecord, HistoryEntry } from '../../src/history/entry.js';

export interface RunSpec {
  commit?: string;
  checks?: Record<string, Status>;
  steps?: Record<string, Status>;
  bench?: BenchRecord[];
  toolVersion?: string;
  /** Per check id, a checker digest other than the default. */
  checkers?: Record<string, string>;
  fingerprint?: string;
  day?: number;
}

export function entry(spec: RunSpec): HistoryEntry {
  const toolVersion = spec.toolVersion ?? '1.0.0';
  return {
    provenance: {
      event: 'push',
      date: new Date(Date.UTC(2026, 0, 1 + (spec.day ?? 0))).toISOString(),
      ...(spec.commit !== undefined && { commit: spec.commit }),
    },
    stamp: { toolVersion, catalogueDigest: 'catalogue', serverFingerprint: spec.fingerprint ?? 'server-a' },
    target: { transport: 'stdio', command: 'node server.js' },
    server: { name: 'shop', version: '1.0.0' },
    bootOk: true,
    checks: Object.entries(spec.checks ?? {}).map(([id, status]) => ({
      id,
      protocolVersion: '2025-11-25',
      level: 'MUST' as const,
      status,
      digest: status,
      checker: spec.checkers?.[id] ?? `${id}|${toolVersion}`,
    })),
    flows: spec.steps
      ? [
          {
            name: 'checkout',
            status: Object.values(spec.steps).includes('fail') ? 'fail' : 'pass',
            steps: Object.entries(spec.steps).map(([id, status]) => ({ id, status, digest: status })),
          },
        ]
      : [],
    bench: spec.bench ?? [],
  };
}

/** A sequence of runs, one commit and one day each. */
export function runs(...specs: RunSpec[]): HistoryEntry[] {
  return specs.map((spec, index) => entry({ commit: `c${index}`, day: index, ...spec }));
}

/** A benchmark record whose samples are `base` plus a deterministic spread of ±1 ms. */
export function benchRecord(name: string, base: number, count = 100): BenchRecord {
  const samples = Array.from({ length: count }, (_, i) => base + ((i * 37) % 21) / 10 - 1);
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.floor(p * (count - 1))]!;
  return {
    name,
    concurrency: 1,
    count,
    errors: 0,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    mean: samples.reduce((a, b) => a + b, 0) / count,
    samples,
    budgets: [],
  };
}
