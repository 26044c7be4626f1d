/** Server feature: tools (server/tools), inventory section 5.8, plus the tool rows of 5.2 (SCH-03/04/11/13). */
import { isDeepStrictEqual } from 'node:util';
import { MODERN_VERSION } from '../../model.js';
import { requireCallableTools, requireCapability, requireListed } from '../applicability.js';
import { capabilityChecks, type FeatureProbe } from './capability-honesty.js';
import { contentListProblems, isObject } from '../judge/content.js';
import { compileForValidation, compileJsonSchema, formatErrors } from '../judge/json-schema.js';
import {
  INVALID_PARAMS,
  METHOD_NOT_FOUND,
  describeOutcome,
  isInterim,
  nonexistentName,
  receivedOf,
} from '../judge/outcome.js';
import { itemsOf, sharedWalk, walkPages } from '../probes/pages.js';
import {
  callableToolResults,
  callOne,
  firstToolResult,
  plainCallableTools,
  sessionToolResult,
  unjudgedNote,
  type ToolCallRecord,
} from '../probes/tool-results.js';
import { pass, skip, violation, warn, type CheckContext, type CheckDefinition, type ToolInvocation } from '../types.js';
import { ALL_VERSIONS, versionsFrom, withModern } from '../versions.js';

const BOTH = ['stdio', 'http', 'sse'] as const;

/** SEP-986 (server/tools#tool-names, 2025-11-25). */
const TOOL_NAME = /^[A-Za-z0-9_.-]{1,128}$/;
/** What many hosts enforce; names outside it work by the spec but not everywhere. */
const PORTABLE_TOOL_NAME = /^[A-Za-z0-9_-]{1,64}$/;

const ANNOTATION_HINTS = ['readOnlyHint', 'destructiveHint', 'idempotentHint', 'openWorldHint'] as const;

const toolName = (tool: Record<string, unknown>): string =>
  typeof tool.name === 'string' ? tool.name : JSON.stringify(tool.name);

/** Tool results that answered with a result and are not tool errors. */
const successes = (records: ToolCallRecord[]) =>
  records.filter(
    (r): r is ToolCallRecord & { outcome: { ok: true; result: Record<string, unknown> } } =>
      r.outcome?.ok === true && r.outcome.result.isError !== true && !isInterim(r.outcome),
  );

const honesty = capabilityChecks({
  section: 'tools',
  capability: 'tools',
  feature: 'tools',
  declaredRequirements: ['TOOL-01'],
  declaredSpec: 'server/tools#capabilities',
  declaredRule: 'Servers that support tools MUST declare the tools capability.',
  async probes(ctx) {
    const probes: FeatureProbe[] = [{ method: 'tools/list' }];
    const first = plainCallableTools(ctx)[0];
    if (first) {
      probes.push({
        method: 'tools/call',
        params: { name: first.name, arguments: first.arguments },
        answered: async () => (await firstToolResult(ctx))?.outcome,
      });
    }
    return probes;
  },
});

export const checks: CheckDefinition[] = [
  ...honesty,
  {
    id: 'tools-list-shape',
    title: 'tools/list pages have a tools array of well-typed tool definitions',
    section: 'tools',
    level: 'MUST',
    requirements: ['SCH-03', 'SCH-07'],
    spec: 'server/tools#listing-tools',
    rule: 'ListToolsResult has a `tools` array and an optional string `nextCursor`; each Tool has a string `name`, an object `inputSchema`, and optional fields of the schema types (title, description, annotations, outputSchema, icons, execution, _meta).',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireCapability(ctx, 'tools'),
    async run(ctx) {
      const walk = await sharedWalk(ctx.main, 'tools/list');
      if (walk.stopped?.outcome && !walk.stopped.outcome.ok) {
        return violation(`tools/list ${walk.stopped.reason}: ${describeOutcome(walk.stopped.outcome)}`, {
          sent: { method: 'tools/list', params: walk.stopped.cursor ? { cursor: walk.stopped.cursor } : undefined },
          received: receivedOf(walk.stopped.outcome),
        });
      }
      const problems: string[] = [];
      walk.pages.forEach(({ result }, page) => {
        if (!Array.isArray(result.tools)) problems.push(`page ${page + 1} has no tools array`);
        else {
          result.tools.forEach((tool, i) => problems.push(...toolDefinitionProblems(tool, ctx.protocolVersion, i)));
        }
        if (result.nextCursor !== undefined && typeof result.nextCursor !== 'string') {
          problems.push(`page ${page + 1} nextCursor is not a string`);
        }
      });
      if (problems.length) {
        return violation(`tools/list: ${problems.slice(0, 5).join('; ')}${more(problems, 5)}`, {
          sent: { method: 'tools/list' },
          received: walk.pages.map((p) => p.result),
        });
      }
      return pass(`${itemsOf(walk, 'tools').length} tools on ${walk.pages.length} page(s)`);
    },
  },
  {
    id: 'tools-input-schema-object',
    title: 'every inputSchema is an object schema with type "object"',
    section: 'tools',
    level: 'MUST',
    requirements: ['TOOL-02'],
    spec: 'server/tools#tool',
    rule: 'inputSchema: JSON Schema defining expected parameters; MUST be a valid JSON Schema object (not null) with `"type": "object"` (schema.ts Tool.inputSchema).',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireListed(ctx, 'tools'),
    async run(ctx) {
      const offenders = ctx.inventory.tools.flatMap((tool) => {
        const schema = tool.inputSchema;
        if (!isObject(schema))
          return [{ tool: toolName(tool), problem: `inputSchema is ${JSON.stringify(schema) ?? 'missing'}`, schema }];
        if (schema.type !== 'object') {
          return [
            {
              tool: toolName(tool),
              problem: `inputSchema.type is ${JSON.stringify(schema.type) ?? 'missing'}, not "object"`,
              schema,
            },
          ];
        }
        return [];
      });
      if (offenders.length) {
        return violation(offenders.map((o) => `${o.tool}: ${o.problem}`).join('; '), {
          received: offenders.map((o) => ({ tool: o.tool, inputSchema: o.schema })),
        });
      }
      return pass(`${ctx.inventory.tools.length} input schemas are objects of type "object"`);
    },
  },
  {
    id: 'tools-input-schema-required-defined',
    title: 'every property an inputSchema requires is defined in its properties',
    section: 'tools',
    level: 'SHOULD',
    heuristic: true,
    requirements: ['TOOL-02'],
    spec: 'server/tools#tool',
    rule: 'inputSchema: JSON Schema defining expected parameters (schema.ts Tool.inputSchema). A name in `required` that no `properties` entry defines is valid JSON Schema, but no client can tell what to pass for it; with additionalProperties: false no call can satisfy the schema.',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireListed(ctx, 'tools'),
    async run(ctx) {
      const offenders = ctx.inventory.tools.flatMap((tool) =>
        undefinedRequired(tool.inputSchema, 'inputSchema').map((u) => ({ tool: toolName(tool), ...u })),
      );
      if (offenders.length === 0) return pass(`${ctx.inventory.tools.length} input schemas define what they require`);
      return violation(
        offenders
          .map(
            (o) =>
              `${o.tool}: ${o.path} requires ${o.names.map((n) => JSON.stringify(n)).join(', ')}, not in its properties${o.closed ? ' while additionalProperties is false, so no call can satisfy it' : ', so a client cannot tell what to pass'}`,
          )
          .join('; '),
        { received: offenders.map((o) => ({ tool: o.tool, at: o.path, required: o.names })) },
      );
    },
  },
  {
    id: 'tools-input-schema-valid',
    title: 'every inputSchema is a valid JSON Schema in its dialect',
    section: 'tools',
    level: 'MUST',
    requirements: ['BASE-14', 'TOOL-02'],
    spec: 'basic/index#schema-validation',
    rule: 'Schemas MUST be valid according to their declared or default dialect (JSON Schema 2020-12 when no $schema is present).',
    versions: withModern(versionsFrom('2025-11-25')),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireListed(ctx, 'tools'),
    async run(ctx) {
      return judgeSchemas(ctx.inventory.tools, 'inputSchema');
    },
  },
  {
    id: 'tools-output-schema-valid',
    title: 'every outputSchema is a valid JSON Schema with type "object"',
    section: 'tools',
    level: 'MUST',
    requirements: ['SCH-13', 'BASE-14'],
    spec: 'server/tools#output-schema',
    rule: 'Tool.outputSchema is a JSON Schema whose root has `"type": "object"` (schema.ts); schemas MUST be valid according to their declared or default dialect.',
    versions: versionsFrom('2025-06-18'),
    transports: BOTH,
    scope: 'per-version',
    applies(ctx) {
      const missing = requireListed(ctx, 'tools');
      if (missing) return missing;
      return ctx.inventory.tools.some((t) => t.outputSchema !== undefined)
        ? undefined
        : 'no listed tool declares an outputSchema';
    },
    async run(ctx) {
      const withOutput = ctx.inventory.tools.filter((t) => t.outputSchema !== undefined);
      const notObject = withOutput.filter((t) => !isObject(t.outputSchema) || t.outputSchema.type !== 'object');
      if (notObject.length) {
        return violation(
          `outputSchema root is not {"type": "object"}: ${notObject.map((t) => `${toolName(t)} (type ${JSON.stringify(isObject(t.outputSchema) ? t.outputSchema.type : t.outputSchema)})`).join(', ')}`,
          { received: notObject.map((t) => ({ tool: t.name, outputSchema: t.outputSchema })) },
        );
      }
      // Before 2025-11-25 no dialect is the default; judge validity where the spec defines it.
      if (ctx.protocolVersion < '2025-11-25') return pass(`${withOutput.length} output schemas are object schemas`);
      return judgeSchemas(withOutput, 'outputSchema');
    },
  },
  {
    id: 'tools-names-unique',
    title: 'tool names are unique',
    section: 'tools',
    level: 'SHOULD',
    requirements: ['TOOL-07'],
    spec: 'server/tools#tool-names',
    rule: 'Tool names SHOULD be unique within a server.',
    versions: withModern(versionsFrom('2025-11-25')),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireListed(ctx, 'tools'),
    async run(ctx) {
      const counts = new Map<string, number>();
      for (const tool of ctx.inventory.tools) counts.set(toolName(tool), (counts.get(toolName(tool)) ?? 0) + 1);
      const duplicates = [...counts].filter(([, n]) => n > 1);
      if (duplicates.length) {
        return violation(
          `tool names listed more than once: ${duplicates.map(([name, n]) => `${name} (${n}×)`).join(', ')}`,
          {
            received: ctx.inventory.tools.map((t) => t.name),
          },
        );
      }
      return pass(`${counts.size} distinct names`);
    },
  },
  {
    id: 'tools-name-format',
    title: 'tool names are 1-128 characters of A-Z, a-z, 0-9, _, - and .',
    section: 'tools',
    level: 'SHOULD',
    requirements: ['TOOL-05', 'TOOL-06'],
    spec: 'server/tools#tool-names',
    rule: 'Tool names SHOULD be between 1 and 128 characters; uppercase and lowercase ASCII letters, digits, underscore, hyphen and dot SHOULD be the only allowed characters; names SHOULD NOT contain spaces, commas, or other special characters.',
    versions: withModern(versionsFrom('2025-11-25')),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireListed(ctx, 'tools'),
    async run(ctx) {
      const names = ctx.inventory.tools.map((t) => t.name);
      const bad = names.filter((name) => typeof name !== 'string' || !TOOL_NAME.test(name));
      if (bad.length) {
        return violation(`tool names break the naming rules: ${bad.map((name) => describeBadName(name)).join('; ')}`, {
          received: bad,
        });
      }
      const unportable = (names as string[]).filter((name) => !PORTABLE_TOOL_NAME.test(name));
      return pass(
        unportable.length
          ? `valid; note that some hosts accept only ^[a-zA-Z0-9_-]{1,64}$ and would reject: ${unportable.join(', ')}`
          : `${names.length} names follow the rules`,
      );
    },
  },
  {
    id: 'tools-annotations-typed',
    title: 'tool annotations are well-typed',
    section: 'tools',
    level: 'MUST',
    requirements: ['SCH-11'],
    spec: 'server/tools#tool',
    rule: 'ToolAnnotations: title is a string; readOnlyHint, destructiveHint, idempotentHint and openWorldHint are booleans (schema.ts ToolAnnotations).',
    versions: withModern(versionsFrom('2025-03-26')),
    transports: BOTH,
    scope: 'per-version',
    applies(ctx) {
      const missing = requireListed(ctx, 'tools');
      if (missing) return missing;
      return ctx.inventory.tools.some((t) => t.annotations !== undefined)
        ? undefined
        : 'no listed tool has annotations';
    },
    async run(ctx) {
      const problems: string[] = [];
      for (const tool of ctx.inventory.tools) {
        const annotations = tool.annotations;
        if (annotations === undefined) continue;
        if (!isObject(annotations)) {
          problems.push(`${toolName(tool)}: annotations is not an object`);
          continue;
        }
        for (const hint of ANNOTATION_HINTS) {
          if (annotations[hint] !== undefined && typeof annotations[hint] !== 'boolean') {
            problems.push(`${toolName(tool)}: ${hint} is ${JSON.stringify(annotations[hint])}, not a boolean`);
          }
        }
        if (annotations.title !== undefined && typeof annotations.title !== 'string') {
          problems.push(`${toolName(tool)}: title is not a string`);
        }
      }
      if (problems.length) {
        return violation(problems.join('; '), {
          received: ctx.inventory.tools
            .filter((t) => t.annotations !== undefined)
            .map((t) => ({ tool: t.name, annotations: t.annotations })),
        });
      }
      return pass();
    },
  },
  {
    id: 'tools-call-result-shape',
    title: 'tool results have a content array of valid content blocks',
    section: 'tools',
    level: 'MUST',
    requirements: ['SCH-04'],
    spec: 'server/tools#tool-result',
    rule: 'CallToolResult has `content` (an array of content blocks, required even with structuredContent or isError); image and audio data are base64; `isError` is a boolean (schema.ts CallToolResult, ContentBlock).',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireCallableTools(ctx),
    async run(ctx) {
      const records = await callableToolResults(ctx);
      const closed = records.find((r) => r.failure?.kind === 'closed');
      if (closed) {
        return violation(`the connection closed when ${closed.invocation.name} was called with valid arguments`, {
          sent: closed.sent,
        });
      }
      const problems: { tool: string; problems: string[]; record: ToolCallRecord }[] = [];
      const final = records.filter((r) => r.outcome?.ok && !isInterim(r.outcome));
      for (const record of final) {
        if (!record.outcome?.ok) continue;
        const found = callResultProblems(record.outcome.result, ctx.protocolVersion);
        if (found.length) problems.push({ tool: record.invocation.name, problems: found, record });
      }
      if (problems.length) {
        const first = problems[0]!;
        return violation(problems.map((p) => `${p.tool}: ${p.problems.slice(0, 3).join('; ')}`).join(' | '), {
          sent: first.record.sent,
          received: receivedOf(first.record.outcome!),
        });
      }
      const judged = final.length;
      if (!judged) return skip(`no call returned a result: ${summarize(records)}`);
      return pass(`${judged} result(s) well-formed${unjudgedNote(records)}`);
    },
  },
  {
    id: 'tools-call-answered',
    title: 'every tool call is answered before the request timeout',
    section: 'tools',
    level: 'SHOULD',
    heuristic: true,
    requirements: ['TOOL-11'],
    spec: 'server/tools#error-handling',
    rule: 'Every request gets a response (JSON-RPC 2.0), and errors originating from tool execution SHOULD be reported inside the result object with isError: true, so a tool that cannot finish says so instead of leaving the client waiting.',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'once',
    // It may wait the whole request timeout for a hung tool: started first, it waits beside the other checks.
    startsEarly: true,
    applies: (ctx) => requireCallableTools(ctx),
    async run(ctx) {
      const records = await callableToolResults(ctx);
      const hung = records.filter((r) => r.failure?.kind === 'timeout');
      if (hung.length) {
        return violation(
          `no answer by the request timeout (${ctx.config.requestTimeoutMs} ms) from ${hung.map((h) => h.invocation.name).join(', ')}; a tool that cannot finish should answer with an error result (isError: true) rather than leave the client waiting (raise timeout-ms if the tool is meant to take longer)`,
          { sent: hung.map((h) => h.sent) },
        );
      }
      const slow = records.filter((r) => r.outcome && r.overBudget).map((r) => r.invocation.name);
      const answered = records.filter((r) => r.outcome).length;
      return pass(
        `${answered} call(s) answered${slow.length ? `; slower than the tool budget but answered: ${slow.join(', ')}` : ''}`,
      );
    },
  },
  {
    id: 'tools-structured-content-conforms',
    title: 'structuredContent is present and conforms to the outputSchema',
    section: 'tools',
    level: 'MUST',
    requirements: ['TOOL-03', 'SCH-13'],
    spec: 'server/tools#output-schema',
    rule: 'If an output schema is provided: Servers MUST provide structured results that conform to this schema.',
    versions: versionsFrom('2025-06-18'),
    transports: BOTH,
    scope: 'per-version',
    applies(ctx) {
      const missing = requireCallableTools(ctx);
      if (missing) return missing;
      return ctx.callableTools.some((t) => t.tool.outputSchema !== undefined)
        ? undefined
        : 'no callable tool declares an outputSchema';
    },
    async run(ctx) {
      const records = (await callableToolResults(ctx)).filter((r) => r.invocation.tool.outputSchema !== undefined);
      // Whether error results must carry structuredContent is unspecified: judge only non-error results.
      const judged = successes(records);
      for (const record of judged) {
        const name = record.invocation.name;
        const structured = record.outcome.result.structuredContent;
        const evidence = { sent: record.sent, received: record.outcome.result };
        if (structured === undefined)
          return violation(`${name} declares an outputSchema but its result has no structuredContent`, evidence);
        if (!isObject(structured)) return violation(`${name} structuredContent is not a JSON object`, evidence);
        const compiled = compileForValidation(record.invocation.tool.outputSchema);
        if (compiled.kind !== 'valid') continue; // tools-output-schema-valid reports the schema itself
        if (!compiled.validate(structured)) {
          return violation(
            `${name} structuredContent does not match its outputSchema: ${formatErrors(compiled.validate.errors).join('; ')}`,
            {
              ...evidence,
              note: `outputSchema: ${JSON.stringify(record.invocation.tool.outputSchema)}`,
            },
          );
        }
      }
      if (!judged.length)
        return skip(`no call of a tool with an outputSchema returned a non-error result: ${summarize(records)}`);
      return pass(`${judged.map((r) => r.invocation.name).join(', ')} conform${unjudgedNote(records)}`);
    },
  },
  {
    id: 'tools-structured-content-text-mirror',
    title: 'structured results also carry their JSON in a text block',
    section: 'tools',
    level: 'SHOULD',
    requirements: ['TOOL-04'],
    spec: 'server/tools#structured-content',
    rule: 'For backwards compatibility, a tool that returns structured content SHOULD also return the serialized JSON in a TextContent block.',
    versions: withModern(versionsFrom('2025-06-18')),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireCallableTools(ctx),
    async run(ctx) {
      const records = successes(await callableToolResults(ctx)).filter(
        (r) => r.outcome.result.structuredContent !== undefined,
      );
      if (!records.length) return skip('no call returned structuredContent');
      for (const record of records) {
        const { content, structuredContent } = record.outcome.result;
        const mirrored =
          Array.isArray(content) &&
          content.some((block) => isObject(block) && block.type === 'text' && parsesTo(block.text, structuredContent));
        if (!mirrored) {
          return violation(
            `${record.invocation.name} returns structuredContent without a text block holding the same JSON`,
            {
              sent: record.sent,
              received: record.outcome.result,
            },
          );
        }
      }
      return pass(`${records.map((r) => r.invocation.name).join(', ')} mirror their structured content`);
    },
  },
  {
    id: 'tools-unknown-tool-error',
    title: 'calling an unknown tool is a JSON-RPC error (-32602)',
    section: 'tools',
    level: 'SHOULD',
    requirements: ['TOOL-09'],
    spec: 'server/tools#error-handling',
    rule: 'Protocol Errors: Standard JSON-RPC errors for issues like unknown tools (example: -32602 "Unknown tool").',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireCapability(ctx, 'tools'),
    async run(ctx) {
      const sent = { method: 'tools/call', params: { name: nonexistentName(), arguments: {} } };
      const outcome = await ctx.main.request(sent.method, sent.params);
      const evidence = { sent, received: receivedOf(outcome) };
      if (outcome.ok) {
        return outcome.result.isError === true
          ? violation(
              'an unknown tool is reported as a tool result with isError: true, not as a JSON-RPC error',
              evidence,
            )
          : violation('calling an unknown tool returned a successful result', evidence);
      }
      if (outcome.error.code === INVALID_PARAMS) return pass();
      if (outcome.error.code === METHOD_NOT_FOUND) {
        return warn(
          'an unknown tool is answered with -32601 (Method not found); the spec example is -32602 (Invalid params)',
          evidence,
        );
      }
      return warn(
        `an unknown tool is answered with error ${outcome.error.code}; the spec example is -32602 (Invalid params)`,
        evidence,
      );
    },
  },
  {
    id: 'tools-call-malformed-params',
    title: 'a tools/call that fails the CallToolRequest schema is a -32602 error',
    section: 'tools',
    level: 'SHOULD',
    requirements: ['TOOL-10'],
    spec: 'server/tools#error-handling',
    rule: 'Protocol Errors: Standard JSON-RPC errors for malformed requests (requests that fail to satisfy the CallToolRequest schema); JSON-RPC 2.0 reserves -32602 for invalid method parameters.',
    versions: withModern(versionsFrom('2025-11-25')),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireCapability(ctx, 'tools'),
    async run(ctx) {
      // A callable tool is safe to reach should the server ignore the malformed arguments; otherwise a name that
      // exists nowhere.
      const name = ctx.callableTools[0]?.name ?? nonexistentName();
      const probes = [{}, { name, arguments: 'mcp-ci-not-an-object' }];
      for (const params of probes) {
        const sent = { method: 'tools/call', params };
        // The request timeout, not the tool budget: a server that runs the tool anyway may be slow to answer.
        const outcome = await ctx.main.request(sent.method, params);
        const evidence = { sent, received: receivedOf(outcome) };
        if (outcome.ok)
          return violation(
            `a malformed tools/call (${describeParams(params)}) returned a result instead of a JSON-RPC error`,
            evidence,
          );
        if (outcome.error.code !== INVALID_PARAMS) {
          return warn(
            `a malformed tools/call (${describeParams(params)}) is answered with error ${outcome.error.code}; JSON-RPC 2.0 reserves -32602 (Invalid params) for this (the official SDKs answer -32603)`,
            evidence,
          );
        }
      }
      return pass();
    },
  },
  {
    id: 'tools-input-validation-error',
    title: 'arguments that break the inputSchema are rejected in the form the version asks for',
    section: 'tools',
    level: 'SHOULD',
    heuristic: true,
    requirements: ['TOOL-12', 'TOOL-13'],
    spec: 'server/tools#error-handling',
    rule: 'Servers MUST validate all tool inputs. Up to 2025-06-18 invalid arguments are a protocol error (and "invalid input data" a tool execution error); from 2025-11-25 input validation errors are tool execution errors, reported in the result with isError: true.',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies(ctx) {
      const missing = requireCallableTools(ctx);
      if (missing) return missing;
      return invalidCall(plainCallableTools(ctx))
        ? undefined
        : 'no callable tool has a required or typed argument to get wrong';
    },
    async run(ctx) {
      const probe = invalidCall(plainCallableTools(ctx))!;
      const record = await callOne(ctx.main, { ...probe.invocation, arguments: probe.arguments }, undefined);
      if (record.failure?.kind === 'closed')
        return violation(`the connection closed when ${probe.invocation.name} was called with ${probe.how}`, {
          sent: record.sent,
        });
      if (!record.outcome) return skip(`${probe.invocation.name}: ${record.failure!.message}`);
      const outcome = record.outcome;
      const evidence = { sent: record.sent, received: receivedOf(outcome) };
      if (isInterim(outcome))
        return skip(`${probe.invocation.name}: ${probe.how} -> input_required, not a final answer`);
      const modern = ctx.protocolVersion >= '2025-11-25';
      if (outcome.ok && outcome.result.isError !== true) {
        return violation(
          `${probe.invocation.name} accepted ${probe.how} and returned a successful result (inputs are not validated)`,
          evidence,
        );
      }
      if (outcome.ok) return pass(`${probe.invocation.name}: ${probe.how} -> tool execution error (isError)`);
      const notValidation = await failureOfItsOwn(ctx, probe.invocation.name, outcome.error.message);
      if (notValidation) return skip(notValidation);
      if (!modern) {
        return outcome.error.code === INVALID_PARAMS
          ? pass(`${probe.invocation.name}: ${probe.how} -> -32602`)
          : warn(
              `${probe.invocation.name}: ${probe.how} is answered with error ${outcome.error.code}; invalid arguments are -32602 (Invalid params)`,
              evidence,
            );
      }
      return warn(
        `${probe.invocation.name}: ${probe.how} is answered with JSON-RPC error ${outcome.error.code}; from 2025-11-25 input validation errors are tool execution errors (a result with isError: true) so the model can correct itself`,
        evidence,
      );
    },
  },
  {
    id: 'tools-list-stable',
    title: 'tools/list does not change between calls without list_changed',
    section: 'tools',
    level: 'SHOULD',
    heuristic: true,
    requirements: ['TOOL-08'],
    spec: 'server/tools#list-changed-notification',
    rule: 'When the list of available tools changes, servers that declared the listChanged capability SHOULD send a notification (notifications/tools/list_changed).',
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireCapability(ctx, 'tools'),
    async run(ctx) {
      let notified = false;
      const stop = ctx.main.onNotification((n) => {
        if (n.method === 'notifications/tools/list_changed') notified = true;
      });
      try {
        const first = await walkPages(ctx.main, 'tools/list');
        const second = await walkPages(ctx.main, 'tools/list');
        if (first.stopped || second.stopped)
          return skip(`tools/list could not be walked to the end (${(first.stopped ?? second.stopped)!.reason})`);
        const a = itemsOf(first, 'tools');
        const b = itemsOf(second, 'tools');
        if (isDeepStrictEqual(a, b) || notified)
          return pass(notified ? 'changed, and list_changed was sent' : `${a.length} tools, twice the same`);
        const names = (list: Record<string, unknown>[]) => list.map(toolName);
        return violation(
          'tools/list returned a different list on the next call, and no notifications/tools/list_changed came',
          {
            sent: { method: 'tools/list' },
            received: { first: names(a), second: names(b) },
          },
        );
      } finally {
        stop();
      }
    },
  },
  {
    id: 'tools-embedded-resources-capability',
    title: 'servers returning embedded resources declare the resources capability',
    section: 'tools',
    level: 'SHOULD',
    requirements: ['TOOL-14'],
    spec: 'server/tools#embedded-resources',
    rule: 'Servers that use embedded resources SHOULD implement the resources capability.',
    versions: withModern(versionsFrom('2025-06-18')),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireCallableTools(ctx),
    async run(ctx) {
      const records = successes(await callableToolResults(ctx));
      const embedding = records.filter(
        (r) =>
          Array.isArray(r.outcome.result.content) &&
          r.outcome.result.content.some((b) => isObject(b) && b.type === 'resource'),
      );
      if (!embedding.length) return skip('no tool result embedded a resource');
      if (ctx.main.serverCapabilities.resources !== undefined)
        return pass(`${embedding.map((r) => r.invocation.name).join(', ')} embed resources; resources is declared`);
      return violation(
        `${embedding.map((r) => r.invocation.name).join(', ')} return embedded resources, but the server does not declare the resources capability`,
        {
          sent: embedding[0]!.sent,
          received: embedding[0]!.outcome.result,
        },
      );
    },
  },
];

/** Problems of one tool definition in a tools/list page, by the negotiated version's schema. */
export function toolDefinitionProblems(tool: unknown, version: string, index: number): string[] {
  if (!isObject(tool)) return [`tools[${index}] is not an object`];
  const name = typeof tool.name === 'string' ? tool.name : `tools[${index}]`;
  const problems: string[] = [];
  if (typeof tool.name !== 'string') problems.push(`tools[${index}] has no string name`);
  if (!isObject(tool.inputSchema)) problems.push(`${name}: inputSchema is not an object`);
  for (const key of ['title', 'description'] as const) {
    if (tool[key] !== undefined && typeof tool[key] !== 'string') problems.push(`${name}: ${key} is not a string`);
  }
  for (const key of ['annotations', 'outputSchema', 'execution', '_meta'] as const) {
    if (tool[key] !== undefined && !isObject(tool[key])) problems.push(`${name}: ${key} is not an object`);
  }
  if (tool.icons !== undefined && !Array.isArray(tool.icons)) problems.push(`${name}: icons is not an array`);
  if (version >= '2025-11-25' && isObject(tool.execution)) {
    const support = tool.execution.taskSupport;
    if (support !== undefined && !['forbidden', 'optional', 'required'].includes(support as string)) {
      problems.push(`${name}: execution.taskSupport is ${JSON.stringify(support)}`);
    }
  }
  return problems;
}

/** Problems of a CallToolResult under `version`. */
export function callResultProblems(result: Record<string, unknown>, version: string): string[] {
  const problems = contentListProblems(result.content, 'content');
  if (result.isError !== undefined && typeof result.isError !== 'boolean') problems.push('isError is not a boolean');
  // From 2026-07-28 structuredContent may be any JSON value (tools-structured-content-any-json judges it).
  const objectOnly = version >= '2025-06-18' && version !== MODERN_VERSION;
  if (objectOnly && result.structuredContent !== undefined && !isObject(result.structuredContent)) {
    problems.push('structuredContent is not an object');
  }
  return problems;
}

function judgeSchemas(tools: Record<string, unknown>[], key: 'inputSchema' | 'outputSchema') {
  const invalid: { tool: string; errors: string[]; schema: unknown }[] = [];
  const unsupported: { tool: string; declared: string }[] = [];
  for (const tool of tools) {
    const schema = tool[key];
    if (schema === undefined) continue;
    const compiled = compileJsonSchema(schema);
    if (compiled.kind === 'invalid') invalid.push({ tool: toolName(tool), errors: compiled.errors, schema });
    if (compiled.kind === 'unsupported-dialect')
      unsupported.push({ tool: toolName(tool), declared: compiled.declared });
  }
  if (invalid.length) {
    return violation(
      `${key} is not a valid JSON Schema: ${invalid.map((i) => `${i.tool} (${i.errors.slice(0, 2).join('; ')})`).join(', ')}`,
      {
        received: invalid.map((i) => ({ tool: i.tool, [key]: i.schema })),
      },
    );
  }
  if (unsupported.length) {
    return warn(
      `${key} declares a JSON Schema dialect mcp-ci cannot check (2020-12, 2019-09, draft-07 and draft-06 are supported): ${unsupported.map((u) => `${u.tool} ($schema ${u.declared})`).join(', ')}`,
      {
        received: unsupported,
      },
    );
  }
  return pass(`${tools.filter((t) => t[key] !== undefined).length} ${key}s compile`);
}

/** Arguments that break a callable tool's inputSchema: a required property left out, or a typed one mistyped. */
/**
 * Names an object schema requires that nothing in it defines: not in `properties`, not matched by
 * `patternProperties`, not in the properties of an `allOf` / `anyOf` / `oneOf` branch. Nested object properties
 * are read too.
 */
export function undefinedRequired(schema: unknown, path: string): { path: string; names: string[]; closed: boolean }[] {
  if (!isObject(schema)) return [];
  const properties = isObject(schema.properties) ? schema.properties : {};
  const found: { path: string; names: string[]; closed: boolean }[] = [];
  if (Array.isArray(schema.required)) {
    const patterns = isObject(schema.patternProperties) ? Object.keys(schema.patternProperties) : [];
    const branches = ['allOf', 'anyOf', 'oneOf'].flatMap((key) => (Array.isArray(schema[key]) ? schema[key] : []));
    const inBranch = (name: string) =>
      branches.some((b) => isObject(b) && isObject(b.properties) && Object.hasOwn(b.properties, name));
    const matchesPattern = (name: string) =>
      patterns.some((pattern) => {
        try {
          return new RegExp(pattern, 'u').test(name);
        } catch {
          return false;
        }
      });
    const names = schema.required.filter(
      (name): name is string =>
        typeof name === 'string' && !Object.hasOwn(properties, name) && !matchesPattern(name) && !inBranch(name),
    );
    if (names.length) found.push({ path, names, closed: schema.additionalProperties === false });
  }
  for (const [key, property] of Object.entries(properties)) {
    found.push(...undefinedRequired(property, `${path}.properties.${key}`));
  }
  return found;
}

/** Node's error codes for a network call that failed: a tool whose own dependency is down. */
const NETWORK_FAILURE =
  /\b(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH)\b|fetch failed/;

/**
 * Why a tool's error answer to invalid arguments says nothing about input validation: the error is the tool's own
 * failed network call, or the tool fails with valid arguments too. Undefined when the error may be the validation.
 */
async function failureOfItsOwn(ctx: CheckContext, tool: string, message: string): Promise<string | undefined> {
  if (NETWORK_FAILURE.test(message)) {
    return `${tool}'s error names a failed network call of its own ("${message.slice(0, 160)}"), not argument validation`;
  }
  const valid = (await sessionToolResult(ctx, tool))?.outcome;
  if (valid && (!valid.ok || valid.result.isError === true)) {
    const how = valid.ok ? 'a result with isError: true' : describeOutcome(valid);
    return `${tool} fails with valid arguments too (${how}), so its error says nothing about input validation`;
  }
  return undefined;
}

export function invalidCall(
  tools: readonly ToolInvocation[],
): { invocation: ToolInvocation; arguments: Record<string, unknown>; how: string } | undefined {
  for (const invocation of tools) {
    const schema = invocation.tool.inputSchema;
    if (!isObject(schema)) continue;
    const compiled = compileForValidation(schema);
    if (compiled.kind !== 'valid') continue;
    const candidates: { arguments: Record<string, unknown>; how: string }[] = [];
    const required = Array.isArray(schema.required)
      ? schema.required.filter((k): k is string => typeof k === 'string')
      : [];
    if (required.length) {
      const { [required[0]!]: _left, ...rest } = invocation.arguments;
      candidates.push({ arguments: rest, how: `the required argument "${required[0]}" left out` });
    }
    const properties = isObject(schema.properties) ? schema.properties : {};
    for (const [key, property] of Object.entries(properties)) {
      if (!isObject(property) || typeof property.type !== 'string') continue;
      const wrong = property.type === 'string' ? 12345 : 'mcp-ci-not-a-' + property.type;
      candidates.push({
        arguments: { ...invocation.arguments, [key]: wrong },
        how: `"${key}" given a value that is not of type ${property.type}`,
      });
    }
    const breaking = candidates.find((c) => !compiled.validate(c.arguments));
    if (breaking) return { invocation, ...breaking };
  }
  return undefined;
}

function parsesTo(text: unknown, expected: unknown): boolean {
  if (typeof text !== 'string') return false;
  try {
    return isDeepStrictEqual(JSON.parse(text), expected);
  } catch {
    return false;
  }
}

function describeBadName(name: unknown): string {
  if (typeof name !== 'string') return `${JSON.stringify(name)} is not a string`;
  if (name.length === 0) return 'an empty name';
  if (name.length > 128) return `${name.slice(0, 40)}… is ${name.length} characters long`;
  const offending = [...new Set([...name].filter((c) => !/[A-Za-z0-9_.-]/.test(c)))];
  return `${JSON.stringify(name)} contains ${offending.map((c) => JSON.stringify(c)).join(' ')}`;
}

function describeParams(params: Record<string, unknown>): string {
  return Object.keys(params).length === 0 ? 'params {} without a name' : 'arguments given as a string';
}

function summarize(records: ToolCallRecord[]): string {
  return records
    .map(
      (r) =>
        `${r.invocation.name}: ${r.outcome ? (r.outcome.ok ? (r.outcome.result.isError === true ? 'isError result' : 'result') : describeOutcome(r.outcome)) : r.failure?.message}`,
    )
    .join('; ');
}

function more(list: unknown[], shown: number): string {
  return list.length > shown ? ` (and ${list.length - shown} more)` : '';
}
