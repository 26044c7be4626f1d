/**
 * The runs `mcp-ci serve` started: each in a worker process of its own (run-worker.ts), at most one at a time per
 * target and per history file (two runs writing one SQLite file would lose one of them), each bounded by the run
 * timeout. Cancelling or timing out a run ends its worker, and with it every process the run started.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { Config } from '../config/config.js';
import type { RunEvent } from '../events.js';
import type { RunResult } from '../model.js';
import { advance, NO_PROGRESS, type ProgressUpdate, type RunProgress } from './progress.js';
import { RUN_WORKER_ARG, type WorkerMessage, type WorkerRequest } from './run-worker.js';
import type { Suite } from './targets.js';

export type RunStatus = 'running' | NonNullable<RunResult['outcome']> | 'cancelled' | 'timed-out';

export interface RunRecord {
  id: string;
  target: string;
  suite: Suite;
  status: RunStatus;
  startedAt: string;
  endedAt?: string;
  /** The folder holding this run's report.md and results.json. */
  outDir: string;
  progress: RunProgress;
  result?: RunResult;
  /** Why the run ended without a result of its own. */
  error?: string;
}

export interface StartedRun {
  record: RunRecord;
  /** Settles when the worker has exited: every process of the run is gone by then. */
  done: Promise<RunRecord>;
  cancel(why: 'cancelled' | 'timed-out'): void;
}

/** A run asked for while another run holds the target or its history file. */
export class RunBusyError extends Error {}

export interface RunRegistryOptions {
  /** The script the worker runs: the CLI itself. */
  workerScript: string;
  runTimeoutMs: number;
  /** How many finished runs are kept for run_status and the resources. */
  keep?: number;
}

/** How long a worker gets to end its servers after SIGTERM before it is killed outright. */
const STOP_GRACE_MS = 5_000;
const STDERR_KEPT = 4_000;
const CHANNEL_DRAIN_MS = 2_000;

export class RunRegistry {
  private readonly runs = new Map<string, RunRecord>();
  /** Target names and history files of the runs going on. */
  private readonly busy = new Map<string, string>();

  constructor(private readonly options: RunRegistryOptions) {}

  get(id: string): RunRecord | undefined {
    return this.runs.get(id);
  }

  /** Newest first. */
  list(): RunRecord[] {
    return [...this.runs.values()].reverse();
  }

  static newId(): string {
    return `${new Date().toISOString().replace(/[-:.]/g, '').slice(0, 15)}-${randomBytes(3).toString('hex')}`;
  }

  start(
    id: string,
    target: string,
    suite: Suite,
    config: Config,
    onUpdate: (update: ProgressUpdate, record: RunRecord) => void,
  ): StartedRun {
    const locks = [`target ${target}`, ...(config.historyPath ? [`history ${config.historyPath}`] : [])];
    for (const lock of locks) {
      const holder = this.busy.get(lock);
      if (holder !== undefined) {
        throw new RunBusyError(
          `run ${holder} is still going on for ${lock === locks[0] ? `target "${target}"` : `the same history file`}; ` +
            `one run at a time: wait for it (run_status) or cancel it`,
        );
      }
    }
    for (const lock of locks) this.busy.set(lock, id);
    const record: RunRecord = {
      id,
      target,
      suite,
      status: 'running',
      startedAt: new Date().toISOString(),
      outDir: config.outDir,
      progress: { ...NO_PROGRESS },
    };
    this.runs.set(id, record);
    this.forget();

    const worker = fork(this.options.workerScript, [RUN_WORKER_ARG], {
      cwd: process.cwd(),
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    worker.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_KEPT)));
    let stopping: 'cancelled' | 'timed-out' | undefined;
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'error') record.error = message.message;
      else this.onEvent(record, message.event, onUpdate);
    });
    // A worker that cannot be reached any more is ended by the exit wait below.
    worker.on('error', () => {});
    worker.send({ type: 'start', config } satisfies WorkerRequest);
    const timer = setTimeout(() => cancel('timed-out'), this.options.runTimeoutMs);
    timer.unref();

    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      worker.once('exit', (code, signal) => resolve([code, signal])),
    );
    // Messages still in the channel are delivered before 'disconnect'; 'exit' alone can come first. A channel that
    // never reports its end gets a moment after the exit, not forever.
    const disconnected = new Promise<void>((resolve) => worker.once('disconnect', resolve));
    const settled = exited.then(async (exit) => {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([disconnected, new Promise((resolve) => (timer = setTimeout(resolve, CHANNEL_DRAIN_MS)))]);
      clearTimeout(timer);
      return exit;
    });
    const done = new Promise<RunRecord>((resolve) => {
      void settled.then(([code, signal]) => {
        clearTimeout(timer);
        for (const lock of locks) this.busy.delete(lock);
        record.endedAt = new Date().toISOString();
        if (stopping) {
          record.status = stopping;
          record.error =
            stopping === 'cancelled'
              ? 'the client cancelled the run'
              : `the run took longer than ${Math.round(this.options.runTimeoutMs / 1000)} s (--run-timeout)`;
        } else if (record.result?.outcome) {
          record.status = record.result.outcome;
        } else {
          record.status = 'internal-error';
          record.error ??= `the run ended without a result (exit ${code ?? signal})${stderr ? `: ${stderr}` : ''}`;
        }
        resolve(record);
      });
    });

    const cancel = (why: 'cancelled' | 'timed-out') => {
      if (stopping || record.status !== 'running') return;
      stopping = why;
      stopWorker(worker);
    };
    return { record, done, cancel };
  }

  private onEvent(
    record: RunRecord,
    event: RunEvent,
    onUpdate: (update: ProgressUpdate, record: RunRecord) => void,
  ): void {
    if (event.type === 'run:done') record.result = event.result;
    onUpdate(advance(record.progress, event), record);
  }

  /** Drops the oldest finished runs beyond `keep`. */
  private forget(): void {
    const keep = this.options.keep ?? 50;
    const finished = [...this.runs.values()].filter((run) => run.status !== 'running');
    for (const run of finished.slice(0, Math.max(0, this.runs.size - keep))) this.runs.delete(run.id);
  }
}

/** SIGTERM makes the worker exit through its exit hook, which kills the run's servers; SIGKILL if it hangs. */
function stopWorker(worker: ChildProcess): void {
  worker.kill('SIGTERM');
  const force = setTimeout(() => worker.kill('SIGKILL'), STOP_GRACE_MS);
  force.unref();
  worker.once('exit', () => clearTimeout(force));
}
