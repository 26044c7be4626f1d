/**
 * Snapshots: a step's result stored as JSON under the snapshot folder and compared on later runs. Volatile values
 * are redacted by JSONPath first. A missing snapshot is written and reported as a warning, never a silent pass.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, posix, relative, sep } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { diffValues } from './format.js';
import { replaceAt } from './json-path.js';

export const REDACTED = '[redacted]';

export interface SnapshotVerdict {
  status: 'pass' | 'fail' | 'warn';
  message: string;
  expected?: unknown;
  actual?: unknown;
}

/** `<dir>/<flow file name without extension>/<step id>.json`. */
export function snapshotPath(snapshotDir: string, flowFile: string, stepId: string): string {
  return join(snapshotDir, posix.basename(flowFile).replace(/\.ya?ml$/, ''), `${stepId}.json`);
}

/** The value as stored: volatile paths redacted, keys sorted so the file diffs cleanly. */
export function snapshotValue(value: unknown, redact: readonly string[]): unknown {
  return sortKeys(redact.length > 0 ? replaceAt(value, redact, REDACTED) : value);
}

export async function checkSnapshot(file: string, value: unknown, update: boolean): Promise<SnapshotVerdict> {
  const stored = await readStored(file);
  const shown = displayPath(file);
  if (stored.state === 'unreadable') {
    return {
      status: 'fail',
      message: `snapshot ${shown} is not valid JSON (${stored.reason}); fix it or run with --update-snapshots`,
    };
  }
  if (stored.state === 'present' && isDeepStrictEqual(stored.value, value)) {
    return { status: 'pass', message: `matches snapshot ${shown}` };
  }
  if (stored.state === 'present' && !update) {
    return {
      status: 'fail',
      message: `differs from snapshot ${shown} (run with --update-snapshots to accept)\n${diffValues(stored.value, value)}`,
      expected: stored.value,
      actual: value,
    };
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(value, null, 2)}\n`);
  if (stored.state === 'present') return { status: 'pass', message: `snapshot ${shown} updated` };
  return update
    ? { status: 'pass', message: `snapshot ${shown} written` }
    : { status: 'warn', message: `no snapshot existed, so one was written to ${shown}: review and commit it` };
}

/** Reports name the file relative to the working directory when it lies inside it. */
function displayPath(file: string): string {
  const shown = relative(process.cwd(), file);
  return shown.startsWith('..') || isAbsolute(shown) ? file : shown.split(sep).join('/');
}

type Stored = { state: 'missing' } | { state: 'present'; value: unknown } | { state: 'unreadable'; reason: string };

async function readStored(file: string): Promise<Stored> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    throw error;
  }
  try {
    return { state: 'present', value: JSON.parse(text) as unknown };
  } catch (error) {
    return { state: 'unreadable', reason: (error as Error).message };
  }
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
  );
}
