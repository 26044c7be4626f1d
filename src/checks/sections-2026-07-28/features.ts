/**
 * Tools and resources in 2026-07-28 (inventory 5.13: M-24, M-46 to M-49): `x-mcp-header` annotations, lists
 * that do not vary per connection and keep their order, resource-not-found, and `structuredContent` (any JSON
 * value) against `outputSchema`.
 */
import { requireCallableTools, requireListed } from '../applicability.js';
import { listAgain, listAll } from '../inventory.js';
import { callableToolResults } from '../probes/tool-results.js';
import { compileForValidation, formatErrors } from '../judge/json-schema.js';
import { isObject } from '../judge/transcript-index.js';
import { pass, skip, violation, type CheckDefinition } from '../types.js';
import { MODERN_ONLY } from '../versions.js';

const BOTH = ['stdio', 'http'] as const;
/** RFC 9110 token characters. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Problems with the `x-mcp-header` annotations of one tool's inputSchema (reachable from the root). */
export function xMcpHeaderProblems(tool: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const schema = tool.inputSchema;
  const properties = isObject(schema) && isObject(schema.properties) ? schema.properties : {};
  for (const [name, property] of Object.entries(properties)) {
    if (!isObject(property) || property['x-mcp-header'] === undefined) continue;
    const header = property['x-mcp-header'];
    const where = `${String(tool.name)}.${name}`;
    if (typeof header !== 'string' || header === '' || !TOKEN.test(header)) {
      problems.push(`${where}: x-mcp-header ${JSON.stringify(header)} is not a non-empty header token`);
      continue;
    }
    const lower = header.toLowerCase();
    if (seen.has(lower)) problems.push(`${where}: x-mcp-header ${header} is also used by ${seen.get(lower)}`);
    seen.set(lower, where);
    if (!['string', 'integer', 'boolean'].includes(property.type as string))
      problems.push(`${where}: x-mcp-header is on a property of type ${JSON.stringify(property.type)}`);
    if (
      property.type === 'integer' &&
      ((typeof property.minimum === 'number' && property.minimum < -MAX_SAFE) ||
        (typeof property.maximum === 'number' && property.maximum > MAX_SAFE))
    )
      problems.push(`${where}: the integer range exceeds ±(2^53-1)`);
  }
  for (const [name, property] of Object.entries(properties)) {
    if (isObject(property) && isObject(property.properties))
      for (const nested of Object.values(property.properties))
        if (isObject(nested) && nested['x-mcp-header'] !== undefined)
          problems.push(`${String(tool.name)}.${name}: x-mcp-header on a nested property`);
  }
  return problems;
}

const names = (items: Record<string, unknown>[]) => items.map((i) => String(i.name));

/** Words that mark a parameter as a secret or personal data. */
const SENSITIVE =
  /pass(word|phrase)?|secret|token|api[-_]?key|credential|private[-_]?key|ssn|social[-_]?security|credit[-_]?card/i;

/** Properties marked with `x-mcp-header` whose name or description says they hold a secret or personal data. */
export function sensitiveHeaderParameters(tool: Record<string, unknown>): string[] {
  const schema = tool.inputSchema;
  const properties = isObject(schema) && isObject(schema.properties) ? schema.properties : {};
  return Object.entries(properties).flatMap(([name, property]) =>
    isObject(property) &&
    property['x-mcp-header'] !== undefined &&
    (SENSITIVE.test(name) || (typeof property.description === 'string' && SENSITIVE.test(property.description)))
      ? [`${String(tool.name)}.${name}`]
      : [],
  );
}

export const checks: CheckDefinition[] = [
  {
    id: 'tools-x-mcp-header-valid',
    title: 'x-mcp-header annotations are valid header names on scalar top-level properties',
    section: 'tools',
    level: 'MUST',
    requirements: ['M-24'],
    spec: 'server/tools#x-mcp-header',
    rule: 'An x-mcp-header value MUST be a non-empty RFC 9110 token, unique (case-insensitively) within the tool, and only on integer, string or boolean properties reachable from the root without arrays.',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'once',
    applies: (ctx) => requireListed(ctx, 'tools'),
    async run(ctx) {
      const problems = ctx.inventory.tools.flatMap(xMcpHeaderProblems);
      if (problems.length)
        return violation(problems[0]! + (problems.length > 1 ? ` (and ${problems.length - 1} more)` : ''), {
          received: problems.slice(0, 5),
        });
      return pass(`${ctx.inventory.tools.length} tools checked`);
    },
  },
  {
    id: 'tools-x-mcp-header-not-sensitive',
    title: 'secrets and personal data are not sent as x-mcp-header headers',
    section: 'tools',
    level: 'SHOULD',
    heuristic: true,
    requirements: ['M-25'],
    spec: 'server/tools#x-mcp-header',
    rule: 'Servers SHOULD NOT mark sensitive parameters (passwords, API keys, tokens, personal data) with x-mcp-header: headers are logged by intermediaries.',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'once',
    applies: (ctx) => requireListed(ctx, 'tools'),
    async run(ctx) {
      const found = ctx.inventory.tools.flatMap(sensitiveHeaderParameters);
      if (found.length)
        return violation(`${found.join(', ')} look${found.length === 1 ? 's' : ''} sensitive and are sent as headers`, {
          received: found,
        });
      return pass();
    },
  },
  {
    id: 'tools-list-deterministic',
    title: 'tools/list returns its tools in the same order every time',
    section: 'tools',
    level: 'SHOULD',
    requirements: ['M-47'],
    spec: 'server/tools#listing-tools',
    rule: 'Servers SHOULD return tools in a deterministic order.',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'once',
    applies: (ctx) => requireListed(ctx, 'tools'),
    async run(ctx) {
      const first = names(ctx.inventory.tools);
      for (let i = 0; i < 2; i++) {
        const again = names(await listAgain(ctx.main, 'tools/list', 'tools'));
        if (again.join('\n') !== first.join('\n'))
          return violation('tools/list listed its tools in another order', { received: { first, again } });
      }
      return pass(`${first.length} tools, same order three times`);
    },
  },
  {
    id: 'tools-lists-same-per-connection',
    title: 'tools, prompts and resources are the same on every connection',
    section: 'tools',
    level: 'MUST',
    requirements: ['M-46'],
    spec: 'server/tools#listing-tools',
    rule: 'List results MUST NOT vary per connection or as a side effect of other requests.',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'once',
    async run(ctx) {
      const other = await ctx.connect({ label: 'lists-other' });
      const lists = [
        { method: 'tools/list', key: 'tools', capability: 'tools', before: ctx.inventory.tools, id: 'name' },
        { method: 'prompts/list', key: 'prompts', capability: 'prompts', before: ctx.inventory.prompts, id: 'name' },
        {
          method: 'resources/list',
          key: 'resources',
          capability: 'resources',
          before: ctx.inventory.resources,
          id: 'uri',
        },
      ];
      let compared = 0;
      for (const { method, key, capability, before, id } of lists) {
        if (ctx.main.serverCapabilities[capability] === undefined || ctx.inventory.listErrors[method]) continue;
        const sorted = (items: Record<string, unknown>[]) => items.map((i) => String(i[id])).sort();
        const elsewhere = sorted(await listAll(other, method, key));
        const again = sorted(await listAgain(ctx.main, method, key));
        const first = sorted(before);
        for (const [what, list] of [
          ['on a second connection', elsewhere],
          ['when listed again', again],
        ] as const) {
          if (list.join('\n') !== first.join('\n'))
            return violation(`${method} listed other items ${what}`, { received: { first, [what]: list } });
        }
        compared++;
      }
      if (compared === 0) return skip('the server lists no tools, prompts or resources');
      return pass(`${compared} lists compared across connections`);
    },
  },
  {
    id: 'resources-not-found-32602',
    title: 'reading an unknown resource is answered with -32602',
    section: 'resources',
    level: 'MUST',
    requirements: ['M-48'],
    spec: 'server/resources#error-handling',
    rule: 'A nonexistent resource MUST be answered with -32602 (Invalid params), never with an empty contents array.',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'once',
    applies: (ctx) =>
      ctx.main.serverCapabilities.resources === undefined ? 'the server does not declare resources' : undefined,
    async run(ctx) {
      const uri = 'mcp-ci://nonexistent/0f5b2c9e';
      const outcome = await ctx.main.request('resources/read', { uri });
      if (outcome.ok)
        return violation(
          Array.isArray(outcome.result.contents) && outcome.result.contents.length === 0
            ? 'an unknown resource was answered with an empty contents array'
            : 'an unknown resource was answered with a result',
          { sent: { uri }, received: outcome.result },
        );
      if (outcome.error.code !== -32602)
        return violation(`an unknown resource got error ${outcome.error.code}, not -32602`, {
          sent: { uri },
          received: outcome.error,
        });
      return pass();
    },
  },
  {
    id: 'tools-structured-content-any-json',
    title: 'structuredContent (any JSON value) conforms to the outputSchema',
    section: 'tools',
    level: 'MUST',
    requirements: ['M-49'],
    spec: 'server/tools#output-schema',
    rule: 'structuredContent may be any JSON value; when a tool declares an outputSchema, its structured results MUST conform to it.',
    versions: MODERN_ONLY,
    transports: BOTH,
    scope: 'once',
    applies: (ctx) =>
      requireCallableTools(ctx) ??
      (ctx.callableTools.some((t) => t.tool.outputSchema !== undefined)
        ? undefined
        : 'no callable tool declares an outputSchema'),
    async run(ctx) {
      let judged = 0;
      // The calls every tool check of the session shares: each tool runs once.
      const records = await callableToolResults(ctx);
      for (const { invocation: call, outcome } of records.filter((r) => r.invocation.tool.outputSchema !== undefined)) {
        if (!outcome?.ok || outcome.result.isError === true || outcome.result.resultType !== 'complete') continue;
        const compiled = compileForValidation(call.tool.outputSchema);
        if (compiled.kind !== 'valid') continue;
        const sent = { name: call.name, arguments: call.arguments };
        if (!('structuredContent' in outcome.result))
          return violation(`${call.name} declares an outputSchema but returned no structuredContent`, {
            sent,
            received: outcome.result,
          });
        if (!compiled.validate(outcome.result.structuredContent))
          return violation(
            `${call.name}'s structuredContent does not conform to its outputSchema: ${formatErrors(compiled.validate.errors).join('; ')}`,
            { sent, received: outcome.result },
          );
        judged++;
      }
      if (judged === 0) return skip('no call with an outputSchema returned a complete, successful result');
      return pass(`${judged} structured results conform`);
    },
  },
];
