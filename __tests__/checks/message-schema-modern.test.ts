import { describe, expect, it } from 'vitest';
import { notificationProblems, resultProblems } from '../../src/checks/judge/message-schema.js';

const WIRE = { resultType: 'complete', ttlMs: 60_000, cacheScope: 'public' };
const judge = (method: string, result: unknown) => resultProblems(method, result, {}, undefined, 'modern');

describe('2026-07-28 results against the SDK 2.x schemas', () => {
  it('accepts the wire-only members and the serverInfo _meta on a correct result', () => {
    const _meta = { 'io.modelcontextprotocol/serverInfo': { name: 'fixture', version: '1.0.0' } };
    expect(judge('tools/list', { tools: [{ name: 'echo', inputSchema: { type: 'object' } }], ...WIRE, _meta })).toEqual(
      [],
    );
    expect(
      judge('server/discover', {
        supportedVersions: ['2026-07-28'],
        capabilities: {},
        serverInfo: { name: 'fixture', version: '1.0.0' },
        ...WIRE,
      }),
    ).toEqual([]);
  });

  it('accepts structuredContent of any JSON value', () => {
    for (const structuredContent of [[1, 2], 'text', 42, null])
      expect(judge('tools/call', { content: [], structuredContent, ...WIRE })).toEqual([]);
  });

  it('leaves an input_required answer to its own checks', () => {
    expect(judge('tools/call', { resultType: 'input_required', inputRequests: {} })).toEqual([]);
  });

  it('names what is wrong, picked by the method answered', () => {
    expect(judge('tools/list', { tools: 'echo', ...WIRE })).toEqual([
      'tools: Invalid input: expected array, received string',
    ]);
    expect(judge('tools/call', { ...WIRE })).toContain('content: required array is missing');
    expect(judge('server/discover', { ...WIRE })[0]).toMatch(/^supportedVersions: /);
    // A method without a schema of its own gets the generic result's.
    expect(judge('x-vendor/thing', { _meta: 5 })[0]).toMatch(/^_meta: /);
  });

  it('judges the notifications 2026-07-28 keeps, and knows the ones it adds', () => {
    const progress = { jsonrpc: '2.0', method: 'notifications/progress', params: { progressToken: 1, progress: 'x' } };
    expect(notificationProblems(progress, 'modern')[0]).toMatch(/^params\.progress: /);
    const ack = { jsonrpc: '2.0', method: 'notifications/subscriptions/acknowledged', params: {} };
    expect(notificationProblems(ack, 'legacy')).toEqual([]);
    expect(notificationProblems(ack, 'modern')).not.toEqual([]);
  });
});
