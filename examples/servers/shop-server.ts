/**
 * The shop MCP server, runnable: stdio by default, Streamable HTTP with `--http <port>` (0 picks a free port).
 * Over HTTP it prints one line, `listening on <url>`, to stderr once it accepts connections; stdout stays
 * reserved for protocol messages.
 */
import { exitOnSignals, httpPortFromArgs } from './command-line.js';
import { serveStreamableHttp } from './http.js';
import { createShopServer } from './shop.js';
import { LineStdioServerTransport } from './stdio.js';

const port = httpPortFromArgs(process.argv.slice(2), 'shop-server [--http <port>]');
if (port === undefined) {
  const server = createShopServer();
  const transport = new LineStdioServerTransport();
  transport.onclose = () => process.exit(0);
  exitOnSignals(() => server.close());
  await server.connect(transport);
} else {
  const http = await serveStreamableHttp({ port, createServer: createShopServer });
  exitOnSignals(() => http.close());
  process.stderr.write(`listening on ${http.url}\n`);
}
