/** Flow suites: declarative multi-step scenarios run against the server under test. */
export { flowAnnotations, type FlowAnnotation } from './annotations.js';
export { formatLoadError, loadErrorResults, loadFlowFiles } from './load.js';
export { parseFlowSource } from './parse.js';
export { runFlows, type FlowRunDeps } from './runner.js';
export type { FlowLoadError, LoadedFlow } from './types.js';
