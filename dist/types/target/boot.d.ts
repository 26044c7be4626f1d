import type { Config } from '../config/config.js';
import type { EmitEvent } from '../events.js';
import { type BootInfo } from '../model.js';
import type { Transcript } from '../wire/transcript.js';
import { ServerProcess } from './process.js';
import type { Target } from './types.js';
/** The server could not be started or reached; the run ends with exit code 3. */
export declare class BootError extends Error {
    readonly boot: BootInfo;
    constructor(message: string, boot: BootInfo);
}
export interface BootedServer extends Target {
    /** The whole captured stderr, for `<out>/server-stderr.log`. */
    stderrText(): string;
}
/** Boots the target; `launched` is its server process when `launchServer` started it already. */
export declare function bootTarget(config: Config, transcript: Transcript, emit: EmitEvent, launched?: ServerProcess): Promise<BootedServer>;
