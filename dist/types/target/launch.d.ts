/**
 * Starts the server a boot connects to before any of the code that speaks MCP is loaded. The CLI's first half holds
 * the configuration and this; the boot, the SDK and the suites load from chunks while the server starts up, so the
 * two overlap instead of adding up (see docs/architecture.md, "Start-up").
 */
import type { Config } from '../config/config.js';
import { ServerProcess } from './process.js';
/**
 * The process `bootTarget` takes over as its first: the stdio boot session's, or the HTTP server mcp-ci starts.
 * Undefined when mcp-ci starts nothing (a URL alone, or an in-process server).
 */
export declare function launchServer(config: Config): ServerProcess | undefined;
