// Wraps a stdio MCP server and notes on stderr when it was started and when the first byte from the client
// arrives, so `npm run bench:run` can measure how long mcp-ci takes from its own start to starting the server and
// to talking to it.
import { spawn } from 'node:child_process';

// When this process started (performance.timeOrigin is set as node starts), not when this line runs.
process.stderr.write(`started-at ${Math.round(performance.timeOrigin)}\n`);

const [command, ...args] = process.argv.slice(2);
const server = spawn(command, args, { stdio: ['pipe', 'inherit', 'inherit'] });
process.stdin.once('data', () => process.stderr.write(`first-byte-at ${Date.now()}\n`));
process.stdin.pipe(server.stdin);
server.on('exit', (code) => process.exit(code ?? 0));
process.on('SIGTERM', () => server.kill('SIGTERM'));
