/**
 * Whether starting the server is CPU work, read from Linux's /proc after the boot. The engine uses it to decide
 * whether the processes it starts should take turns: servers that compute while they start (loading modules,
 * compiling) slow each other down on a runner's few cores, while servers that wait while they start (a container,
 * a database connection) lose nothing by starting together. Elsewhere, or when /proc cannot be read, the answer is
 * unknown and processes start together, as they always did.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** USER_HZ: the unit of /proc's CPU times, 100 on every Linux architecture Node runs on. */
const TICKS_PER_SECOND = 100;

/** Below this share of its boot spent on the CPU, a server waited rather than computed while it started. */
export const CPU_BOUND_SHARE = 0.25;

/** Descendants deeper than this are left out: a launcher's wrappers (npx, a shell, uv) are a few levels at most. */
const MAX_DEPTH = 8;

/**
 * Whether the process tree under `pid` spent at least CPU_BOUND_SHARE of `bootMs` on the CPU; undefined when this
 * cannot be read.
 */
export function startsOnCpu(pid: number | undefined, bootMs: number): boolean | undefined {
  if (pid === undefined || process.platform !== 'linux' || bootMs <= 0) return undefined;
  try {
    return (treeTicks(pid, 0) * 1000) / TICKS_PER_SECOND >= bootMs * CPU_BOUND_SHARE;
  } catch {
    return undefined;
  }
}

function treeTicks(pid: number, depth: number): number {
  let ticks = cpuTicksOf(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  if (depth === MAX_DEPTH) return ticks;
  for (const child of childrenOf(pid)) {
    try {
      ticks += treeTicks(child, depth + 1);
    } catch {
      // It exited between the two reads; its time is in its parent's reaped-children fields, or lost with it.
    }
  }
  return ticks;
}

/** A kernel built without `children` files (CONFIG_PROC_CHILDREN) gives none: the process's own time still counts. */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/**
 * The CPU time in a `/proc/<pid>/stat` line, in ticks: the process's own (utime, stime) and its reaped children's
 * (cutime, cstime), fields 14 to 17. The command name (field 2) is in parentheses and may hold spaces, so fields
 * are counted from its closing parenthesis.
 */
export function cpuTicksOf(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3, so field n is fields[n - 3].
  const ticks = [11, 12, 13, 14].map((i) => Number(fields[i]));
  if (ticks.some((t) => !Number.isFinite(t))) throw new Error(`not a /proc stat line: ${stat.slice(0, 80)}`);
  return ticks.reduce((a, b) => a + b, 0);
}
