/**
 * Finds and ends every process descended from a server we started, by the marker variable we put in its
 * environment. A child that calls setsid (or is spawned detached) leaves the server's process group, so a signal to
 * the group misses it; its environment still carries the marker, which no process outside the run can have.
 *
 * Linux only: the environments are read from /proc/<pid>/environ. Elsewhere there is no /proc, the scan finds
 * nothing and teardown relies on the process group alone (detached descendants may then survive the run).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';

/** The variable set in every server's environment; its value is unique per process we start. */
export const MARKER_VARIABLE = 'MCP_CI_SERVER_MARKER';

/** How long marked processes get between SIGTERM and SIGKILL. */
const TERM_GRACE_MS = 1_000;
const POLL_MS = 50;

export function newMarker(): string {
  return `${process.pid}-${randomUUID()}`;
}

function needle(marker: string): Buffer {
  return Buffer.from(`${MARKER_VARIABLE}=${marker}\0`);
}

function numericEntries(entries: string[]): number[] {
  return entries.filter((entry) => /^\d+$/.test(entry)).map(Number);
}

/** The ids of the running processes whose environment holds `marker` (never this process itself). */
export async function markedPids(marker: string): Promise<number[]> {
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return [];
  }
  const wanted = needle(marker);
  const found = await Promise.all(
    numericEntries(entries).map(async (pid) => {
      if (pid === process.pid) return undefined;
      try {
        return (await readFile(`/proc/${pid}/environ`)).includes(wanted) ? pid : undefined;
      } catch {
        // Gone meanwhile, or another user's process: not ours either way.
        return undefined;
      }
    }),
  );
  return found.filter((pid): pid is number => pid !== undefined);
}

function markedPidsSync(marker: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return [];
  }
  const wanted = needle(marker);
  return numericEntries(entries).filter((pid) => {
    if (pid === process.pid) return false;
    try {
      return readFileSync(`/proc/${pid}/environ`).includes(wanted);
    } catch {
      return false;
    }
  });
}

function signal(pids: number[], name: NodeJS.Signals): void {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // Already gone.
    }
  }
}

/**
 * SIGTERM every process carrying `marker`, then SIGKILL the ones still there after a grace period. Each pid is
 * looked up again before each signal, so an id the system has meanwhile given to another process is never hit.
 */
export async function endMarkedProcesses(marker: string): Promise<number[]> {
  const found = await markedPids(marker);
  if (found.length === 0) return [];
  signal(found, 'SIGTERM');
  const deadline = Date.now() + TERM_GRACE_MS;
  let remaining = await markedPids(marker);
  while (remaining.length > 0 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    remaining = await markedPids(marker);
  }
  signal(remaining, 'SIGKILL');
  return found;
}

/** For the process 'exit' hook, which cannot wait: SIGKILL every process carrying `marker`. */
export function killMarkedProcessesSync(marker: string): void {
  signal(markedPidsSync(marker), 'SIGKILL');
}
