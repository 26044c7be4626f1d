/**
 * Builds the runnable example server and the fault fixture once before the tests, so tests start them as plain
 * `node .build/...mjs` processes.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export default async function buildExamples(): Promise<void> {
  const script = fileURLToPath(new URL('../scripts/build-examples.mjs', import.meta.url));
  await promisify(execFile)(process.execPath, [script], { timeout: 60_000 });
}
