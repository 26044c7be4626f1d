import { beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../src/checks/registry.js';
import { REMOVED_IN_MODERN } from '../../src/checks/sections-2026-07-28/removed.js';
import type { CheckResult } from '../../src/model.js';
import { modernHttp, modernStdio, runChecks, shopStdio } from '../helpers/conformance.js';

/** The 2025-era rules that carry over: one definition, run in both eras. */
const CARRIED = CATALOGUE.filter(
  (c) => c.versions.includes('2026-07-28') && c.versions.some((v) => v !== '2026-07-28'),
).map((c) => c.id);
/** The 2026-07-28 rules. */
const MODERN_IDS = CATALOGUE.filter((c) => c.versions.every((v) => v === '2026-07-28')).map((c) => c.id);
/** The 2025-era rules of the same sections that 2026-07-28 changed: judged by a modern check instead. */
const CHANGED = Object.entries(REMOVED_IN_MODERN)
  .filter(([, reason]) => reason.startsWith('changed in 2026-07-28'))
  .map(([id]) => id);

/** What the correct fixture has nothing for: each skip names what is missing. */
const NOT_APPLICABLE: Record<string, RegExp> = {
  'completion-capability-implemented': /does not declare the completions capability/,
  'completion-unknown-prompt-error': /does not declare the completions capability/,
  'completion-values-limit': /does not declare the completions capability/,
  'completion-context-arguments': /does not declare the completions capability/,
  'tools-capability-declared': /declares the tools capability/,
  'resources-capability-declared': /declares the resources capability/,
  'prompts-capability-declared': /declares the prompts capability/,
  'pagination-cursor-stable': /no listing has a second page/,
  'tools-embedded-resources-capability': /no tool result embedded a resource/,
  'resources-blob-base64': /no resource read returned a blob/,
  'resources-path-traversal': /no listed resource is a file:\/\/ URI/,
  'prompts-media-content': /no fetched prompt has image or audio content/,
  'prompts-embedded-resources': /no fetched prompt embeds a resource/,
};
/**
 * The SDK (1.x and 2.x alike) answers any cursor on a list it does not paginate with the whole list: a SHOULD the
 * fixture, written as an SDK user writes one, cannot keep. It warns in every column, which is the point here.
 */
const SDK_WARNS: Record<string, RegExp> = { 'pagination-invalid-cursor': /ignores the invalid cursor/ };

const column = (results: CheckResult[], version: string) => results.filter((r) => r.protocolVersion === version);

describe.each(['stdio', 'http'] as const)('carried-over rules on the correct SDK 2.x fixture over %s', (transport) => {
  let results: CheckResult[];
  beforeAll(async () => {
    const target = transport === 'stdio' ? modernStdio() : await modernHttp();
    // The 2026-07-28 checks too, so the passive schema checks judge all the modern traffic (discover, listen
    // streams, input_required answers, cancelled calls), not only the carried-over rules' requests.
    results = await runChecks([...CARRIED, ...CHANGED, ...MODERN_IDS, 'schema-server-requests-valid'], target);
  }, 60_000);

  it('passes every carried-over check in the 2026-07-28 column', () => {
    const modern = column(results, '2026-07-28').filter((r) => CARRIED.includes(r.id));
    expect(modern.map((r) => r.id).sort()).toEqual([...CARRIED].sort());
    for (const r of modern) {
      const expected = NOT_APPLICABLE[r.id] ? 'skip' : SDK_WARNS[r.id] ? 'warn' : 'pass';
      expect([r.id, r.status, r.era]).toEqual([r.id, expected, 'modern']);
      expect(r.message).toMatch(NOT_APPLICABLE[r.id] ?? SDK_WARNS[r.id] ?? /./);
    }
  });

  it('judges each rule alike in both eras: one definition, the same verdicts', () => {
    const legacy = new Map(column(results, '2025-11-25').map((r) => [r.id, r.status]));
    // A check that runs once runs under the newest version the server speaks, 2026-07-28.
    const perVersion = CATALOGUE.filter((c) => CARRIED.includes(c.id) && c.scope === 'per-version');
    for (const check of perVersion) {
      const modern = results.find((r) => r.id === check.id && r.protocolVersion === '2026-07-28')!;
      expect([check.id, modern.status]).toEqual([check.id, legacy.get(check.id)]);
    }
  });

  it('reports the 2025 rules that 2026-07-28 changed as skipped there, and still judges them in 2025', () => {
    for (const id of CHANGED) {
      const modern = results.find((r) => r.id === id && r.protocolVersion === '2026-07-28');
      expect(modern).toMatchObject({ status: 'skip', message: expect.stringMatching(/^changed in 2026-07-28: /) });
      expect(results.some((r) => r.id === id && r.era === 'legacy' && r.status !== 'skip')).toBe(true);
    }
  });

  it('judges the schema validity of both eras, each against its own SDK line, on messages it saw', () => {
    for (const id of ['schema-results-valid', 'schema-notifications-valid', 'schema-icon-sources']) {
      const byVersion = new Map(results.filter((r) => r.id === id).map((r) => [r.protocolVersion, r]));
      expect([...byVersion.keys()].sort()).toEqual(['2025-11-25', '2026-07-28']);
      for (const r of byVersion.values())
        expect([id, r.protocolVersion, r.status]).toEqual([id, r.protocolVersion, 'pass']);
    }
    const modern = (id: string) => results.find((r) => r.id === id && r.protocolVersion === '2026-07-28')!;
    expect(modern('schema-results-valid').message).toMatch(/^[1-9]\d* results valid$/);
    expect(modern('schema-notifications-valid').message).toMatch(/^[1-9]\d* notifications valid$/);
    expect(
      results.find((r) => r.id === 'schema-server-requests-valid' && r.protocolVersion === '2026-07-28'),
    ).toMatchObject({
      status: 'skip',
      message: expect.stringMatching(/^removed in 2026-07-28: server-initiated requests/),
    });
  });

  it('links the 2026-07-28 page of a rule whose initialize-era page is gone', () => {
    const url = (version: string) =>
      results.find((r) => r.id === 'tools-capability-implemented' && r.protocolVersion === version)!.spec.url;
    expect(url('2026-07-28')).toMatch(/\/specification\/2026-07-28\/schema#servercapabilities$/);
    expect(url('2025-11-25')).toMatch(/\/specification\/2025-11-25\/basic\/lifecycle#capability-negotiation$/);
  });
});

describe('carried-over rules', () => {
  it.each([
    [
      'input-schema-not-object',
      'tools-input-schema-object',
      'stdio',
      /^echo: inputSchema.type is missing, not "object"$/,
    ],
    ['call-result-no-content', 'tools-call-result-shape', 'stdio', /echo: content/],
    ['prompt-role-invalid', 'prompts-get-result-shape', 'stdio', /prompts\/get greet: .*role/],
    ['call-result-no-content', 'tools-call-result-shape', 'http', /echo: content/],
  ] as const)('fault %s makes %s fail in the 2026-07-28 column (%s)', async (fault, id, transport, message) => {
    const target = transport === 'stdio' ? modernStdio({ fault }) : await modernHttp({ fault });
    const results = await runChecks([id], target, { protocolVersion: '2026-07-28' });
    expect(results.map((r) => [r.id, r.protocolVersion, r.status])).toEqual([[id, '2026-07-28', 'fail']]);
    expect(results[0]!.message).toMatch(message);
    expect(results[0]!.evidence).toBeDefined();
  });

  it.each([
    [
      'tools-list-not-array',
      'schema-results-valid',
      'stdio',
      'fail',
      /^the tools\/list result is invalid: tools: .*expected array/,
    ],
    [
      'tools-list-not-array',
      'schema-results-valid',
      'http',
      'fail',
      /^the tools\/list result is invalid: tools: .*expected array/,
    ],
    ['icon-src-http', 'schema-icon-sources', 'stdio', 'warn', /^icon result\.tools\[0\]\.icons\[0\] has src "http:/],
    ['icon-src-http', 'schema-icon-sources', 'http', 'warn', /^icon result\.tools\[0\]\.icons\[0\] has src "http:/],
    // The fault sends its notification on its own initiative, which only the stdio fixture can.
    [
      'progress-not-numeric',
      'schema-notifications-valid',
      'stdio',
      'fail',
      /^notifications\/progress is invalid: params\.progress: .*expected number/,
    ],
  ] as const)('fault %s makes %s judge the 2026-07-28 messages (%s)', async (fault, id, transport, status, message) => {
    const target = transport === 'stdio' ? modernStdio({ fault }) : await modernHttp({ fault });
    const results = await runChecks([id], target, { protocolVersion: '2026-07-28' });
    expect(results.map((r) => [r.id, r.protocolVersion, r.status])).toEqual([[id, '2026-07-28', status]]);
    expect(results[0]!.message).toMatch(message);
    expect(results[0]!.evidence).toBeDefined();
  });

  it('run only in the 2025 columns on a server that speaks only 2025', async () => {
    const results = await runChecks(['tools-list-shape', 'resources-read-contents'], shopStdio());
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.era === 'legacy' && r.status === 'pass')).toBe(true);
  });
});
