/**
 * GitHub annotations for flows: each failing step, and each error in a flow file that could not be loaded, at
 * the line where it was written, so the pull request diff shows the failure in place. Pure.
 */
import type { FlowResult } from '../model.js';
export interface FlowAnnotation {
    file: string;
    line: number;
    title: string;
    message: string;
}
export declare function flowAnnotations(results: readonly FlowResult[]): FlowAnnotation[];
