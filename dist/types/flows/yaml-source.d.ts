import type { SourcePosition } from './types.js';
export type DocPath = readonly (string | number)[];
export interface YamlSource {
    /** The document as plain data. */
    value: unknown;
    /** Where the value (or, with `key`, the key) at a path was written; the nearest written ancestor otherwise. */
    positionOf(path: DocPath, options?: {
        key?: boolean;
    }): SourcePosition;
}
export type YamlParseResult = {
    ok: true;
    source: YamlSource;
} | {
    ok: false;
    errors: (SourcePosition & {
        message: string;
    })[];
};
export declare function parseYamlSource(text: string): YamlParseResult;
