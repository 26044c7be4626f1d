import type { RunResult } from '../model.js';
import type { ReportLinks } from './document.js';
export interface WriteReportsOptions {
    strict: boolean;
    commentId: string;
    links?: ReportLinks;
}
export declare function writeReports(result: RunResult, outDir: string, options: WriteReportsOptions): Promise<{
    junitPath: string;
    markdownPath: string;
}>;
