/**
 * `notifications/message` tied to the request that caused them (over HTTP they travel on that request's stream),
 * filtered by the level the client set with `logging/setLevel`. One per server, as each session has its own.
 */
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { LoggingLevelSchema, SetLevelRequestSchema, type LoggingLevel } from '@modelcontextprotocol/sdk/types.js';
import type { RequestExtra } from './request-extra.js';

const SEVERITY = new Map(LoggingLevelSchema.options.map((level, index) => [level, index]));

export class SessionLog {
  private level: LoggingLevel | undefined;

  constructor(mcp: McpServer) {
    mcp.server.setRequestHandler(SetLevelRequestSchema, (request) => {
      this.level = request.params.level;
      return {};
    });
  }

  async send(extra: RequestExtra, level: LoggingLevel, data: string): Promise<void> {
    if (this.level !== undefined && SEVERITY.get(level)! < SEVERITY.get(this.level)!) return;
    await extra.sendNotification({ method: 'notifications/message', params: { level, logger: 'mcp-ci', data } });
  }
}
