import { describe, expect, it } from 'vitest';
import { checks, completeResultProblems } from '../../src/checks/sections-2025/completion.js';
import { faultyStdio, runChecks, shopHttp, shopStdio } from '../helpers/conformance.js';

const ids = checks.map((check) => check.id);
const newest = { protocolVersion: '2025-11-25' } as const;
/** The shop declares completions: the checks for servers without them do not apply. */
const forUndeclared = ['completion-capability-declared', 'completion-unsupported-method-not-found'];

describe('completion checks', () => {
  it('pass on the shop server over stdio, in every protocol version with completions', async () => {
    const results = await runChecks(ids, shopStdio());
    expect(results.filter((r) => r.status !== 'pass' && !forUndeclared.includes(r.id))).toEqual([]);
    expect(results.filter((r) => forUndeclared.includes(r.id)).every((r) => r.status === 'skip')).toBe(true);
  });

  it('pass on the shop server over Streamable HTTP', async () => {
    const results = await runChecks(ids, await shopHttp(), newest);
    expect(results.filter((r) => r.status === 'fail' || r.status === 'warn')).toEqual([]);
  });

  it('completion-unsupported-method-not-found passes a server that answers -32601 without the capability', async () => {
    // Hiding the capability leaves the SDK serving the method: the check cannot judge the code then.
    const [served] = await runChecks(
      ['completion-unsupported-method-not-found'],
      faultyStdio('completions-undeclared'),
      newest,
    );
    expect(served!.status).toBe('skip');
    const [missing] = await runChecks(
      ['completion-unsupported-method-not-found'],
      faultyStdio('completions-undeclared', 'completion-missing'),
      newest,
    );
    expect(missing!.status).toBe('pass');
  });

  it.each([
    ['completion-capability-implemented', ['completion-missing'], 'fail', /answers completion\/complete with -32601/],
    [
      'completion-capability-declared',
      ['completions-undeclared'],
      'fail',
      /serves completion\/complete but does not declare/,
    ],
    [
      'completion-unsupported-method-not-found',
      ['completions-undeclared-internal-error'],
      'warn',
      /answered with error -32603; the spec asks for -32601/,
    ],
    [
      'completion-unknown-prompt-error',
      ['completion-unknown-prompt-result'],
      'warn',
      /unknown prompt returned a result instead of error -32602/,
    ],
    [
      'completion-values-limit',
      ['completion-too-many-values'],
      'fail',
      /completion.values has 101 items \(at most 100\)/,
    ],
    [
      'completion-context-arguments',
      ['completion-context-rejected'],
      'fail',
      /rejected with -32602 once context.arguments is added/,
    ],
  ])('%s reports fault %s as %s', async (id, faults, status, message) => {
    const [result] = await runChecks([id], faultyStdio(...faults), newest);
    expect(result!.status).toBe(status);
    expect(result!.message).toMatch(message);
    expect(result!.evidence).toBeDefined();
  });

  it('judges CompleteResult shapes', () => {
    expect(completeResultProblems({ completion: { values: ['a'], total: 1, hasMore: false } })).toEqual([]);
    expect(completeResultProblems({ completion: { values: [1], total: 1.5, hasMore: 'no' } })).toEqual([
      'completion.values holds non-strings',
      'completion.total is not an integer',
      'completion.hasMore is not a boolean',
    ]);
  });
});
