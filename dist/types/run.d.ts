import type { Config } from './config/config.js';
import type { EmitEvent } from './events.js';
import type { HistoryBackend } from './history/backend.js';
import type { Provenance } from './history/entry.js';
import { type RunResult, type ServerInfo } from './model.js';
import type { BootedServer } from './target/boot.js';
export interface RunOptions {
    emit?: EmitEvent;
    /** The history this run is compared with and added to; by default the local file at `config.historyPath`. */
    history?: HistoryBackend;
    /** Where this run comes from; by default read from the GitHub Actions variables or git. */
    provenance?: Provenance;
}
export declare function run(config: Config, options?: RunOptions): Promise<RunResult>;
export declare function maskResult(result: RunResult, secrets: readonly string[]): RunResult;
export declare function describeTargetForResult(config: Config): RunResult['target'];
export declare function serverInfo(target: BootedServer): ServerInfo;
