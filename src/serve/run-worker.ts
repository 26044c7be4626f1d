/**
 * The child process one run lives in. `mcp-ci serve` starts it (the CLI itself, with RUN_WORKER_ARG) for every run,
 * so that stopping a run is ending a process: the exit hook of src/target/process.ts then kills every server group
 * the run started, and no half-finished run can leave state in the server that serves the client.
 */
import type { Config } from '../config/config.js';
import type { RunEvent } from '../events.js';
import { run } from '../run.js';

export const RUN_WORKER_ARG = '--mcp-ci-run-worker';

export type WorkerRequest = { type: 'start'; config: Config };
export type WorkerMessage = { type: 'event'; event: RunEvent } | { type: 'error'; message: string };

/** Waits for the Config from the parent, runs it and reports every event; resolves with the exit code. */
export function runWorker(): Promise<number> {
  const send = (message: WorkerMessage) =>
    new Promise<void>((resolve) => process.send!(message, undefined, {}, () => resolve()));
  // The parent went away (its client hung up, it crashed): nobody wants this run any more.
  process.once('disconnect', () => process.exit(143));
  return new Promise((resolve) => {
    process.once('message', (request: WorkerRequest) => {
      const events: Promise<void>[] = [];
      run(request.config, { emit: (event) => events.push(send({ type: 'event', event })) })
        .then(async () => {
          await Promise.all(events);
          resolve(0);
        })
        .catch(async (error: unknown) => {
          await Promise.all(events);
          await send({
            type: 'error',
            message: error instanceof Error ? (error.stack ?? error.message) : String(error),
          });
          resolve(4);
        });
    });
  });
}
