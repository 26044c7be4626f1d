/**
 * The authorization checks against the protected fixture (run in this process): every check passes on the
 * correct fixture and fails or warns with the fault that breaks its rule; without credentials they skip.
 */
import { networkInterfaces } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/sections-2025/auth.js';
import type { TargetConfig } from '../../src/config/config.js';
import { startAuthServer, type AuthFault, type AuthServer } from '../fixtures/auth-server.js';
import { runChecks, shopHttp } from '../helpers/conformance.js';

const ALL = checks.map((c) => c.id);
const servers: AuthServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function protectedTarget(faults: AuthFault[] = [], host?: string): Promise<TargetConfig> {
  const server = await startAuthServer({ faults, host });
  servers.push(server);
  return { transport: 'http', url: server.url, headers: { Authorization: server.authorization } };
}

describe('authorization checks on the correct protected fixture', () => {
  it('pass on every version they apply to', async () => {
    const results = await runChecks(ALL, await protectedTarget());
    expect(results.filter((r) => r.status !== 'pass').map((r) => `${r.id}: ${r.message}`)).toEqual([]);
    expect(new Set(results.map((r) => r.id))).toEqual(new Set(ALL));
  });

  it('skip on a server without credentials configured', async () => {
    const results = await runChecks(ALL, await shopHttp());
    expect(results.every((r) => r.status === 'skip')).toBe(true);
    expect(results[0]?.message).toMatch(/no credentials are configured/);
  });
});

/** [check, fault, expected status]: MUST checks fail, SHOULD checks warn; a lenient reading always warns. */
const broken: [string, AuthFault, 'fail' | 'warn'][] = [
  ['auth-missing-credentials-401', 'unauthenticated-403', 'fail'],
  ['auth-missing-credentials-401', 'open', 'warn'],
  ['auth-invalid-token-401', 'accept-any-token', 'fail'],
  ['auth-invalid-token-401', 'invalid-token-403', 'fail'],
  ['auth-malformed-authorization-rejected', 'malformed-header-500', 'fail'],
  ['auth-challenge-resource-metadata', 'challenge-without-header', 'fail'],
  ['auth-metadata-discoverable', 'no-metadata', 'fail'],
  ['auth-metadata-valid', 'no-metadata', 'fail'],
  ['auth-metadata-valid', 'metadata-html', 'fail'],
  ['auth-metadata-valid', 'metadata-without-authorization-servers', 'fail'],
  ['auth-metadata-resource-matches', 'metadata-wrong-resource', 'fail'],
  ['auth-challenge-scope', 'challenge-without-scope', 'warn'],
  ['auth-session-requires-token', 'session-substitutes-token', 'fail'],
  ['auth-2025-03-26-server-metadata', 'no-server-metadata', 'warn'],
  ['auth-authorization-server-discoverable', 'no-server-metadata', 'fail'],
  ['auth-authorization-server-discoverable', 'server-metadata-without-pkce', 'warn'],
  ['auth-authorization-server-discoverable', 'openid-only-without-pkce', 'fail'],
  ['auth-2025-03-26-default-endpoints', 'no-authorization-endpoints', 'fail'],
];

describe('authorization checks on broken servers', () => {
  it.each(broken)('%s is broken by fault %s', async (id, fault, expected) => {
    const results = await runChecks([id], await protectedTarget([fault]));
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      expect(result.status, result.message).toBe(expected);
      expect(result.evidence).toBeDefined();
    }
  });

  it('an authorization server on another origin is not fetched', async () => {
    const [result] = await runChecks(
      ['auth-authorization-server-discoverable'],
      await protectedTarget(['authorization-server-elsewhere']),
    );
    expect([result!.status, result!.message]).toEqual([
      'skip',
      'the authorization server https://auth.example is on another origin, which mcp-ci does not fetch',
    ]);
  });

  it('the well-known URI alone satisfies discovery from 2025-11-25', async () => {
    const results = await runChecks(
      ['auth-metadata-discoverable', 'auth-metadata-valid'],
      await protectedTarget(['challenge-without-header']),
    );
    expect(results.map((r) => [r.id, r.status, r.message])).toEqual([
      ['auth-metadata-discoverable', 'pass', expect.stringMatching(/^via well-known URI: /)],
      ['auth-metadata-valid', 'pass', expect.stringMatching(/oauth-protected-resource\/mcp$/)],
    ]);
  });

  it('a server that needs no token is not judged on tokens', async () => {
    const results = await runChecks(ALL, await protectedTarget(['open']));
    const judged = results.filter((r) => r.status !== 'skip').map((r) => [r.id, r.status]);
    expect(judged).toEqual([['auth-missing-credentials-401', 'warn']]);
  });

  it('metadata on another origin is not fetched: the checks that need it skip', async () => {
    const results = await runChecks(
      ['auth-metadata-discoverable', 'auth-metadata-valid', 'auth-metadata-resource-matches'],
      await protectedTarget(['metadata-elsewhere']),
    );
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['auth-metadata-discoverable', 'pass'],
      ['auth-metadata-valid', 'skip'],
      ['auth-metadata-resource-matches', 'skip'],
    ]);
  });
});

const externalAddress = Object.values(networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;

describe.skipIf(!externalAddress)('http-authentication-off-loopback on a non-loopback address', () => {
  it('passes when the server demands a token and warns when it serves anyone', async () => {
    const [guarded] = await runChecks(['http-authentication-off-loopback'], await protectedTarget([], externalAddress));
    expect(guarded?.status, guarded?.message).toBe('pass');
    const [open] = await runChecks(
      ['http-authentication-off-loopback'],
      await protectedTarget(['open'], externalAddress),
    );
    expect(open?.status, open?.message).toBe('warn');
    expect(open?.message).toMatch(/serves MCP at http:\/\/.* to anyone/);
  });
});
