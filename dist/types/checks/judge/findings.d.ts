/** How passive checks report what they found across the transcript: the first few in the message and evidence. */
import type { JsonObject } from './transcript-index.js';
import { type Judgement } from '../types.js';
export interface Finding {
    /** The session (transcript connection) the message was seen on. */
    session: string;
    problem: string;
    message: JsonObject;
}
export declare function judgeFindings(findings: Finding[], what: string, passMessage: string): Judgement;
