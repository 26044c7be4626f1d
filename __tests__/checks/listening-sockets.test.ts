import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { listenersOfPortOwner } from '../../src/checks/probes/listening-sockets.js';

const servers: Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

function listen(host: string): Promise<number> {
  const server = createServer();
  servers.push(server);
  return new Promise((resolve) => server.listen(0, host, () => resolve((server.address() as { port: number }).port)));
}

describe.skipIf(process.platform !== 'linux')('listenersOfPortOwner', () => {
  it('finds this process by its port, with every socket it listens on', async () => {
    const port = await listen('127.0.0.1');
    const other = await listen('0.0.0.0');
    const owner = await listenersOfPortOwner(port);
    if ('unavailable' in owner) throw new Error(owner.unavailable);
    expect(owner.pid).toBe(process.pid);
    expect(owner.sockets).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ address: '127.0.0.1', port }),
        expect.objectContaining({ address: '0.0.0.0', port: other }),
      ]),
    );
  });

  it('says why when nothing listens on the port', async () => {
    const port = await listen('127.0.0.1');
    servers.splice(0).forEach((s) => s.close());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await listenersOfPortOwner(port)).toEqual({
      unavailable: expect.stringMatching(/no socket listening on port/),
    });
  });
});
