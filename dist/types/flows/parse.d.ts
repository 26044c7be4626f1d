import { type FlowLoadError, type LoadedFlow } from './types.js';
export declare function parseFlowSource(text: string, file: string): {
    flow?: LoadedFlow;
    errors: FlowLoadError[];
};
