import { type JsonObject } from '../judge/transcript-index.js';
import type { CheckContext } from '../types.js';
export interface ProgressNotice {
    index: number;
    params: JsonObject;
    /** Carries the token with another JSON type (e.g. 7 echoed as "7"). */
    typeChanged: boolean;
}
export interface ProgressCall {
    tool: string;
    token: string | number;
    purpose: 'discovery' | 'integer-token' | 'cancel';
    request?: {
        index: number;
        id: unknown;
        message: JsonObject;
    };
    response?: {
        index: number;
        message: JsonObject;
    };
    /** Index of the notifications/cancelled the tester sent for it, when it was cancelled. */
    cancelledAt?: number;
    /**
     * For the cancelled call: the transcript's length once the ping sent after the acknowledged cancellation was
     * answered. A response at or past this index was sent after the server had the cancellation.
     */
    acknowledgedAt?: number;
    notices: ProgressNotice[];
}
export interface ProgressProbe {
    /** Why no progress tool could be exercised. */
    unavailable?: string;
    tool?: string;
    calls: ProgressCall[];
    /** How many calls were made to be cancelled (another when one answered first or its answer crossed the cancellation). */
    cancelAttempts?: number;
    /** Whether the session still answered a ping after the cancellation. */
    servingAfterCancel?: boolean;
    /** Why the tool was not called again with an integer token. */
    noIntegerCall?: string;
    /**
     * The tool's shared call outlived the request timeout, awaited only because it kept reporting progress: other
     * probes do not run it whole again. The same boundary as a hung tool's, so a busy runner moves it no more.
     */
    toolIsSlow?: true;
}
export declare function progressProbe(ctx: CheckContext): Promise<ProgressProbe>;
