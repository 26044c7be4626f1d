/**
 * `mcp-ci serve`: finds the project's targets, then serves MCP over stdio (the default) or Streamable HTTP until
 * the client hangs up (stdio) or the process is stopped.
 */
import { LineStdioServerTransport } from '../../examples/servers/stdio.js';
import type { ServeContext } from './context.js';
import { serveHttp } from './http.js';
import { serveOptions } from './options.js';
import { RunRegistry } from './runs.js';
import { createServeServer } from './server.js';
import { findTargets } from './targets.js';

export async function serveCommand(
  flags: { http?: string; noAuth: boolean; runTimeout?: string; configPaths: string[] },
  cli: { script: string; cwd: string; env: NodeJS.ProcessEnv },
): Promise<number> {
  const options = serveOptions(flags, cli.env);
  const { root, targets } = await findTargets(cli.cwd, options.configPaths);
  // Runs start in the project root: flows, snapshots and the history resolve there as in `mcp-ci run`.
  process.chdir(root);
  const context: ServeContext = {
    root,
    targets,
    runs: new RunRegistry({ workerScript: cli.script, runTimeoutMs: options.runTimeoutMs }),
  };
  if (options.http) {
    const http = await serveHttp({
      ...options.http,
      ...(options.token !== undefined && { token: options.token }),
      createServer: () => createServeServer(context),
    });
    process.stderr.write(`mcp-ci serve: listening on ${http.url} (targets: ${[...targets.keys()].join(', ')})\n`);
    return new Promise(() => {});
  }
  const server = createServeServer(context);
  const transport = new LineStdioServerTransport();
  const closed = new Promise<number>((resolve) => (transport.onclose = () => resolve(0)));
  await server.connect(transport);
  return closed;
}
