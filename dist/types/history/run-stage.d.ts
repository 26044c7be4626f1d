/**
 * What a run needs of the history: the local store (SQLite, compiled to WebAssembly), the provenance, the entry and
 * the comparison (with its statistics library). run.ts imports it on use, only when the history is on: a quick run
 * or a run with `history: off` loads none of it.
 */
export { openLocalHistory } from './backend.js';
export { compareRuns, latencyBaseline } from './compare.js';
export { toHistoryEntry } from './entry.js';
export { detectProvenance } from './provenance.js';
export { HistoryStoreError } from './sqlite-store.js';
