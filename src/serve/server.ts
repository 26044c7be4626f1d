/** One MCP server (one per stdio connection or HTTP session) over the shared project, targets and runs. */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
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
  applySpecFixes(mcp);
  return mcp;
}
