/**
 * Arguments for prompts/get: every required argument gets a value, asked of the server's own completion/complete
 * when it declares completions (so a prompt that only accepts known values gets one), "mcp-ci" otherwise.
 * Then each listed prompt is fetched once per session and the prompt checks share the answers.
 */
import { type Connection, type RpcOutcome } from '../../wire/types.js';
import type { CheckContext } from '../types.js';
export interface PromptArgument {
    name: string;
    required: boolean;
}
export declare function promptArgumentsOf(prompt: Record<string, unknown>): PromptArgument[];
export declare function synthesizePromptArguments(connection: Connection, prompt: Record<string, unknown>): Promise<Record<string, string>>;
export interface PromptGetRecord {
    name: string;
    sent: {
        method: 'prompts/get';
        params: {
            name: string;
            arguments: Record<string, string>;
        };
    };
    outcome?: RpcOutcome;
    failure?: string;
}
/** prompts/get of the first listed prompts with synthesized arguments, once per session. */
export declare function listedPromptGets(ctx: CheckContext): Promise<PromptGetRecord[]>;
