/**
 * The PR comment body: the report document under GitHub's comment size limit, first line the hidden marker
 * that lets the sticky comment be found and updated in place.
 */
import type { RunResult } from '../model.js';
import type { ReportLinks } from './document.js';
/** GitHub rejects issue and pull request comments longer than this many characters. */
export declare const COMMENT_LIMIT = 65536;
export interface MarkdownOptions {
    strict: boolean;
    commentId: string;
    maxChars?: number;
    links?: ReportLinks;
}
/** The hidden first line of the comment; `commentId` keeps the comments of a job matrix apart. */
export declare function commentMarker(commentId: string): string;
export declare function renderMarkdown(result: RunResult, options: MarkdownOptions): string;
