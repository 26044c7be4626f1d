/** Utility: pagination (server/utilities/pagination), inventory section 5.7f. */
import { isDeepStrictEqual } from 'node:util';
import { declares } from '../applicability.js';
import { INVALID_PARAMS, describeOutcome, receivedOf } from '../judge/outcome.js';
import { LIST_METHODS, sharedWalk, type ListMethod } from '../probes/pages.js';
import { pass, skip, violation, warn, type CheckContext, type CheckDefinition } from '../types.js';
import { ALL_VERSIONS, withModern } from '../versions.js';

const BOTH = ['stdio', 'http', 'sse'] as const;
const INVALID_CURSOR = 'mcp-ci-invalid-cursor';

const declaredLists = (ctx: CheckContext): ListMethod[] => LIST_METHODS.filter((l) => declares(ctx, l.capability));

const requireLists = (ctx: CheckContext): string | undefined =>
  declaredLists(ctx).length ? undefined : 'the server declares none of tools, resources, prompts';

export const checks: CheckDefinition[] = [
  {
    id: 'pagination-terminates',
    title: 'paginated listings end: the last page omits nextCursor and cursors do not cycle',
    section: 'pagination',
    level: 'MUST',
    requirements: ['PAG-01'],
    spec: 'server/utilities/pagination#response-format',
    rule: 'nextCursor is present only when more results exist (schema.ts PaginatedResult); a listing walked cursor by cursor reaches a last page.',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies: requireLists,
    async run(ctx) {
      const emptyEnd: string[] = [];
      const summary: string[] = [];
      for (const list of declaredLists(ctx)) {
        const walk = await sharedWalk(ctx.main, list.method);
        const stopped = walk.stopped;
        if (stopped && !stopped.outcome) {
          return violation(`${list.method}: ${stopped.reason}`, {
            sent: { method: list.method },
            received: walk.pages.slice(-3).map((p) => ({ cursor: p.cursor, nextCursor: p.result.nextCursor })),
          });
        }
        if (stopped?.outcome && stopped.cursor !== undefined) {
          return violation(`${list.method} rejects the cursor it issued itself: ${describeOutcome(stopped.outcome)}`, {
            sent: { method: list.method, params: { cursor: stopped.cursor } },
            received: receivedOf(stopped.outcome),
          });
        }
        // A failing first page is the listing checks' finding, not a pagination one.
        if (stopped) continue;
        if (walk.endedWithEmptyCursor) emptyEnd.push(list.method);
        summary.push(`${list.method}: ${walk.pages.length} page(s)`);
      }
      if (emptyEnd.length) {
        return warn(
          `${emptyEnd.join(', ')} end(s) the listing with nextCursor: "" instead of omitting it; from 2026-07-28 clients must treat "" as a real cursor`,
          { received: emptyEnd },
        );
      }
      return summary.length ? pass(summary.join('; ')) : skip('no listing could be walked');
    },
  },
  {
    id: 'pagination-cursor-stable',
    title: 'the same cursor returns the same page',
    section: 'pagination',
    level: 'SHOULD',
    requirements: ['PAG-02'],
    spec: 'server/utilities/pagination#implementation-guidelines',
    rule: 'Servers SHOULD provide stable cursors.',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies: requireLists,
    async run(ctx) {
      const compared: string[] = [];
      for (const list of declaredLists(ctx)) {
        const walk = await sharedWalk(ctx.main, list.method);
        const cursor = walk.pages[1]?.cursor;
        if (cursor === undefined) continue;
        const first = await ctx.main.request(list.method, { cursor });
        const second = await ctx.main.request(list.method, { cursor });
        const items = (outcome: typeof first) => (outcome.ok ? outcome.result[list.key] : receivedOf(outcome));
        if (!first.ok || !second.ok || !isDeepStrictEqual(items(first), items(second))) {
          return violation(`${list.method} returns different answers for the same cursor`, {
            sent: { method: list.method, params: { cursor } },
            received: { first: receivedOf(first), second: receivedOf(second) },
          });
        }
        compared.push(list.method);
      }
      return compared.length ? pass(`stable: ${compared.join(', ')}`) : skip('no listing has a second page');
    },
  },
  {
    id: 'pagination-invalid-cursor',
    title: 'an invalid cursor is error -32602',
    section: 'pagination',
    level: 'SHOULD',
    requirements: ['PAG-03'],
    spec: 'server/utilities/pagination#error-handling',
    rule: 'Invalid cursors SHOULD result in an error with code -32602 (Invalid params).',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies: requireLists,
    async run(ctx) {
      for (const list of declaredLists(ctx)) {
        const sent = { method: list.method, params: { cursor: INVALID_CURSOR } };
        const outcome = await ctx.main.request(sent.method, sent.params);
        const evidence = { sent, received: receivedOf(outcome) };
        if (outcome.ok) {
          return violation(
            `${list.method} ignores the invalid cursor ${JSON.stringify(INVALID_CURSOR)} and answers a page instead of error -32602`,
            evidence,
          );
        }
        if (outcome.error.code !== INVALID_PARAMS) {
          return violation(
            `${list.method} answers an invalid cursor with error ${outcome.error.code}; the spec asks for -32602 (Invalid params)`,
            evidence,
          );
        }
      }
      return pass(
        `${declaredLists(ctx)
          .map((l) => l.method)
          .join(', ')}: -32602`,
      );
    },
  },
];
