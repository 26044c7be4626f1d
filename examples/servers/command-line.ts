/** Process plumbing shared by the runnable servers (the shop and the fault fixture). */
import { parseArgs } from 'node:util';

/** The `--http` port, or undefined for stdio. Exits with 2 on a malformed command line. */
export function httpPortFromArgs(args: string[], usage: string): number | undefined {
  try {
    const { values } = parseArgs({ args, options: { http: { type: 'string' } }, strict: true });
    if (values.http === undefined) return undefined;
    const port = Number(values.http);
    if (values.http.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
      throw new Error(`--http needs a port number, got ${JSON.stringify(values.http)}`);
    }
    return port;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\nusage: ${usage}\n`);
    process.exit(2);
  }
}

/** Runs `close` once on SIGTERM / SIGINT, then exits. */
export function exitOnSignals(close: () => Promise<void>): void {
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    close().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
