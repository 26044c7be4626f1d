/** Server-initiated sampling and elicitation requests, judged against the capabilities each session declared. */
import { describe, expect, it } from 'vitest';
import { EVERYTHING, stdioTarget } from '../helpers/config.js';
import { faultyStdio, runChecks, shopStdio } from '../helpers/conformance.js';

const newest = { protocolVersion: '2025-11-25' } as const;
const IDS = [
  'client-features-sampling-request-valid',
  'client-features-sampling-include-context',
  'client-features-elicitation-request-valid',
  'client-features-elicitation-no-sensitive-data',
  'client-features-elicitation-complete-known-id',
  'client-features-url-elicitation-required-error',
];
// A check that calls tools, so the url-elicitation fault has a call to answer.
const CALLER = 'tools-call-result-shape';

describe('checks on the requests a server sends to the client', () => {
  it('pass or skip (nothing sent) on the correct shop server', async () => {
    const results = await runChecks([...IDS, CALLER], shopStdio(), newest);
    for (const result of results.filter((r) => IDS.includes(r.id))) {
      expect(['pass', 'skip'], `${result.id}: ${result.message}`).toContain(result.status);
    }
  });

  it('pass on a server that sends well-formed sampling and elicitation requests', async () => {
    const ids = [
      'client-features-sampling-request-valid',
      'client-features-sampling-include-context',
      'client-features-elicitation-request-valid',
      'client-features-elicitation-no-sensitive-data',
    ];
    const results = await runChecks(ids, faultyStdio('sends-valid-client-requests'), newest);
    for (const result of results) expect(result.status, `${result.id}: ${result.message}`).toBe('pass');
  });

  it('pass on server-everything, whose sampling and elicitation tools run under call-tools: all', async () => {
    const ids = [
      'client-features-sampling-request-valid',
      'client-features-elicitation-request-valid',
      'client-features-elicitation-no-sensitive-data',
    ];
    const results = await runChecks([...ids, CALLER], stdioTarget(['node', EVERYTHING, 'stdio']), {
      ...newest,
      callTools: 'all',
    });
    for (const result of results.filter((r) => ids.includes(r.id))) {
      expect(result.status, `${result.id}: ${result.message}`).toBe('pass');
    }
  });

  it.each([
    [
      'client-features-sampling-request-valid',
      'sampling-request-malformed',
      'fail',
      /maxTokens is "100", not an integer/,
    ],
    ['client-features-sampling-request-valid', 'sampling-request-malformed', 'fail', /offers tools .* sampling\.tools/],
    ['client-features-sampling-include-context', 'sampling-include-all-servers', 'warn', /includeContext "allServers"/],
    [
      'client-features-elicitation-request-valid',
      'elicitation-url-mode-undeclared',
      'fail',
      /URL mode though the client declared form mode only/,
    ],
    [
      'client-features-elicitation-request-valid',
      'elicitation-nested-form',
      'fail',
      /property address has type "object"/,
    ],
    ['client-features-elicitation-no-sensitive-data', 'elicitation-asks-password', 'warn', /asks for "password"/],
    [
      'client-features-elicitation-complete-known-id',
      'elicitation-complete-unknown-id',
      'fail',
      /"never-sent", which this session was never sent/,
    ],
    [
      'client-features-url-elicitation-required-error',
      'url-elicitation-required-without-data',
      'fail',
      /error -32042 without a list/,
    ],
  ])('%s reports fault %s as %s', async (id, fault, status, message) => {
    const results = await runChecks([id, CALLER], faultyStdio(fault), newest);
    const result = results.find((r) => r.id === id)!;
    expect(result.status).toBe(status);
    expect(result.message + JSON.stringify(result.evidence)).toMatch(message);
    expect(result.evidence).toBeDefined();
  });
});
