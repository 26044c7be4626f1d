import type { FlowResult } from '../model.js';
import type { FlowLoadError, LoadedFlow } from './types.js';
export declare function loadFlowFiles(patterns: readonly string[], cwd: string): Promise<{
    flows: LoadedFlow[];
    errors: FlowLoadError[];
}>;
/** One failed FlowResult per broken file; `error` holds `file:line:column: message` lines. */
export declare function loadErrorResults(errors: readonly FlowLoadError[]): FlowResult[];
export declare function formatLoadError(error: FlowLoadError): string;
