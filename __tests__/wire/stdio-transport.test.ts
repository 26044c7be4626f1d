/** Sends to a server whose stdin pipe is full wait for it to take writes again, without a listener each. */
import { getEventListeners } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { ServerProcess } from '../../src/target/process.js';
import { SharedPayloads } from '../../src/wire/shared-payloads.js';
import { ProcessStdioTransport } from '../../src/wire/stdio-transport.js';
import { launch } from '../helpers/config.js';
import { warningsDuring } from '../helpers/warnings.js';

// Reads nothing from stdin until SIGUSR2, so the pipe fills; says "ready" once the signal handler is in place.
const SLOW_READER = [
  'process.on("SIGUSR2", () => process.stdin.resume());',
  'process.stdin.pause();',
  'setInterval(() => {}, 1000);',
  'process.stdout.write("ready\\n");',
].join('\n');

let server: ServerProcess | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

/** Starts the slow reader and sends it more than its stdin pipe holds; the sends, most of them still waiting. */
async function fullPipe(): Promise<Promise<void>[]> {
  server = new ServerProcess(launch(['node', '-e', SLOW_READER]), { captureStdout: false });
  let ready!: () => void;
  const started = new Promise<void>((resolve) => (ready = resolve));
  const transport = new ProcessStdioTransport(
    server,
    (entry) => entry.raw === 'ready' && ready(),
    new SharedPayloads(),
  );
  await transport.start();
  await started;
  // 40 messages of 100 KB each, far past the pipe's buffer: most wait for it to drain.
  const padding = 'x'.repeat(100_000);
  return Array.from({ length: 40 }, (_, id) =>
    transport.send({ jsonrpc: '2.0', id, method: 'ping', params: { _meta: { padding } } }),
  );
}

describe('ProcessStdioTransport', () => {
  it('waits for a full pipe with one drain listener, however many sends are behind it', async () => {
    const { warnings } = await warningsDuring(async () => {
      const sends = await fullPipe();
      const stdin = server!.child.stdin;
      expect(stdin.writableNeedDrain).toBe(true);
      expect(getEventListeners(stdin, 'drain')).toHaveLength(1);
      server!.child.kill('SIGUSR2');
      await Promise.all(sends);
      expect(getEventListeners(stdin, 'drain')).toHaveLength(0);
    });
    expect(warnings).toEqual([]);
  });

  it('lets the sends behind a full pipe go when the server exits', async () => {
    const sends = await fullPipe();
    await server!.stop();
    await expect(Promise.all(sends)).resolves.toBeDefined();
  });
});
