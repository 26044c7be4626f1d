import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/checks/registry.js';
import { REMOVED_IN_MODERN } from '../../src/checks/sections-2026-07-28/removed.js';
import { modernHttp, modernStdio, runChecks, shopStdio } from '../helpers/conformance.js';

const MODERN_IDS = CATALOGUE.filter((c) => c.versions.every((v) => v === '2026-07-28')).map((c) => c.id);
const HTTP_ONLY = new Set(CATALOGUE.filter((c) => c.transports.every((t) => t === 'http')).map((c) => c.id));
const STDIO_ONLY = new Set(CATALOGUE.filter((c) => c.transports.every((t) => t === 'stdio')).map((c) => c.id));
/** Needs a server that speaks only 2026-07-28. */
const MODERN_ONLY_SERVER = new Set(['lifecycle-initialize-refusal-names-versions']);

const byId = (results: { id: string; status: string; message: string }[]) =>
  Object.fromEntries(results.map((r) => [r.id, r.status]));

describe('2026-07-28 checks on the SDK 2.x fixture', () => {
  it.each(['stdio', 'http'] as const)('all pass on the correct fixture over %s', async (transport) => {
    const target = transport === 'stdio' ? modernStdio() : await modernHttp();
    const results = await runChecks(MODERN_IDS, target);
    const expected = Object.fromEntries(
      MODERN_IDS.map((id) => [
        id,
        MODERN_ONLY_SERVER.has(id) ||
        (transport === 'stdio' && HTTP_ONLY.has(id)) ||
        (transport === 'http' && STDIO_ONLY.has(id))
          ? 'skip'
          : 'pass',
      ]),
    );
    expect(byId(results)).toEqual(expected);
    expect(results.every((r) => r.protocolVersion === '2026-07-28' && r.era === 'modern')).toBe(true);
  });

  it.each(['stdio', 'http'] as const)('a modern-only server boots on server/discover over %s', async (transport) => {
    const target = transport === 'stdio' ? modernStdio({ modernOnly: true }) : await modernHttp({ modernOnly: true });
    const results = await runChecks(
      ['lifecycle-initialize-refusal-names-versions', 'lifecycle-discover-result', 'lifecycle-initialize-result'],
      target,
    );
    expect(results.map((r) => [r.id, r.protocolVersion, r.status])).toEqual([
      ['lifecycle-initialize-result', '2026-07-28', 'skip'],
      ['lifecycle-initialize-result', '2025-11-25', 'skip'],
      ['lifecycle-discover-result', '2026-07-28', 'pass'],
      ['lifecycle-initialize-refusal-names-versions', '2026-07-28', 'pass'],
    ]);
    expect(results[0]!.message).toMatch(/^removed in 2026-07-28: the initialize handshake/);
    expect(results[1]!.message).toMatch(/the server accepted 2026-07-28$/);
  });

  it('a 2025-only server shows the modern checks as not spoken, not failed', async () => {
    const results = await runChecks(['lifecycle-discover-result', 'base-result-type'], shopStdio());
    expect(results.map((r) => [r.status, r.message])).toEqual([
      ['skip', expect.stringMatching(/^not spoken: the server does not speak 2026-07-28 \(server\/discover got /)],
      ['skip', expect.stringMatching(/^not spoken/)],
    ]);
  });

  it('a both-era server reports removed 2025 rules as skipped in 2026-07-28, and still runs them in 2025', async () => {
    // A run offers 2026-07-28 when a selected check runs there: here the discover check.
    const all = await runChecks(['ping-empty-result', 'lifecycle-discover-result'], modernStdio(), {
      protocolVersion: undefined,
    });
    const results = all.filter((r) => r.id === 'ping-empty-result');
    const modern = results.find((r) => r.protocolVersion === '2026-07-28');
    expect(modern).toMatchObject({
      status: 'skip',
      era: 'modern',
      message: expect.stringMatching(/^removed in 2026-07-28: ping/),
    });
    expect(results.filter((r) => r.era === 'legacy').map((r) => r.status)).toEqual(['pass', 'pass', 'pass', 'pass']);
  });

  it('a run of initialize-era checks only sends no server/discover', async () => {
    const results = await runChecks(['ping-empty-result'], modernStdio(), { protocolVersion: undefined });
    expect(results.map((r) => r.protocolVersion)).toEqual(['2025-11-25', '2025-06-18', '2025-03-26', '2024-11-05']);
  });

  it('every rule listed as removed in 2026-07-28 is a check of the catalogue', () => {
    const ids = new Set(CATALOGUE.map((c) => c.id));
    expect(Object.keys(REMOVED_IN_MODERN).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each([
    ['discover-malformed', 'lifecycle-discover-result', 'stdio', 'fail', /supportedVersions is not a non-empty array/],
    ['extension-bad-key', 'lifecycle-extension-identifiers', 'stdio', 'fail', /"tasks" has no prefix/],
    ['no-result-type', 'base-result-type', 'stdio', 'fail', /a result has no resultType/],
    ['no-result-type', 'base-result-type', 'http', 'fail', /a result has no resultType/],
    ['no-server-info', 'base-result-server-info', 'http', 'warn', /no _meta serverInfo/],
    ['meta-unchecked', 'lifecycle-missing-meta-rejected', 'stdio', 'fail', /without clientCapabilities got a result/],
    [
      'version-unchecked',
      'lifecycle-unsupported-version-32022',
      'stdio',
      'fail',
      /1900-01-01 got a result, not -32022/,
    ],
    ['version-unchecked', 'lifecycle-unsupported-version-32022', 'http', 'fail', /HTTP 200, a result, not -32022/],
    ['headers-unchecked', 'http-protocol-version-header-mismatch', 'http', 'fail', /got HTTP 200, a result/],
    ['headers-unchecked', 'http-method-name-headers', 'http', 'fail', /no Mcp-Method header got HTTP 200/],
    ['base64-not-decoded', 'http-base64-name', 'http', 'fail', /the base64 form of/],
    ['cache-hints-missing', 'pagination-cache-hints', 'stdio', 'fail', /the result has no ttlMs/],
    ['cache-scope-invalid', 'pagination-cache-hints', 'http', 'fail', /cacheScope is "shared"/],
    ['ping-answered', 'base-removed-methods', 'stdio', 'fail', /ping got a result, not -32601/],
    ['resource-not-found-32002', 'resources-not-found-32602', 'stdio', 'fail', /error -32002, not -32602/],
    ['resource-not-found-32002', 'base-error-code-ranges', 'stdio', 'fail', /-32002 is the retired resource-not-found/],
    ['unknown-method-200', 'http-unknown-method-404', 'http', 'fail', /got HTTP 200, error -32601/],
    ['session-minted', 'http-no-sessions', 'http', 'warn', /carries Mcp-Session-Id/],
    [
      'notification-200',
      'http-notification-202-or-error',
      'http',
      'fail',
      /202 answering a notification has a body|got HTTP 200/,
    ],
    ['server-request', 'base-no-server-requests', 'stdio', 'fail', /sent a roots\/list request/],
    ['cancel-unprompted', 'cancellation-only-for-subscriptions', 'stdio', 'fail', /notifications\/cancelled/],
    ['log-level-unchecked', 'logging-log-level-meta-validated', 'stdio', 'warn', /"verbose" got a result/],
    [
      'structured-mismatch',
      'tools-structured-content-any-json',
      'http',
      'fail',
      /does not conform to its outputSchema/,
    ],
    [
      'x-mcp-header-invalid',
      'tools-x-mcp-header-valid',
      'stdio',
      'fail',
      /"Bad Header" is not a non-empty header token/,
    ],
    ['tools-order-varies', 'tools-list-deterministic', 'stdio', 'warn', /another order/],
    ['tools-list-varies', 'tools-lists-same-per-connection', 'stdio', 'fail', /tools\/list listed other items/],
    ['stateful', 'lifecycle-first-request-served', 'stdio', 'fail', /first request of a connection got error -32600/],
    [
      'input-required-on-list',
      'client-features-input-required-methods',
      'stdio',
      'fail',
      /tools\/list was answered with an input_required/,
    ],
    [
      'input-required-on-list',
      'client-features-input-required-shape',
      'http',
      'fail',
      /neither inputRequests nor requestState/,
    ],
    ['input-required-on-list', 'pagination-input-required-not-cached', 'stdio', 'warn', /carries cache hints/],
    [
      'input-request-undeclared',
      'client-features-input-requests-declared',
      'stdio',
      'fail',
      /declared no client capabilities/,
    ],
    ['extension-result', 'tasks-core-results-without-extensions', 'http', 'fail', /extension resultType "task"/],
    ['log-without-level', 'logging-no-log-without-level', 'stdio', 'fail', /notifications\/message/],
    [
      'listen-no-ack',
      'resources-subscription-acknowledged',
      'stdio',
      'fail',
      /is notifications\/tools\/list_changed, not notifications\/subscriptions\/acknowledged/,
    ],
    ['sse-buffered', 'http-sse-unbuffered', 'http', 'warn', /no X-Accel-Buffering: no/],
    ['param-header-unchecked', 'http-param-headers', 'http', 'fail', /disagrees with the argument got HTTP 200/],
    ['x-mcp-header-secret', 'tools-x-mcp-header-not-sensitive', 'stdio', 'warn', /echo\.apiKey looks sensitive/],
  ] as const)('fault %s makes %s fail (%s)', async (fault, id, transport, status, message) => {
    const target = transport === 'stdio' ? modernStdio({ fault }) : await modernHttp({ fault });
    // Passive checks judge what the run sent: these run beside the check whose calls they judge.
    const companions: Record<string, string[]> = {
      'base-error-code-ranges': ['resources-not-found-32602'],
      'client-features-input-requests-declared': ['tools-structured-content-any-json'],
      'tasks-core-results-without-extensions': ['tools-structured-content-any-json'],
      'http-sse-unbuffered': ['resources-subscription-acknowledged'],
    };
    const all = await runChecks([id, ...(companions[id] ?? [])], target, { protocolVersion: '2026-07-28' });
    const results = all.filter((r) => r.id === id);
    expect(results.map((r) => [r.id, r.status, r.message])).toEqual([[id, status, expect.stringMatching(message)]]);
    expect(results[0]!.evidence).toBeDefined();
  });

  it.each([
    [false, 'pass', /a missing one is read as 2025-03-26 \(the server accepts 2025-03-26/],
    [true, 'fail', /no MCP-Protocol-Version header got HTTP 200, a result.*does not serve clients older/],
  ] as const)(
    'a missing MCP-Protocol-Version header may be served only by a server that serves older clients (modern-only: %s)',
    async (modernOnly, status, message) => {
      const target = await modernHttp({ modernOnly, fault: 'protocol-header-optional' });
      const results = await runChecks(['http-protocol-version-header-mismatch'], target, {
        protocolVersion: '2026-07-28',
      });
      expect(results.map((r) => [r.status, r.message])).toEqual([[status, expect.stringMatching(message)]]);
    },
  );

  it('a modern-only server that refuses initialize without naming its versions gets a warning (M-12)', async () => {
    const results = await runChecks(
      ['lifecycle-initialize-refusal-names-versions'],
      modernStdio({ modernOnly: true, fault: 'initialize-silent' }),
    );
    expect(results.map((r) => [r.status, r.message])).toEqual([
      ['warn', expect.stringMatching(/does not name the supported versions/)],
    ]);
  });
});
