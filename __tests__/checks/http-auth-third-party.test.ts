/**
 * The Streamable HTTP and authorization sections against third-party reference servers: no failure or warning
 * that is not the server's own. Where server-everything really breaks a rule, the finding is pinned below with
 * the spec sentence it breaks, so a change in either the server or the check shows up here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checks as auth } from '../../src/checks/sections-2025/auth.js';
import { checks as http } from '../../src/checks/sections-2025/http.js';
import { runChecks, statuses, everythingHttp } from '../helpers/conformance.js';
import { EVERYTHING, stdioTarget } from '../helpers/config.js';

const IDS = [...http, ...auth].map((c) => c.id);
const MEMORY = 'node_modules/@modelcontextprotocol/server-memory/dist/index.js';
const FILESYSTEM = 'node_modules/@modelcontextprotocol/server-filesystem/dist/index.js';
const FILESYSTEM_ROOT = mkdtempSync(join(tmpdir(), 'mcp-ci-fs-'));
afterAll(() => rmSync(FILESYSTEM_ROOT, { recursive: true, force: true }));

function problems(results: Awaited<ReturnType<typeof runChecks>>): Record<string, string> {
  return Object.fromEntries(
    results
      .filter((r) => r.status === 'fail' || r.status === 'warn')
      .map((r) => [`${r.id}@${r.protocolVersion}`, r.status]),
  );
}

describe('HTTP and authorization sections on third-party servers', () => {
  it('server-everything over Streamable HTTP: only its own findings', async () => {
    const target = await everythingHttp();
    const results = await runChecks(IDS, target);
    expect(problems(results)).toEqual({
      // basic/transports#session-management: "The server MAY terminate the session at any time, after which it MUST
      // respond to requests containing that session ID with HTTP 404 Not Found." It answers 400 to unknown and to
      // deleted session ids alike (its router only knows "no valid session id").
      'http-unknown-session-id-404@2025-11-25': 'fail',
      'http-terminated-session-404@2025-11-25': 'fail',
      // basic/transports#resumability-and-redelivery: "The server MUST NOT replay messages that would have been
      // delivered on a different stream." Its event store replays every event stored after the Last-Event-ID,
      // whatever stream it was on (the priming events too, as `data: {}`).
      'http-resume-replays-own-stream@2025-11-25': 'fail',
      // basic/transports#security-warning: "Servers MUST validate the Origin header on all incoming connections";
      // "If the Origin header is present and invalid, servers MUST respond with HTTP 403 Forbidden." It enables
      // CORS for every origin and validates none.
      'http-foreign-origin-rejected@2025-11-25': 'fail',
      'http-foreign-origin-403@2025-11-25': 'fail',
      // security_best_practices#local-mcp-server-compromise: local servers SHOULD prevent unauthorized use; it
      // serves any Host name, so DNS rebinding reaches it.
      'http-foreign-host-rejected@2025-11-25': 'warn',
      // basic/transports#security-warning: "When running locally, servers SHOULD bind only to localhost
      // (127.0.0.1) rather than all network interfaces (0.0.0.0)." Express listens on every interface by default.
      'http-binds-loopback@2025-11-25': 'warn',
    });
    // Everything else was judged, not skipped: sessions, headers, streams, batches.
    const passed = Object.entries(statuses(results))
      .filter(([, s]) => s === 'pass')
      .map(([key]) => key);
    expect(passed).toEqual(
      expect.arrayContaining([
        'http-notification-accepted-202@2025-11-25',
        'http-get-sse-or-405@2025-11-25',
        'http-session-ids-unique-and-random@2025-11-25',
        'http-protocol-version-header-invalid-400@2025-11-25',
        'http-sse-priming-event@2025-11-25',
        'http-sse-event-ids-unique@2025-11-25',
        'http-batch-2025-03-26@2025-03-26',
      ]),
    );
    // No credentials configured and none demanded: the authorization checks do not apply.
    expect(results.filter((r) => r.section === 'auth').every((r) => r.status === 'skip')).toBe(true);
  });

  it.each([
    ['server-everything', ['node', EVERYTHING, 'stdio']],
    ['server-memory', ['node', MEMORY]],
    ['server-filesystem', ['node', FILESYSTEM, FILESYSTEM_ROOT]],
  ])('%s over stdio: every check skips as not applicable', async (_name, argv) => {
    const results = await runChecks(IDS, stdioTarget(argv));
    expect(problems(results)).toEqual({});
    expect(results.every((r) => r.status === 'skip' && /applies to http only/.test(r.message))).toBe(true);
  });
});
