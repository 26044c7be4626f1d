/** One MCP server (one per stdio connection or HTTP session) over the shared project, targets and runs. */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ErrorCode, McpError } from '@modelcontextprotocol/sdk/types.js';
import { core, prettifyError } from 'zod';
import { applySpecFixes } from '../../examples/servers/spec-fixes.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { ServeContext } from './context.js';
import { SessionLog } from './logging.js';
import { registerRunResources } from './resources.js';
import { registerCheckTools } from './tools/check-tools.js';
import { registerHistoryTools } from './tools/history-tools.js';
import { registerRunTools } from './tools/run-tools.js';
import { registerTriagePrompt } from './triage-prompt.js';

const INSTRUCTIONS =
  'mcp-ci tests MCP servers. The run tool boots a target declared in this project (by name) and runs the ' +
  'conformance suite, flows or benchmarks, streaming progress; run_status, the mcp-ci://runs/{runId}/report.md and ' +
  'results.json resources and the triage_run prompt follow up on a run. list_checks and explain_check describe the ' +
  'checks; history, trends and compare_runs read the local run history.';

export function createServeServer(context: ServeContext): McpServer {
  const mcp = new McpServer(
    { name: TOOL_NAME, version: TOOL_VERSION, title: 'mcp-ci' },
    { capabilities: { logging: {} }, instructions: INSTRUCTIONS },
  );
  const log = new SessionLog(mcp);
  registerRunTools(mcp, context, log);
  registerCheckTools(mcp, context);
  registerHistoryTools(mcp, context);
  registerRunResources(mcp, context);
  registerTriagePrompt(mcp, context);
  const sdkCall = (mcp as unknown as SdkInternals).server._requestHandlers.get('tools/call')!;
  applySpecFixes(mcp);
  guardToolCalls(mcp, sdkCall);
  return mcp;
}

type Handler = (request: { method: string; params?: Record<string, unknown> }, extra: unknown) => Promise<unknown>;

/** What the SDK keeps private and this server needs: its installed handlers, its tools, its task gate. */
interface SdkInternals {
  server: { assertTaskHandlerCapability: (method: string) => void; _requestHandlers: Map<string, Handler> };
  _registeredTools: Record<string, { enabled: boolean } | undefined>;
}

/**
 * tools/call in front of the SDK's handler. An unknown tool is -32602 (server/tools#error-handling; the SDK answers a
 * tool result), found in the registered tools rather than by listing them on every call, which costs a JSON Schema
 * conversion of every tool. mcp-ci declares no tasks capability, so a call asking to run as a task runs as an
 * ordinary call (basic/utilities/tasks); the SDK refuses it before any handler runs.
 */
function guardToolCalls(mcp: McpServer, sdkCall: Handler): void {
  const internals = mcp as unknown as SdkInternals;
  internals.server.assertTaskHandlerCapability = () => {};
  internals.server._requestHandlers.set('tools/call', async (request, extra) => {
    const { task: _ignored, ...params } = request.params ?? {};
    const name = params['name'];
    if (typeof name !== 'string' || !internals._registeredTools[name]?.enabled)
      throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${String(name)}`);
    try {
      return await sdkCall({ ...request, params }, extra);
    } catch (error) {
      // Params that do not fit tools/call are -32602; the SDK lets its ZodError through as -32603.
      if (error instanceof core.$ZodError)
        throw new McpError(ErrorCode.InvalidParams, `Invalid params for tools/call: ${prettifyError(error)}`);
      throw error;
    }
  });
}
