/** Utility: completion (server/utilities/completion), inventory section 5.7e, plus SCH-08. */
import { parse as parseUriTemplate } from 'uri-template';
import { isObject } from '../judge/content.js';
import { INVALID_PARAMS, METHOD_NOT_FOUND, describeOutcome, nonexistentName, receivedOf } from '../judge/outcome.js';
import { promptArgumentsOf } from '../probes/prompt-arguments.js';
import { pass, skip, violation, type CheckContext, type CheckDefinition } from '../types.js';
import { versionsFrom, withModern } from '../versions.js';

const BOTH = ['stdio', 'http', 'sse'] as const;
/** CompleteResult: "Must not exceed 100 items." */
const MAX_VALUES = 100;
/** How many arguments and template variables are asked for completions. */
const MAX_TARGETS = 10;

interface CompletionTarget {
  ref: { type: 'ref/prompt'; name: string } | { type: 'ref/resource'; uri: string };
  argument: string;
  /** Where it comes from, for messages: `prompt order_summary, argument orderId`. */
  label: string;
}

const declaresCompletions = (ctx: CheckContext) => ctx.main.serverCapabilities.completions !== undefined;

/** Prompt arguments and resource-template variables: what completion/complete can be asked about. */
export function completionTargets(ctx: CheckContext): CompletionTarget[] {
  const targets: CompletionTarget[] = [];
  for (const prompt of ctx.inventory.prompts) {
    if (typeof prompt.name !== 'string') continue;
    for (const argument of promptArgumentsOf(prompt)) {
      targets.push({
        ref: { type: 'ref/prompt', name: prompt.name },
        argument: argument.name,
        label: `prompt ${prompt.name}, argument ${argument.name}`,
      });
    }
  }
  for (const template of ctx.inventory.resourceTemplates) {
    if (typeof template.uriTemplate !== 'string') continue;
    for (const variable of templateVariables(template.uriTemplate)) {
      targets.push({
        ref: { type: 'ref/resource', uri: template.uriTemplate },
        argument: variable,
        label: `template ${template.uriTemplate}, variable ${variable}`,
      });
    }
  }
  return targets.slice(0, MAX_TARGETS);
}

function templateVariables(template: string): string[] {
  try {
    return parseUriTemplate(template).ast.parts.flatMap((part) =>
      part.type === 'expression' ? part.variables.map((v) => v.name) : [],
    );
  } catch {
    return [];
  }
}

/** A completion request for something that surely exists nowhere. */
const unknownPromptProbe = () => ({
  method: 'completion/complete',
  params: { ref: { type: 'ref/prompt', name: nonexistentName() }, argument: { name: 'mcp-ci', value: '' } },
});

/** A request that an implementation of completion/complete answers; an unknown ref when nothing is listed. */
function servedProbe(ctx: CheckContext) {
  const target = completionTargets(ctx)[0];
  if (!target) return unknownPromptProbe();
  return { method: 'completion/complete', params: { ref: target.ref, argument: { name: target.argument, value: '' } } };
}

export const checks: CheckDefinition[] = [
  {
    id: 'completion-capability-implemented',
    title: 'the declared completions capability is served',
    section: 'completion',
    level: 'MUST',
    requirements: ['SCH-02'],
    spec: 'basic/lifecycle#capability-negotiation',
    modernSpec: 'schema#servercapabilities',
    rule: 'A declared capability means the feature is implemented: completions is "present if the server supports argument autocompletion suggestions", so completion/complete never answers -32601.',
    versions: withModern(versionsFrom('2025-03-26')),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => (declaresCompletions(ctx) ? undefined : 'the server does not declare the completions capability'),
    async run(ctx) {
      const sent = servedProbe(ctx);
      const outcome = await ctx.main.request(sent.method, sent.params);
      if (!outcome.ok && outcome.error.code === METHOD_NOT_FOUND) {
        return violation(
          'declares the completions capability but answers completion/complete with -32601 (Method not found)',
          {
            sent,
            received: receivedOf(outcome),
          },
        );
      }
      return pass();
    },
  },
  {
    id: 'completion-capability-declared',
    title: 'completions are served only when the completions capability is declared',
    section: 'completion',
    level: 'MUST',
    requirements: ['COMP-01'],
    spec: 'server/utilities/completion#capabilities',
    rule: 'Servers that support completions MUST declare the completions capability.',
    versions: withModern(versionsFrom('2025-03-26')),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => (declaresCompletions(ctx) ? 'the server declares the completions capability' : undefined),
    async run(ctx) {
      const sent = servedProbe(ctx);
      const outcome = await ctx.main.request(sent.method, sent.params);
      return outcome.ok
        ? violation('serves completion/complete but does not declare the completions capability', {
            sent,
            received: outcome.result,
          })
        : pass(`not served: ${describeOutcome(outcome)}`);
    },
  },
  {
    id: 'completion-unsupported-method-not-found',
    title: 'without the completions capability, completion/complete is error -32601',
    section: 'completion',
    level: 'SHOULD',
    requirements: ['COMP-02'],
    spec: 'server/utilities/completion#error-handling',
    rule: 'Servers SHOULD return standard JSON-RPC errors for common failure cases: Method not found (-32601): Capability not supported.',
    versions: withModern(versionsFrom('2025-03-26')),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => (declaresCompletions(ctx) ? 'the server declares the completions capability' : undefined),
    async run(ctx) {
      const sent = servedProbe(ctx);
      const outcome = await ctx.main.request(sent.method, sent.params);
      // A result is completion-capability-declared's finding; here only the error code is judged.
      if (outcome.ok) return skip('completion/complete is served (see completion-capability-declared)');
      return outcome.error.code === METHOD_NOT_FOUND
        ? pass()
        : violation(
            `completion/complete without the capability is answered with error ${outcome.error.code}; the spec asks for -32601 (Method not found)`,
            {
              sent,
              received: receivedOf(outcome),
            },
          );
    },
  },
  {
    id: 'completion-unknown-prompt-error',
    title: 'completion for an unknown prompt is error -32602',
    section: 'completion',
    level: 'SHOULD',
    requirements: ['COMP-03'],
    spec: 'server/utilities/completion#error-handling',
    rule: 'Servers SHOULD return standard JSON-RPC errors for common failure cases: Invalid prompt name (-32602).',
    versions: withModern(versionsFrom('2025-03-26')),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => (declaresCompletions(ctx) ? undefined : 'the server does not declare the completions capability'),
    async run(ctx) {
      const sent = unknownPromptProbe();
      const outcome = await ctx.main.request(sent.method, sent.params);
      const evidence = { sent, received: receivedOf(outcome) };
      if (outcome.ok)
        return violation('completion for an unknown prompt returned a result instead of error -32602', evidence);
      return outcome.error.code === INVALID_PARAMS
        ? pass()
        : violation(
            `completion for an unknown prompt is answered with error ${outcome.error.code}; the spec asks for -32602 (Invalid params)`,
            evidence,
          );
    },
  },
  {
    id: 'completion-values-limit',
    title: 'completion results hold at most 100 string values',
    section: 'completion',
    level: 'MUST',
    requirements: ['SCH-08'],
    spec: 'server/utilities/completion#completion-results',
    rule: 'CompleteResult.completion.values is an array of strings that must not exceed 100 items; total is an optional integer and hasMore an optional boolean.',
    versions: withModern(versionsFrom('2025-03-26')),
    transports: BOTH,
    scope: 'per-version',
    applies(ctx) {
      if (!declaresCompletions(ctx)) return 'the server does not declare the completions capability';
      return completionTargets(ctx).length ? undefined : 'no listed prompt argument or template variable to complete';
    },
    async run(ctx) {
      let judged = 0;
      for (const target of completionTargets(ctx)) {
        for (const value of ['', 'a']) {
          const sent = {
            method: 'completion/complete',
            params: { ref: target.ref, argument: { name: target.argument, value } },
          };
          const outcome = await ctx.main.request(sent.method, sent.params);
          if (!outcome.ok) continue;
          judged++;
          const problems = completeResultProblems(outcome.result);
          if (problems.length) {
            return violation(
              `completion for ${target.label} (value ${JSON.stringify(value)}): ${problems.join('; ')}`,
              {
                sent,
                received: outcome.result,
              },
            );
          }
        }
      }
      return judged
        ? pass(`${judged} completion result(s) well-formed`)
        : skip('no completion request returned a result');
    },
  },
  {
    id: 'completion-context-arguments',
    title: 'completion requests with context.arguments are accepted',
    section: 'completion',
    level: 'MUST',
    requirements: ['COMP-04'],
    spec: 'server/utilities/completion#requesting-completions',
    rule: 'CompleteRequest params may carry context.arguments (previously-resolved variables); a server accepts them (schema.ts CompleteRequest).',
    versions: withModern(versionsFrom('2025-06-18')),
    transports: BOTH,
    scope: 'per-version',
    applies(ctx) {
      if (!declaresCompletions(ctx)) return 'the server does not declare the completions capability';
      return completionTargets(ctx).length ? undefined : 'no listed prompt argument or template variable to complete';
    },
    async run(ctx) {
      const target = completionTargets(ctx)[0]!;
      const plain = { ref: target.ref, argument: { name: target.argument, value: '' } };
      const without = await ctx.main.request('completion/complete', plain);
      if (!without.ok)
        return skip(`completion for ${target.label} fails even without context: ${describeOutcome(without)}`);
      const params = { ...plain, context: { arguments: { [target.argument]: 'mcp-ci' } } };
      const outcome = await ctx.main.request('completion/complete', params);
      if (!outcome.ok && outcome.error.code === INVALID_PARAMS) {
        return violation(`completion for ${target.label} is rejected with -32602 once context.arguments is added`, {
          sent: { method: 'completion/complete', params },
          received: receivedOf(outcome),
        });
      }
      return pass();
    },
  },
];

export function completeResultProblems(result: Record<string, unknown>): string[] {
  const completion = result.completion;
  if (!isObject(completion)) return ['completion is not an object'];
  const problems: string[] = [];
  const values = completion.values;
  if (!Array.isArray(values)) problems.push('completion.values is not an array');
  else {
    if (values.length > MAX_VALUES)
      problems.push(`completion.values has ${values.length} items (at most ${MAX_VALUES})`);
    if (values.some((v) => typeof v !== 'string')) problems.push('completion.values holds non-strings');
  }
  if (completion.total !== undefined && !Number.isInteger(completion.total))
    problems.push('completion.total is not an integer');
  if (completion.hasMore !== undefined && typeof completion.hasMore !== 'boolean') {
    problems.push('completion.hasMore is not a boolean');
  }
  return problems;
}
