/** The variable set in every server's environment; its value is unique per process we start. */
export declare const MARKER_VARIABLE = "MCP_CI_SERVER_MARKER";
export declare function newMarker(): string;
/** The ids of the running processes whose environment holds `marker` (never this process itself). */
export declare function markedPids(marker: string): Promise<number[]>;
/**
 * SIGTERM every process carrying `marker`, then SIGKILL the ones still there after a grace period. Each pid is
 * looked up again before each signal, so an id the system has meanwhile given to another process is never hit.
 */
export declare function endMarkedProcesses(marker: string): Promise<number[]>;
/** For the process 'exit' hook, which cannot wait: SIGKILL every process carrying `marker`. */
export declare function killMarkedProcessesSync(marker: string): void;
