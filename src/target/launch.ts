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
export function launchServer(config: Config): ServerProcess | undefined {
  const target = config.target;
  if (target.transport === 'memory' || !target.launch) return undefined;
  try {
    // Over stdio stdout is the session's channel, read by its transport; an HTTP server's is only its log.
    return new ServerProcess(target.launch, { captureStdout: target.transport !== 'stdio' });
  } catch {
    // A command node refuses to spawn (a NUL byte in an argument): the boot tries again and reports why it failed.
    return undefined;
  }
}
