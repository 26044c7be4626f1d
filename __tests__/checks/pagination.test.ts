import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/sections-2025/pagination.js';
import { faultyStdio, runChecks, shopHttp, shopStdio } from '../helpers/conformance.js';

const ids = checks.map((check) => check.id);
const newest = { protocolVersion: '2025-11-25' } as const;

describe('pagination checks', () => {
  it('pass on the shop server over stdio, in every protocol version', async () => {
    const results = await runChecks(ids, shopStdio());
    // The shop lists everything on one page: cursor stability has no second page to look at.
    expect(results.filter((r) => r.status !== 'pass').map((r) => [r.id, r.status, r.message])).toEqual(
      Array(4).fill(['pagination-cursor-stable', 'skip', 'no listing has a second page']),
    );
  });

  it('pass on the shop server over Streamable HTTP', async () => {
    const results = await runChecks(ids, await shopHttp(), newest);
    expect(results.filter((r) => r.status === 'fail' || r.status === 'warn')).toEqual([]);
  });

  it('pass on a shop that lists its tools on two pages', async () => {
    const results = await runChecks(ids, faultyStdio('tools-two-pages'), newest);
    expect(results.map((r) => [r.id, r.status])).toEqual(ids.map((id) => [id, 'pass']));
    expect(results[0]!.message).toMatch(/tools\/list: 2 page\(s\)/);
  });

  it.each([
    [
      'pagination-terminates',
      'pagination-cursor-cycle',
      'fail',
      /tools\/list: cursor "page-2" came back a second time/,
    ],
    [
      'pagination-cursor-stable',
      'pagination-unstable-cursor',
      'warn',
      /tools\/list returns different answers for the same cursor/,
    ],
    ['pagination-invalid-cursor', 'pagination-cursor-ignored', 'warn', /tools\/list ignores the invalid cursor/],
  ])('%s reports fault %s as %s', async (id, fault, status, message) => {
    const [result] = await runChecks([id], faultyStdio(fault), newest);
    expect(result!.status).toBe(status);
    expect(result!.message).toMatch(message);
    expect(result!.evidence).toBeDefined();
  });
});
