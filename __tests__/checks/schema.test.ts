import { describe, expect, it } from 'vitest';
import { checks } from '../../src/checks/sections-2025/schema.js';
import { resultProblems } from '../../src/checks/judge/message-schema.js';
import { faultyStdio, runChecks, shopHttp, shopStdio } from '../helpers/conformance.js';

const ids = checks.map((check) => check.id);
const newest = { protocolVersion: '2025-11-25' } as const;

describe('schema checks', () => {
  it('pass on the shop server over stdio and Streamable HTTP', async () => {
    for (const target of [shopStdio(), await shopHttp()]) {
      const results = await runChecks(ids, target, newest);
      expect(results.map((r) => [r.id, r.status])).toEqual(ids.map((id) => [id, 'pass']));
    }
  });

  it.each([
    ['schema-results-valid', 'tool-without-input-schema', /the tools\/list result is invalid: tools\[0\]\.inputSchema/],
    ['schema-notifications-valid', 'log-level-invalid', /notifications\/message is invalid: params\.level/],
    [
      'schema-server-requests-valid',
      'sampling-request-invalid',
      /the sampling\/createMessage request is invalid: params\./,
    ],
  ])('%s fails on fault %s', async (id, fault, message) => {
    const [result] = await runChecks([id], faultyStdio(fault), newest);
    expect(result!.status).toBe('fail');
    expect(result!.message).toMatch(message);
    expect(result!.evidence).toBeDefined();
  });

  it('schema-icon-sources warns on an icon with a file: URI', async () => {
    const [result] = await runChecks(['schema-icon-sources'], faultyStdio('icon-file-scheme'), newest);
    expect(result!.status).toBe('warn');
    expect(result!.message).toMatch(/icon result\.serverInfo\.icons\[0\] has src "file:\/\/\/etc\/shop\.png"/);
  });

  it('requires content on a tool result even though the SDK would default it', () => {
    expect(resultProblems('tools/call', { structuredContent: {} }, { name: 'x' })).toContain(
      'content: required array is missing',
    );
    expect(resultProblems('tools/call', { content: [{ type: 'text', text: 'ok' }] }, { name: 'x' })).toEqual([]);
  });

  it('judges a task-augmented call by the CreateTaskResult schema', () => {
    const task = {
      taskId: 't1',
      status: 'working',
      createdAt: '2025-11-25T00:00:00Z',
      lastUpdatedAt: '2025-11-25T00:00:00Z',
      ttl: null,
    };
    expect(resultProblems('tools/call', { task }, { name: 'x', task: {} })).toEqual([]);
    expect(resultProblems('tools/call', { content: [] }, { name: 'x', task: {} })[0]).toMatch(/^task:/);
  });

  it('names the offending content block of a union', () => {
    const problems = resultProblems('tools/call', { content: [{ type: 'image', mimeType: 'image/png' }] }, {});
    expect(problems).toEqual([expect.stringMatching(/^content\[0\]\.data:/)]);
  });
});
