/**
 * Results and notifications the client did not ask for (inventory 5.13: M-11, M-34, M-36 to M-38, M-45),
 * judged on every modern message of the run. mcp-ci declares no client capability, no extension and no log level
 * on its 2026-07-28 requests, so a server that follows the rules never sends what these checks look for.
 */
import type { Finding } from '../judge/findings.js';
import { judgeFindings } from '../judge/findings.js';
import { modernMessages, type ModernMessage } from '../judge/modern-transcript.js';
import { isObject } from '../judge/transcript-index.js';
import { type CheckContext, type CheckDefinition } from '../types.js';
import { MODERN_ONLY } from '../versions.js';

const BOTH = ['stdio', 'http'] as const;
const MRTR_METHODS = new Set(['tools/call', 'resources/read', 'prompts/get']);
const INPUT_METHODS = new Set(['elicitation/create', 'sampling/createMessage', 'roots/list']);

const inputRequired = (ctx: CheckContext): ModernMessage[] =>
  modernMessages(ctx.transcript()).filter(
    ({ message }) => isObject(message.result) && message.result.resultType === 'input_required',
  );

/** What is malformed in an InputRequiredResult, if anything. */
export function inputRequiredProblem(result: Record<string, unknown>): string | undefined {
  const { inputRequests, requestState } = result;
  if (inputRequests === undefined && requestState === undefined)
    return 'an input_required result has neither inputRequests nor requestState';
  if (inputRequests !== undefined) {
    if (!isObject(inputRequests)) return 'inputRequests is not an object';
    for (const [key, request] of Object.entries(inputRequests)) {
      if (!isObject(request) || typeof request.method !== 'string' || !INPUT_METHODS.has(request.method))
        return `inputRequests.${key} is not an elicitation/create, sampling/createMessage or roots/list request`;
      if (request.params !== undefined && !isObject(request.params))
        return `inputRequests.${key}.params is not an object`;
    }
  }
  if (requestState !== undefined && typeof requestState !== 'string') return 'requestState is not a string';
  return undefined;
}

const passive = (
  check: Omit<CheckDefinition, 'versions' | 'transports' | 'scope' | 'run'> & {
    judge(ctx: CheckContext): { findings: Finding[]; passMessage: string; what: string };
  },
): CheckDefinition => {
  const { judge, ...rest } = check;
  return {
    ...rest,
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'passive',
    async run(ctx) {
      const { findings, passMessage, what } = judge(ctx);
      return judgeFindings(findings, what, passMessage);
    },
  };
};

export const checks: CheckDefinition[] = [
  passive({
    id: 'client-features-input-required-methods',
    title: 'input_required answers only tools/call, resources/read and prompts/get',
    section: 'client-features',
    level: 'MUST',
    requirements: ['M-36'],
    spec: 'basic/patterns/mrtr#supported-requests',
    rule: 'Servers MUST NOT return an InputRequiredResult to any request other than tools/call, resources/read or prompts/get.',
    judge: (ctx) => {
      const all = inputRequired(ctx);
      const findings = all
        .filter(({ request }) => typeof request?.method === 'string' && !MRTR_METHODS.has(request.method))
        .map(({ conn, message, request }) => ({
          session: conn,
          problem: `${String(request?.method)} was answered with an input_required result`,
          message,
        }));
      return { findings, what: 'input_required results', passMessage: `${all.length} input_required results checked` };
    },
  }),
  passive({
    id: 'client-features-input-required-shape',
    title: 'an input_required result carries valid inputRequests or requestState',
    section: 'client-features',
    level: 'MUST',
    requirements: ['M-37'],
    spec: 'basic/patterns/mrtr#server-requirements-basic-workflow',
    rule: 'An InputRequiredResult MUST contain inputRequests and/or requestState; each inputRequests value is an elicitation/create, sampling/createMessage or roots/list request.',
    judge: (ctx) => {
      const all = inputRequired(ctx);
      const findings = all.flatMap(({ conn, message }) => {
        const problem = inputRequiredProblem(message.result as Record<string, unknown>);
        return problem ? [{ session: conn, problem, message }] : [];
      });
      return { findings, what: 'input_required results', passMessage: `${all.length} input_required results checked` };
    },
  }),
  passive({
    id: 'client-features-input-requests-declared',
    title: 'input is asked for only through capabilities the request declared',
    section: 'client-features',
    level: 'MUST',
    requirements: ['M-38', 'M-03'],
    spec: 'basic/patterns/mrtr#server-requirements-basic-workflow',
    rule: 'Servers MUST NOT send inputRequests for capabilities the client did not declare in that request (they answer -32021 with data.requiredCapabilities instead, over HTTP with status 400).',
    judge: (ctx) => {
      const findings: Finding[] = [];
      let count = 0;
      for (const { conn, message, http } of modernMessages(ctx.transcript())) {
        const result = isObject(message.result) ? message.result : undefined;
        if (result?.resultType === 'input_required' && isObject(result.inputRequests)) {
          count++;
          if (Object.keys(result.inputRequests).length > 0)
            findings.push({
              session: conn,
              problem: 'inputRequests were sent to a request that declared no client capabilities',
              message,
            });
        }
        const error = isObject(message.error) ? message.error : undefined;
        if (error?.code === -32021) {
          count++;
          if (!isObject(error.data) || !isObject(error.data.requiredCapabilities))
            findings.push({ session: conn, problem: 'a -32021 error has no data.requiredCapabilities', message });
          else if (http?.status !== undefined && http.status !== 400)
            findings.push({ session: conn, problem: `a -32021 error came with HTTP ${http.status}, not 400`, message });
        }
      }
      return { findings, what: 'requests for client input', passMessage: `${count} requests for client input checked` };
    },
  }),
  passive({
    id: 'pagination-input-required-not-cached',
    title: 'input_required results carry no cache hints',
    section: 'pagination',
    level: 'SHOULD',
    requirements: ['M-45'],
    spec: 'server/utilities/caching#cacheable-results',
    rule: 'Interim InputRequiredResult responses are not cacheable and carry no ttlMs or cacheScope.',
    judge: (ctx) => {
      const all = inputRequired(ctx);
      const findings = all
        .filter(({ message }) => {
          const result = message.result as Record<string, unknown>;
          return 'ttlMs' in result || 'cacheScope' in result;
        })
        .map(({ conn, message }) => ({
          session: conn,
          problem: 'an input_required result carries cache hints',
          message,
        }));
      return { findings, what: 'input_required results', passMessage: `${all.length} input_required results checked` };
    },
  }),
  passive({
    id: 'tasks-core-results-without-extensions',
    title: 'results keep to core shapes when the client declares no extension',
    section: 'tasks',
    level: 'MUST',
    requirements: ['M-11'],
    spec: 'basic/versioning#extension-negotiation',
    rule: 'If the client does not support an extension, the server MUST revert to core behaviour or reject the request.',
    judge: (ctx) => {
      const findings: Finding[] = [];
      let count = 0;
      for (const { conn, message } of modernMessages(ctx.transcript())) {
        if (!isObject(message.result)) continue;
        count++;
        const type = message.result.resultType;
        if (typeof type === 'string' && type !== 'complete' && type !== 'input_required')
          findings.push({
            session: conn,
            problem: `a result has the extension resultType ${JSON.stringify(type)}`,
            message,
          });
        else if (isObject(message.result.task))
          findings.push({ session: conn, problem: 'a result carries a task handle', message });
      }
      return { findings, what: 'results', passMessage: `${count} results checked` };
    },
  }),
  passive({
    id: 'logging-no-log-without-level',
    title: 'no log notifications for requests without a log level',
    section: 'logging',
    level: 'MUST',
    requirements: ['M-34'],
    spec: 'server/utilities/logging#per-request-log-level',
    rule: 'Servers MUST NOT send notifications/message for a request whose _meta carries no logLevel.',
    judge: (ctx) => {
      const findings = modernMessages(ctx.transcript())
        .filter(({ message }) => message.method === 'notifications/message')
        .map(({ conn, message }) => ({
          session: conn,
          problem: 'the server sent notifications/message though no request asked for a log level',
          message,
        }));
      return { findings, what: 'log notifications', passMessage: 'no unrequested log notification' };
    },
  }),
];
