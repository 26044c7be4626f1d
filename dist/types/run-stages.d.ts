/**
 * What a run needs only once its server is starting: the boot, the conformance suite and the reports, most of the
 * CLI's bundle (the MCP SDK with them). run.ts imports it on use, never statically, so the CLI's bundle keeps it in
 * chunks of its own that load while the server boots: the server's start-up and this code's loading overlap instead
 * of adding up. What only some runs use is imported on its own when they use it: the flow runner, the benchmarks
 * and the history (history/run-stage.ts).
 */
export { runConformance } from './checks/engine.js';
export { listAll, takeInventory } from './checks/inventory.js';
export { validateCheckIds } from './checks/policy.js';
export { quickLeftOut } from './checks/quick.js';
export { CATALOGUE } from './checks/registry.js';
export { toServerInterface } from './history/server-interface.js';
export { writeReports } from './report/write.js';
export { BootError, bootTarget } from './target/boot.js';
export { suiteSessions } from './target/suite-version.js';
