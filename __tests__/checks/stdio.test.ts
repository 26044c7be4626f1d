import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/sections-2025/stdio.js';
import { faultyStdio, runChecks, shopStdio } from '../helpers/conformance.js';

const ids = checks.map((check) => check.id);
const newest = { protocolVersion: '2025-11-25' } as const;

describe('stdio checks', () => {
  it('pass on the shop server', async () => {
    const results = await runChecks(ids, shopStdio(), newest);
    expect(results.map((r) => [r.id, r.status])).toEqual(ids.map((id) => [id, 'pass']));
  });

  it('stdio-stdout-only-messages fails on a banner printed to stdout', async () => {
    const [result] = await runChecks(['stdio-stdout-only-messages'], faultyStdio('stdout-banner'), newest);
    expect(result!.status).toBe('fail');
    expect(result!.message).toMatch(/stdout line\(s\) that are not MCP messages, first: "Shop server v1\.0\.0 ready"/);
  });

  it('stdio-exits-on-stdin-close warns when the server outlives its stdin', async () => {
    const [result] = await runChecks(['stdio-exits-on-stdin-close'], faultyStdio('stdin-close-ignored'), newest);
    expect(result!.status).toBe('warn');
    expect(result!.message).toMatch(/still running .* after its stdin closed/);
  });
});
