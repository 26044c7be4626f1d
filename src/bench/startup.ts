/**
 * Start-up figures: how long a fresh server process takes from spawn to the end of the initialize handshake
 * (cold start), and to the answer of its first tools/list. Measured on sessions that each start their own
 * process (stdio), so the figures cannot include a warm server.
 */
import type { BenchResult } from '../model.js';
import { MODERN_VERSION } from '../model.js';
import type { Connection } from '../wire/types.js';
import { STARTUP_FIRST_TOOLS_LIST, STARTUP_INITIALIZE } from './operations.js';
import { keptSamples } from './samples.js';
import { summarize } from './stats.js';

/** Cold starts are slow (hundreds of ms for an interpreted server); a handful keeps the benchmark short. */
export const STARTUP_RUNS = 5;

export interface StartupOptions {
  runs: number;
  /** No new process is started once this much time has passed. */
  maxDurationMs: number;
  /** Whether the server lists tools (the second figure is measured only then). */
  listsTools: boolean;
}

export type SpawnSession = (options?: { label?: string }) => Promise<Connection>;

export async function measureStartup(spawnSession: SpawnSession, options: StartupOptions): Promise<BenchResult[]> {
  const initialize: number[] = [];
  const firstList: number[] = [];
  let initializeErrors = 0;
  let listErrors = 0;
  let firstError: string | undefined;
  /** What readiness was: the initialize handshake, or server/discover for a 2026-07-28 session. */
  let readiness = 'the initialize handshake';
  const deadline = performance.now() + options.maxDurationMs;

  for (let run = 0; run < options.runs && performance.now() < deadline; run++) {
    const start = performance.now();
    let connection: Connection;
    try {
      connection = await spawnSession({ label: `bench:startup#${run + 1}` });
    } catch (error) {
      initializeErrors++;
      listErrors++;
      firstError ??= error instanceof Error ? error.message : String(error);
      continue;
    }
    initialize.push(performance.now() - start);
    if (connection.protocolVersion === MODERN_VERSION) readiness = 'its server/discover answer';
    try {
      if (options.listsTools) {
        const outcome = await connection.request('tools/list', undefined, { timeoutMs: options.maxDurationMs });
        if (outcome.ok) firstList.push(performance.now() - start);
        else {
          listErrors++;
          firstError ??= `tools/list: JSON-RPC error ${outcome.error.code}: ${outcome.error.message}`;
        }
      }
    } catch (error) {
      listErrors++;
      firstError ??= error instanceof Error ? error.message : String(error);
    } finally {
      await connection.close();
    }
  }

  const failed = firstError ? `; first failure: ${firstError}` : '';
  const results: BenchResult[] = [
    {
      name: STARTUP_INITIALIZE,
      concurrency: 1,
      stats: summarize(initialize, initializeErrors, 0),
      samples: keptSamples(initialize),
      note: `cold start: spawn of a fresh server process to the end of ${readiness}, ${initialize.length} runs${failed}`,
    },
  ];
  if (options.listsTools) {
    results.push({
      name: STARTUP_FIRST_TOOLS_LIST,
      concurrency: 1,
      stats: summarize(firstList, listErrors, 0),
      samples: keptSamples(firstList),
      note: `spawn of a fresh server process to the answer of its first tools/list, ${firstList.length} runs${failed}`,
    });
  }
  return results;
}
