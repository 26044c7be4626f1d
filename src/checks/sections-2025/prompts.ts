/** Server feature: prompts (server/prompts), inventory section 5.10, plus SCH-06. */
import { requireCapability, requireListed } from '../applicability.js';
import { capabilityChecks, type FeatureProbe } from './capability-honesty.js';
import {
  contentBlockProblems,
  isAbsoluteUri,
  isObject,
  isStrictBase64,
  resourceContentsProblems,
} from '../judge/content.js';
import { INVALID_PARAMS, describeOutcome, isInterim, nonexistentName, receivedOf } from '../judge/outcome.js';
import { itemsOf, sharedWalk } from '../probes/pages.js';
import { listedPromptGets, promptArgumentsOf, type PromptGetRecord } from '../probes/prompt-arguments.js';
import { pass, skip, violation, type CheckContext, type CheckDefinition, type Judgement } from '../types.js';
import { ALL_VERSIONS, withModern } from '../versions.js';

const BOTH = ['stdio', 'http', 'sse'] as const;
/** How many prompts with required arguments are asked without them. */
const MAX_MISSING_ARGUMENT_PROBES = 5;

type Answered = PromptGetRecord & { outcome: { ok: true; result: Record<string, unknown> } };

const answered = (records: PromptGetRecord[]): Answered[] =>
  records.filter((r): r is Answered => r.outcome?.ok === true && !isInterim(r.outcome));

/** Every content block of every message of the answered prompts, with where it came from. */
function contentBlocks(records: Answered[]) {
  return records.flatMap((record) => {
    const messages = record.outcome.result.messages;
    if (!Array.isArray(messages)) return [];
    return messages.flatMap((message, i) =>
      isObject(message) && isObject(message.content)
        ? [{ record, block: message.content, where: `${record.name} messages[${i}].content` }]
        : [],
    );
  });
}

const honesty = capabilityChecks({
  section: 'prompts',
  capability: 'prompts',
  feature: 'prompts',
  declaredRequirements: ['PR-01'],
  declaredSpec: 'server/prompts#capabilities',
  declaredRule: 'Servers that support prompts MUST declare the prompts capability.',
  async probes(ctx) {
    const probes: FeatureProbe[] = [{ method: 'prompts/list' }];
    if (ctx.inventory.prompts.length) {
      probes.push({ method: 'prompts/get', answered: async () => (await listedPromptGets(ctx))[0]?.outcome });
    }
    return probes;
  },
});

export const checks: CheckDefinition[] = [
  ...honesty,
  {
    id: 'prompts-list-shape',
    title: 'prompts/list pages have a prompts array of well-typed prompts',
    section: 'prompts',
    level: 'MUST',
    requirements: ['SCH-06', 'SCH-07'],
    spec: 'server/prompts#listing-prompts',
    rule: 'ListPromptsResult has a `prompts` array and an optional string `nextCursor`; each Prompt has a string `name` and optional `arguments`, each with a string `name` and an optional boolean `required`.',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireCapability(ctx, 'prompts'),
    async run(ctx) {
      const walk = await sharedWalk(ctx.main, 'prompts/list');
      const failed = walk.stopped?.outcome;
      if (failed && !failed.ok) {
        return violation(`prompts/list ${walk.stopped!.reason}: ${describeOutcome(failed)}`, {
          sent: { method: 'prompts/list' },
          received: receivedOf(failed),
        });
      }
      const problems: string[] = [];
      walk.pages.forEach(({ result }, page) => {
        if (!Array.isArray(result.prompts)) problems.push(`page ${page + 1} has no prompts array`);
        else result.prompts.forEach((prompt, i) => problems.push(...promptProblems(prompt, i)));
        if (result.nextCursor !== undefined && typeof result.nextCursor !== 'string') {
          problems.push(`page ${page + 1} nextCursor is not a string`);
        }
      });
      if (problems.length) {
        return violation(`prompts/list: ${problems.slice(0, 5).join('; ')}`, {
          sent: { method: 'prompts/list' },
          received: walk.pages.map((p) => p.result),
        });
      }
      return pass(`${itemsOf(walk, 'prompts').length} prompts on ${walk.pages.length} page(s)`);
    },
  },
  {
    id: 'prompts-get-result-shape',
    title: 'prompts/get returns messages with a user or assistant role and a valid content block',
    section: 'prompts',
    level: 'MUST',
    requirements: ['SCH-06'],
    spec: 'server/prompts#getting-a-prompt',
    rule: 'GetPromptResult has a `messages` array; each PromptMessage has a role of "user" or "assistant" and a content block (text, image, audio, resource link or embedded resource).',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireListed(ctx, 'prompts'),
    async run(ctx) {
      const records = await listedPromptGets(ctx);
      const ok = answered(records);
      for (const record of ok) {
        const problems = getResultProblems(record.outcome.result);
        if (problems.length) {
          return violation(`prompts/get ${record.name}: ${problems.slice(0, 3).join('; ')}`, {
            sent: record.sent,
            received: record.outcome.result,
          });
        }
      }
      if (!ok.length)
        return skip(`no listed prompt could be fetched with synthesized arguments: ${describeGets(records)}`);
      const failed = records.filter((r) => !r.outcome?.ok);
      return pass(`${ok.length} prompt(s) well-formed${failed.length ? `; not fetched: ${describeGets(failed)}` : ''}`);
    },
  },
  {
    id: 'prompts-media-content',
    title: 'image and audio in prompt messages are base64 with an image/ or audio/ MIME type',
    section: 'prompts',
    level: 'MUST',
    requirements: ['PR-02'],
    spec: 'server/prompts#image-content',
    rule: 'Image content: the image data MUST be base64-encoded and include a valid MIME type. Audio content: the audio data MUST be base64-encoded and include a valid MIME type.',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireListed(ctx, 'prompts'),
    async run(ctx) {
      const media = contentBlocks(answered(await listedPromptGets(ctx))).filter(
        ({ block }) => block.type === 'image' || block.type === 'audio',
      );
      if (!media.length) return skip('no fetched prompt has image or audio content');
      for (const { record, block, where } of media) {
        const kind = block.type as string;
        const problems: string[] = [];
        if (!isStrictBase64(block.data)) problems.push('data is not valid base64');
        if (typeof block.mimeType !== 'string' || !block.mimeType.toLowerCase().startsWith(`${kind}/`)) {
          problems.push(`mimeType ${JSON.stringify(block.mimeType)} is not an ${kind}/… type`);
        }
        if (problems.length) {
          return violation(`${where} (${kind}): ${problems.join('; ')}`, {
            sent: record.sent,
            received: record.outcome.result,
          });
        }
      }
      return pass(`${media.length} image/audio block(s) well-formed`);
    },
  },
  {
    id: 'prompts-embedded-resources',
    title: 'embedded resources in prompt messages have a URI, a MIME type and text or base64 blob',
    section: 'prompts',
    level: 'MUST',
    requirements: ['PR-03'],
    spec: 'server/prompts#embedded-resources',
    rule: 'Embedded resources MUST include: a valid resource URI, the appropriate MIME type, and either text content or base64-encoded blob data.',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireListed(ctx, 'prompts'),
    async run(ctx) {
      const embedded = contentBlocks(answered(await listedPromptGets(ctx))).filter(
        ({ block }) => block.type === 'resource',
      );
      if (!embedded.length) return skip('no fetched prompt embeds a resource');
      for (const { record, block, where } of embedded) {
        const resource = block.resource;
        const problems = resourceContentsProblems(resource, 'resource');
        if (isObject(resource)) {
          if (typeof resource.uri === 'string' && !isAbsoluteUri(resource.uri))
            problems.push(`uri ${JSON.stringify(resource.uri)} is not a valid URI`);
          if (typeof resource.mimeType !== 'string') problems.push('resource has no mimeType');
        }
        if (problems.length) {
          return violation(`${where}: ${problems.join('; ')}`, { sent: record.sent, received: record.outcome.result });
        }
      }
      return pass(`${embedded.length} embedded resource(s) well-formed`);
    },
  },
  {
    id: 'prompts-unknown-name-error',
    title: 'getting an unknown prompt is error -32602',
    section: 'prompts',
    level: 'SHOULD',
    requirements: ['PR-04'],
    spec: 'server/prompts#error-handling',
    rule: 'Servers SHOULD return standard JSON-RPC errors for common failure cases: Invalid prompt name: -32602 (Invalid params).',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireCapability(ctx, 'prompts'),
    async run(ctx) {
      const sent = { method: 'prompts/get', params: { name: nonexistentName(), arguments: {} } };
      return expectInvalidParams(ctx, sent, 'an unknown prompt name');
    },
  },
  {
    id: 'prompts-missing-required-arguments',
    title: 'prompts/get without a required argument is error -32602',
    section: 'prompts',
    level: 'SHOULD',
    requirements: ['PR-05'],
    spec: 'server/prompts#error-handling',
    rule: 'Servers SHOULD return standard JSON-RPC errors for common failure cases: Missing required arguments: -32602 (Invalid params).',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies(ctx) {
      const missing = requireListed(ctx, 'prompts');
      if (missing) return missing;
      return ctx.inventory.prompts.some((p) => promptArgumentsOf(p).some((a) => a.required))
        ? undefined
        : 'no listed prompt has a required argument';
    },
    async run(ctx) {
      const withRequired = ctx.inventory.prompts
        .filter((p) => typeof p.name === 'string' && promptArgumentsOf(p).some((a) => a.required))
        .slice(0, MAX_MISSING_ARGUMENT_PROBES);
      for (const prompt of withRequired) {
        const sent = { method: 'prompts/get', params: { name: prompt.name as string, arguments: {} } };
        const judged = await expectInvalidParams(ctx, sent, `${prompt.name} without its required arguments`);
        if (judged.kind !== 'pass') return judged;
      }
      return pass(`${withRequired.map((p) => p.name).join(', ')}: -32602`);
    },
  },
];

async function expectInvalidParams(
  ctx: CheckContext,
  sent: { method: string; params: Record<string, unknown> },
  what: string,
): Promise<Judgement> {
  const outcome = await ctx.main.request(sent.method, sent.params);
  const evidence = { sent, received: receivedOf(outcome) };
  if (outcome.ok) return violation(`prompts/get with ${what} returned a result instead of error -32602`, evidence);
  if (outcome.error.code !== INVALID_PARAMS) {
    return violation(
      `prompts/get with ${what} is answered with error ${outcome.error.code}; the spec asks for -32602 (Invalid params)`,
      evidence,
    );
  }
  return pass();
}

export function promptProblems(prompt: unknown, index: number): string[] {
  if (!isObject(prompt)) return [`prompts[${index}] is not an object`];
  const label = typeof prompt.name === 'string' ? prompt.name : `prompts[${index}]`;
  const problems: string[] = [];
  if (typeof prompt.name !== 'string') problems.push(`prompts[${index}] has no string name`);
  for (const key of ['title', 'description'] as const) {
    if (prompt[key] !== undefined && typeof prompt[key] !== 'string') problems.push(`${label}: ${key} is not a string`);
  }
  if (prompt.icons !== undefined && !Array.isArray(prompt.icons)) problems.push(`${label}: icons is not an array`);
  if (prompt.arguments !== undefined) {
    if (!Array.isArray(prompt.arguments)) problems.push(`${label}: arguments is not an array`);
    else {
      prompt.arguments.forEach((argument, i) => {
        if (!isObject(argument)) return problems.push(`${label}: arguments[${i}] is not an object`);
        if (typeof argument.name !== 'string') problems.push(`${label}: arguments[${i}] has no string name`);
        if (argument.required !== undefined && typeof argument.required !== 'boolean') {
          problems.push(`${label}: arguments[${i}].required is not a boolean`);
        }
        if (argument.description !== undefined && typeof argument.description !== 'string') {
          problems.push(`${label}: arguments[${i}].description is not a string`);
        }
      });
    }
  }
  return problems;
}

export function getResultProblems(result: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (result.description !== undefined && typeof result.description !== 'string')
    problems.push('description is not a string');
  if (!Array.isArray(result.messages)) return [...problems, 'messages is not an array'];
  result.messages.forEach((message, i) => {
    if (!isObject(message)) return problems.push(`messages[${i}] is not an object`);
    if (message.role !== 'user' && message.role !== 'assistant') {
      problems.push(`messages[${i}].role is ${JSON.stringify(message.role)}, not "user" or "assistant"`);
    }
    problems.push(...contentBlockProblems(message.content, `messages[${i}].content`));
  });
  return problems;
}

function describeGets(records: PromptGetRecord[]): string {
  return records
    .slice(0, 5)
    .map((r) => `${r.name} (${r.outcome ? describeOutcome(r.outcome) : r.failure})`)
    .join(', ');
}
