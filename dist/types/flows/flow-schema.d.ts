import type { DocPath } from './yaml-source.js';
export interface SchemaProblem {
    path: DocPath;
    /** Point at the key rather than its value (unknown keys). */
    atKey: boolean;
    message: string;
}
export declare function validateFlowDocument(document: unknown): SchemaProblem[];
/** `steps[2].expect.max-ms`: how a path reads in a message. */
export declare function describe(path: DocPath): string;
