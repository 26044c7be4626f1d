/** The raw stdio channel keeps a bounded head of non-JSON output for its checks; the transcript records it all. */
import { afterEach, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { bootTarget, type BootedServer } from '../../src/target/boot.js';
import { Transcript } from '../../src/wire/transcript.js';
import { stdioTarget, testConfig } from '../helpers/config.js';

const NOISY = fileURLToPath(new URL('../fixtures/wire/noisy-answers.mjs', import.meta.url));

let target: BootedServer | undefined;
afterEach(async () => {
  await target?.close();
  target = undefined;
});

it('keeps 64 KiB of non-JSON output per channel and says how many lines it left out', async () => {
  const transcript = new Transcript();
  target = await bootTarget(testConfig(stdioTarget(['node', NOISY])), transcript, () => {});
  const channel = await target.openRaw();
  const exchange = await channel.send(JSON.stringify({ jsonrpc: '2.0', id: 7, method: 'noisy/ping' }), {
    waitForId: 7,
  });
  expect(exchange.messages).toEqual([{ jsonrpc: '2.0', id: 7, result: {} }]);
  const kept = exchange.nonJson.slice(0, -1);
  expect(kept.join('').length).toBeGreaterThanOrEqual(64 * 1024);
  expect(kept.join('').length).toBeLessThan(64 * 1024 + 200);
  expect(exchange.nonJson.at(-1)).toBe(
    `(${2_000 - kept.length} more lines of non-JSON output, not kept here: transcript.jsonl has them)`,
  );
  const recorded = transcript.entries().filter((e) => e.dir === 'recv' && e.raw?.startsWith('noise'));
  expect(recorded).toHaveLength(2_000);
});
