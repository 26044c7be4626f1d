/** Utility — ping (basic/utilities/ping), inventory section 5.7a. */
import { pass, violation, type CheckDefinition } from '../types.js';
import { versionsFrom } from '../versions.js';

const isEmptyResult = (value: unknown): boolean =>
  value !== null &&
  typeof value === 'object' &&
  !Array.isArray(value) &&
  Object.keys(value).every((key) => key === '_meta');

export const checks: CheckDefinition[] = [
  {
    id: 'ping-empty-result',
    title: 'ping is answered promptly with an empty result',
    section: 'ping',
    level: 'MUST',
    requirements: ['PING-01', 'SCH-14'],
    spec: 'basic/utilities/ping#behavior-requirements',
    rule: 'The receiver MUST respond promptly with an empty response.',
    versions: versionsFrom('2024-11-05'),
    transports: ['stdio', 'http', 'sse'],
    scope: 'per-version',
    async run(ctx) {
      const withoutParams = await ctx.main.request('ping');
      if (!withoutParams.ok) {
        return violation(`ping returned error ${withoutParams.error.code}: ${withoutParams.error.message}`, {
          sent: { method: 'ping' },
          received: withoutParams.error,
        });
      }
      if (!isEmptyResult(withoutParams.result)) {
        return violation('ping result is not an empty object', {
          sent: { method: 'ping' },
          received: withoutParams.result,
        });
      }
      const withParams = await ctx.main.request('ping', {});
      if (!withParams.ok || !isEmptyResult(withParams.result)) {
        return violation('ping with `params: {}` did not return an empty result', {
          sent: { method: 'ping', params: {} },
          received: withParams.ok ? withParams.result : withParams.error,
        });
      }
      return pass();
    },
  },
];
