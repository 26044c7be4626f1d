/** In-process SDK servers for the library tests: the example shop server, and one that breaks a MUST rule. */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { readdirSync, readFileSync } from 'node:fs';

export { createShopServer } from '../../examples/servers/shop.js';

/** Lists a tool whose inputSchema lacks `"type": "object"` (tools-input-schema-object, a MUST). */
export function createUntypedSchemaServer(): Server {
  const server = new Server({ name: 'untyped', version: '1.0.0' }, { capabilities: { tools: {} } });
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: [{ name: 'search', description: 'Searches the catalogue.', inputSchema: {} as { type: 'object' } }],
  }));
  server.setRequestHandler(CallToolRequestSchema, () => ({ content: [{ type: 'text', text: 'nothing found' }] }));
  return server;
}

/** Pids of this process's children whose command line contains `needle` (Linux /proc). */
export function childProcesses(needle: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(needle)) pids.push(Number(entry));
    } catch {
      // The process ended while it was being read.
    }
  }
  return pids;
}
