import { type CheckContext, type CheckDefinition } from '../types.js';
interface CompletionTarget {
    ref: {
        type: 'ref/prompt';
        name: string;
    } | {
        type: 'ref/resource';
        uri: string;
    };
    argument: string;
    /** Where it comes from, for messages: `prompt order_summary, argument orderId`. */
    label: string;
}
/** Prompt arguments and resource-template variables: what completion/complete can be asked about. */
export declare function completionTargets(ctx: CheckContext): CompletionTarget[];
export declare const checks: CheckDefinition[];
export declare function completeResultProblems(result: Record<string, unknown>): string[];
export {};
