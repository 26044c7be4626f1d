/**
 * Where the SDK's default McpServer handlers break a rule of the MCP specification, the shop puts a guard in
 * front of the SDK's own handler and otherwise lets it do the work. Call after every tool, resource and prompt
 * is registered (the handlers exist from then on); items registered later are still covered, since the guards
 * ask the SDK's list handlers at request time.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import { UriTemplate } from '@modelcontextprotocol/sdk/shared/uriTemplate.js';
import {
  CallToolRequestSchema,
  ErrorCode,
  ListPromptsRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { ServerNotification, ServerRequest, ServerResult } from '@modelcontextprotocol/sdk/types.js';
import { core, prettifyError } from 'zod';

/** "Resource not found" (server/resources#error-handling, 2025-03-26 … 2025-11-25). */
export const RESOURCE_NOT_FOUND = -32002;

type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;
type SdkHandler = (
  request: { method: string; params?: Record<string, unknown> },
  extra: Extra,
) => Promise<ServerResult>;

/** The SDK has no getter for installed request handlers; its Protocol keeps them in this map. */
function installedHandlers(mcp: McpServer): Map<string, SdkHandler> {
  return (mcp.server as unknown as { _requestHandlers: Map<string, SdkHandler> })._requestHandlers;
}

function sdkHandler(mcp: McpServer, method: string): SdkHandler {
  const handler = installedHandlers(mcp).get(method);
  if (!handler) throw new Error(`The SDK installed no handler for ${method}: register the feature first`);
  return handler;
}

export function applySpecFixes(mcp: McpServer): void {
  const listTools = sdkHandler(mcp, 'tools/list');
  const callTool = sdkHandler(mcp, 'tools/call');
  const listResources = sdkHandler(mcp, 'resources/list');
  const listTemplates = sdkHandler(mcp, 'resources/templates/list');
  const readResource = sdkHandler(mcp, 'resources/read');
  const listPrompts = sdkHandler(mcp, 'prompts/list');

  // TOOL-09 (server/tools#error-handling): an unknown tool is a protocol error, -32602. The SDK catches its own
  // "not found" error and turns it into a tool result with isError: true.
  // TASK-04 (basic/utilities/tasks#tool-level-negotiation): a tool without task support that is called as a task
  // SHOULD be -32601; the SDK runs it and answers as if no task had been asked for.
  mcp.server.setRequestHandler(CallToolRequestSchema, async (request, extra) => {
    const { tools } = (await listTools({ method: 'tools/list' }, extra)) as {
      tools: { name: string; execution?: { taskSupport?: string } }[];
    };
    const tool = tools.find((candidate) => candidate.name === request.params.name);
    if (!tool) throw new McpError(ErrorCode.InvalidParams, `Unknown tool: ${request.params.name}`);
    const taskSupport = tool.execution?.taskSupport ?? 'forbidden';
    if (request.params.task !== undefined && taskSupport === 'forbidden') {
      throw new McpError(ErrorCode.MethodNotFound, `Tool ${tool.name} cannot run as a task`);
    }
    return callTool(request, extra);
  });

  // RES-05 (server/resources#error-handling): an unknown resource is -32002; the SDK answers -32602, and a URI
  // that does not parse makes it throw an internal error.
  mcp.server.setRequestHandler(ReadResourceRequestSchema, async (request, extra) => {
    const { uri } = request.params;
    if (!URL.canParse(uri)) throw new McpError(ErrorCode.InvalidParams, `Not a URI: ${uri}`);
    const { resources } = (await listResources({ method: 'resources/list' }, extra)) as {
      resources: { uri: string }[];
    };
    const { resourceTemplates } = (await listTemplates({ method: 'resources/templates/list' }, extra)) as {
      resourceTemplates: { uriTemplate: string }[];
    };
    const known =
      resources.some((resource) => resource.uri === uri) ||
      resourceTemplates.some((template) => new UriTemplate(template.uriTemplate).match(uri) !== null);
    if (!known) throw new McpError(RESOURCE_NOT_FOUND, 'Resource not found', { uri });
    return readResource(request, extra);
  });

  // PAG-03 (server/utilities/pagination#error-handling): an invalid cursor is -32602. The shop lists everything
  // on one page and never issues a cursor, so any cursor is invalid; the SDK ignores it and answers page one.
  const rejectCursor = (cursor: string | undefined) => {
    if (cursor !== undefined) throw new McpError(ErrorCode.InvalidParams, `Invalid cursor: ${cursor}`);
  };
  mcp.server.setRequestHandler(ListToolsRequestSchema, (request, extra) => {
    rejectCursor(request.params?.cursor);
    return listTools(request, extra);
  });
  mcp.server.setRequestHandler(ListResourcesRequestSchema, (request, extra) => {
    rejectCursor(request.params?.cursor);
    return listResources(request, extra);
  });
  mcp.server.setRequestHandler(ListResourceTemplatesRequestSchema, (request, extra) => {
    rejectCursor(request.params?.cursor);
    return listTemplates(request, extra);
  });
  mcp.server.setRequestHandler(ListPromptsRequestSchema, (request, extra) => {
    rejectCursor(request.params?.cursor);
    return listPrompts(request, extra);
  });

  // JSON-RPC 2.0 §5.1 (TOOL-10, LOG-04): params that do not fit the method are -32602. The SDK checks params with
  // zod before a handler runs and lets the ZodError through as an internal error, -32603.
  const handlers = installedHandlers(mcp);
  for (const [method, handler] of handlers) {
    handlers.set(method, async (request, extra) => {
      try {
        return await handler(request, extra);
      } catch (error) {
        if (error instanceof core.$ZodError) {
          throw new McpError(ErrorCode.InvalidParams, `Invalid params for ${method}: ${prettifyError(error)}`);
        }
        throw error;
      }
    });
  }
}
