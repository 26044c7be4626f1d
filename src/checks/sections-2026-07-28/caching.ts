/**
 * 2026-07-28 cache hints (inventory 5.13: M-42 to M-45), judged on every cacheable result the run saw: the
 * inventory listings, discover, resource reads. A listing walked page by page keeps one cacheScope.
 */
import type { Finding } from '../judge/findings.js';
import { judgeFindings } from '../judge/findings.js';
import { modernMessages } from '../judge/modern-transcript.js';
import { isObject } from '../judge/transcript-index.js';
import { pass, type CheckDefinition } from '../types.js';
import { MODERN_ONLY } from '../versions.js';

const BOTH = ['stdio', 'http'] as const;
const CACHEABLE = new Set([
  'server/discover',
  'tools/list',
  'prompts/list',
  'resources/list',
  'resources/templates/list',
  'resources/read',
]);
const SCOPES = new Set(['public', 'private']);

/** What is wrong with one complete cacheable result's hints, if anything. */
export function cacheHintProblem(result: Record<string, unknown>): string | undefined {
  const { ttlMs, cacheScope } = result;
  if (ttlMs === undefined || cacheScope === undefined)
    return `the result has no ${ttlMs === undefined ? 'ttlMs' : 'cacheScope'}`;
  if (typeof ttlMs !== 'number' || !Number.isInteger(ttlMs) || ttlMs < 0)
    return `ttlMs is ${JSON.stringify(ttlMs)}, not an integer >= 0`;
  if (typeof cacheScope !== 'string' || !SCOPES.has(cacheScope))
    return `cacheScope is ${JSON.stringify(cacheScope)}, not "public" or "private"`;
  return undefined;
}

export const checks: CheckDefinition[] = [
  {
    id: 'pagination-cache-hints',
    title: 'cacheable results carry ttlMs and cacheScope, one scope across pages',
    section: 'pagination',
    level: 'MUST',
    requirements: ['M-42', 'M-43', 'M-44'],
    spec: 'server/utilities/caching#cacheable-results',
    rule: 'Complete results of server/discover, tools/list, prompts/list, resources/list, resources/templates/list and resources/read MUST carry ttlMs (an integer >= 0) and cacheScope ("public" or "private"), the same on every page of one list.',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const findings: Finding[] = [];
      /** The scope of the listing being walked, by connection and method. */
      const walks = new Map<string, unknown>();
      let count = 0;
      for (const { conn, message, request } of modernMessages(ctx.transcript())) {
        const method = request?.method;
        if (typeof method !== 'string' || !CACHEABLE.has(method) || !isObject(message.result)) continue;
        const result = message.result;
        if (result.resultType !== undefined && result.resultType !== 'complete') continue;
        count++;
        const problem = cacheHintProblem(result);
        if (problem) {
          findings.push({ session: conn, problem: `${method}: ${problem}`, message });
          continue;
        }
        const key = `${conn} ${method}`;
        const continues = isObject(request?.params) && request.params.cursor !== undefined;
        if (continues && walks.has(key) && walks.get(key) !== result.cacheScope)
          findings.push({
            session: conn,
            problem: `${method}: a later page has cacheScope ${JSON.stringify(result.cacheScope)}, the first ${JSON.stringify(walks.get(key))}`,
            message,
          });
        if (!continues) walks.set(key, result.cacheScope);
      }
      if (count === 0) return pass('no cacheable result seen');
      return judgeFindings(findings, 'cacheable results', `${count} cacheable results checked`);
    },
  },
];
