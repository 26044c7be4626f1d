/** Below this share of its boot spent on the CPU, a server waited rather than computed while it started. */
export declare const CPU_BOUND_SHARE = 0.25;
/**
 * Whether the process tree under `pid` spent at least CPU_BOUND_SHARE of `bootMs` on the CPU; undefined when this
 * cannot be read.
 */
export declare function startsOnCpu(pid: number | undefined, bootMs: number): boolean | undefined;
/**
 * The CPU time in a `/proc/<pid>/stat` line, in ticks: the process's own (utime, stime) and its reaped children's
 * (cutime, cstime), fields 14 to 17. The command name (field 2) is in parentheses and may hold spaces, so fields
 * are counted from its closing parenthesis.
 */
export declare function cpuTicksOf(stat: string): number;
