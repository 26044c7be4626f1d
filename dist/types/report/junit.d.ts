import type { Builder } from 'junit-report-builder';
import type { RunResult } from '../model.js';
export interface JunitOptions {
    strict: boolean;
}
export declare function renderJunit(result: RunResult, options: JunitOptions): string;
export declare function newJunitBuilder(name: string): Builder;
/**
 * Adds a run's suites to a report. `leg` (a job matrix leg) prefixes every suite and class name, so the legs of a
 * merged report stay apart in one file.
 */
export declare function addRunSuites(builder: Builder, result: RunResult, strict: boolean, leg?: string): void;
