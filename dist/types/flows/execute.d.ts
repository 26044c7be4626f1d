import { type StepOutcome } from './outcome.js';
import type { FlowSession } from './session.js';
import type { StepAction } from './types.js';
export declare function executeAction(action: StepAction, session: FlowSession, timeoutMs: number): Promise<StepOutcome>;
export declare class WaitTimeoutError extends Error {
    constructor(notification: string, timeoutMs: number);
}
