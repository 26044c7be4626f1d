/** Transport — stdio (basic/transports#stdio), inventory section 5.4. */
import { MAX_LINE_BYTES } from '../../wire/line-splitter.js';
import { pass, skip, violation, warn, type CheckDefinition } from '../types.js';
import { indexSessions, trimmed } from '../judge/transcript-index.js';
import { ALL_VERSIONS } from '../versions.js';
import { probeTimeout } from '../probes/raw-probes.js';

export const checks: CheckDefinition[] = [
  {
    id: 'stdio-stdout-only-messages',
    title: 'stdout carries nothing but newline-delimited MCP messages',
    section: 'stdio',
    level: 'MUST',
    requirements: ['STDIO-01', 'STDIO-02'],
    spec: 'basic/transports#stdio',
    rule: 'The server MUST NOT write anything to its stdout that is not a valid MCP message. Messages are delimited by newlines, and MUST NOT contain embedded newlines.',
    versions: ALL_VERSIONS,
    transports: ['stdio'],
    scope: 'passive',
    async run(ctx) {
      const lines: { session: string; line: string }[] = [];
      const notJsonRpc: { session: string; message: unknown }[] = [];
      for (const session of indexSessions(ctx.transcript())) {
        if (session.transport !== 'stdio') continue;
        for (const { line } of session.nonJson) lines.push({ session: session.id, line });
        for (const { message } of session.received) {
          if (!('jsonrpc' in message)) notJsonRpc.push({ session: session.id, message: trimmed(message) });
        }
      }
      const content = lines.filter((l) => l.line.trim() !== '');
      if (content.length) {
        const first = content[0]!.line;
        const fragment = /^\s*[{}[\]"]/.test(first) ? ' (a fragment of a multi-line message?)' : '';
        // The transcript keeps only the head of a long line; its size is what the server needs to know.
        const longest = Math.max(0, ...ctx.transcript().map((e) => (e.transport === 'stdio' ? (e.lineBytes ?? 0) : 0)));
        const size =
          longest > 0
            ? `, the longest ${longest} bytes${longest > MAX_LINE_BYTES ? ` (over the ${MAX_LINE_BYTES} byte line limit)` : ''}`
            : '';
        return violation(
          `wrote ${content.length} stdout line(s) that are not MCP messages${fragment}${size}, first: ${JSON.stringify(trimmed(first))}`,
          { received: content.slice(0, 5), note: 'log to stderr instead; stdout is the protocol channel' },
        );
      }
      if (notJsonRpc.length) {
        return violation(`wrote JSON to stdout that is not a JSON-RPC message (a log line?)`, {
          received: notJsonRpc.slice(0, 5),
          note: 'log to stderr instead; stdout is the protocol channel',
        });
      }
      if (lines.length) {
        return warn(`wrote ${lines.length} blank line(s) to stdout; lenient clients skip them, strict ones fail`, {
          received: lines.slice(0, 5),
        });
      }
      return pass();
    },
  },
  {
    id: 'stdio-exits-on-stdin-close',
    title: 'the server exits when its stdin closes',
    section: 'stdio',
    level: 'SHOULD',
    requirements: ['STDIO-03'],
    spec: 'basic/lifecycle#shutdown',
    rule: 'For the stdio transport, the client SHOULD initiate shutdown by first closing the input stream to the child process (the server), then waiting for the server to exit, or sending SIGTERM if the server does not exit within a reasonable time.',
    versions: ALL_VERSIONS,
    transports: ['stdio'],
    scope: 'once',
    async run(ctx) {
      const raw = await ctx.openRaw({ label: 'probe:stdin-close', last: true });
      if (!raw.endInput) return skip("the raw channel cannot close the server's stdin");
      // A correct server exits in milliseconds; a slow exit is only a warning, and the grace grows with --timeout-ms.
      const graceMs = probeTimeout(ctx);
      const exit = await raw.endInput(graceMs);
      if (exit.exited) return pass(`exited with code ${exit.exitCode ?? exit.signal}`);
      return violation(
        `still running ${graceMs} ms after its stdin closed; clients then have to kill it (the spec states this as the client's shutdown sequence, so this is a warning)`,
        { sent: 'stdin closed after initialization' },
      );
    },
  },
];
