/**
 * The in-process target under the engine: a check that asks for a raw channel is skipped with the reason, a check
 * declared for one wire only is skipped before it runs, and every session gets a server of its own.
 */
import { describe, expect, it } from 'vitest';
import { runConformance } from '../../src/checks/engine.js';
import { pass, type CheckDefinition } from '../../src/checks/types.js';
import { attachInMemory } from '../../src/target/in-memory.js';
import { Transcript } from '../../src/wire/transcript.js';
import { testConfig } from '../helpers/config.js';
import { createShopServer } from '../api/servers.js';

function check(id: string, transports: CheckDefinition['transports'], run: CheckDefinition['run']): CheckDefinition {
  return {
    id,
    title: id,
    section: 'base',
    level: 'MUST',
    requirements: [],
    spec: 'basic/index',
    rule: 'a rule',
    versions: ['2025-11-25'],
    transports,
    scope: 'once',
    run,
  };
}

const ALL_WIRES = ['stdio', 'http', 'sse'] as const;

describe('an in-process target', () => {
  it('skips what needs a wire and runs the rest on servers of their own', async () => {
    let created = 0;
    const target = await attachInMemory({
      createServer: () => {
        created++;
        return createShopServer();
      },
      recorder: new Transcript(),
      requestTimeoutMs: 5_000,
    });
    const config = { ...testConfig({ transport: 'memory', name: 'shop' }), protocolVersion: '2025-11-25' as const };
    try {
      const outcome = await runConformance(target, config, () => {}, [
        check('asks-for-raw', ALL_WIRES, async (ctx) => {
          await ctx.openRaw();
          return pass();
        }),
        check('stdio-only', ['stdio'], async () => pass()),
        check('fresh-session', ALL_WIRES, async (ctx) => {
          const session = await ctx.connect();
          const outcome = await session.request('ping');
          return outcome.ok ? pass() : { kind: 'violation', message: 'ping failed' };
        }),
      ]);
      const byId = Object.fromEntries(outcome.checks.map((c) => [c.id, c]));
      expect(byId['asks-for-raw']).toMatchObject({ status: 'skip', transport: 'memory' });
      expect(byId['asks-for-raw']!.message).toMatch(/^needs a process\/HTTP transport/);
      expect(byId['stdio-only']).toMatchObject({ status: 'skip' });
      expect(byId['stdio-only']!.message).toMatch(/^needs a process\/HTTP transport \(applies to stdio\)/);
      expect(byId['fresh-session']).toMatchObject({ status: 'pass' });
      // The boot session, the fresh session, and nothing shared between them.
      expect(created).toBeGreaterThanOrEqual(2);
    } finally {
      await target.close();
    }
  });
});
