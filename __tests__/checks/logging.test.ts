import { describe, expect, it } from 'vitest';
import { checks, sensitiveContent } from '../../src/checks/sections-2025/logging.js';
import { faultyStdio, runChecks, shopHttp, shopStdio } from '../helpers/conformance.js';

const ids = checks.map((check) => check.id);
const newest = { protocolVersion: '2025-11-25' } as const;

describe('logging checks', () => {
  it('pass on the shop server over stdio and Streamable HTTP', async () => {
    for (const target of [shopStdio(), await shopHttp()]) {
      const results = await runChecks(ids, target, newest);
      expect(results.map((r) => [r.id, r.status])).toEqual(ids.map((id) => [id, 'pass']));
    }
  });

  it.each([
    ['logging-capability-declared', 'log-without-capability', 'fail', /without declaring the logging capability/],
    [
      'logging-set-level',
      'set-level-not-found',
      'fail',
      /failed with -32601: Method not found \(it declares logging but has no handler\)/,
    ],
    ['logging-invalid-level', 'set-level-accepts-anything', 'warn', /accepted the log level "verbose"/],
    [
      'logging-no-sensitive-data',
      'log-leaks-private-key',
      'warn',
      /a debug log message from shop appears to contain a private key/,
    ],
  ])('%s reports fault %s as %s', async (id, fault, status, message) => {
    const [result] = await runChecks([id], faultyStdio(fault), newest);
    expect([result!.status, result!.message]).toEqual([status, expect.stringMatching(message)]);
    expect(result!.evidence).toBeDefined();
  });

  it('skips setLevel checks when logging is not declared', async () => {
    const results = await runChecks(
      ['logging-set-level', 'logging-invalid-level'],
      faultyStdio('log-without-capability'),
      newest,
    );
    expect(results.map((r) => r.status)).toEqual(['skip', 'skip']);
  });

  it('never puts the leaked text itself in the evidence', async () => {
    const [result] = await runChecks(['logging-no-sensitive-data'], faultyStdio('log-leaks-private-key'), newest);
    expect(JSON.stringify(result!.evidence)).not.toMatch(/PRIVATE KEY/);
  });

  it("recognises secrets in structured log data and the tester's own header values", () => {
    const trace = { error: 'boom', stack: 'Error: boom\n    at handler (/srv/app/index.js:12:5)' };
    expect(sensitiveContent(trace, [])).toBe('a JavaScript stack trace');
    expect(sensitiveContent('token is s3cr3t-value-123', ['s3cr3t-value-123'])).toMatch(/secret the tester sent/);
    expect(sensitiveContent({ key: 'AKIAIOSFODNN7EXAMPLE' }, [])).toBe('an AWS access key id');
    expect(sensitiveContent('created order o-1: 2 × sku-apple', [])).toBeUndefined();
  });
});
