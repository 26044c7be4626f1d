/** Server feature: resources (server/resources), inventory section 5.9, plus SCH-05. */
import { parse as parseUriTemplate } from 'uri-template';
import { ConnectionClosedError, RequestTimeoutError, type Connection, type RpcOutcome } from '../../wire/types.js';
import { requireCapability, requireListed } from '../applicability.js';
import { capabilityChecks, type FeatureProbe } from './capability-honesty.js';
import { isAbsoluteUri, isMimeType, isObject, isStrictBase64, resourceContentsProblems } from '../judge/content.js';
import { RESOURCE_NOT_FOUND, describeOutcome, isInterim, nonexistentName, receivedOf } from '../judge/outcome.js';
import { itemsOf, sharedWalk } from '../probes/pages.js';
import { callableToolResults } from '../probes/tool-results.js';
import { pass, skip, violation, type CheckContext, type CheckDefinition } from '../types.js';
import { ALL_VERSIONS, withModern } from '../versions.js';

const BOTH = ['stdio', 'http', 'sse'] as const;

/** Enough reads to see every kind of resource a typical server has, few enough to stay fast on big ones. */
const MAX_READS = 20;

/** The first line of a Unix /etc/passwd: what a traversal that escaped would read. */
const PASSWD_LINE = /^root:[^:\n]*:0:0:/m;

/** Characters RFC 6570 (section 2.1) does not allow as literals outside expressions (controls and space too). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is being looked for
const FORBIDDEN_LITERAL = /[\x00-\x20"'<>\\^`{|}]|%(?![0-9A-Fa-f]{2})/;

interface ReadRecord {
  uri: string;
  sent: { method: 'resources/read'; params: { uri: string } };
  outcome?: RpcOutcome;
  failure?: string;
}

const reads = new WeakMap<Connection, Promise<ReadRecord[]>>();

/** Reads the first listed resources once per session; the read checks share the answers. */
function listedResourceReads(ctx: CheckContext): Promise<ReadRecord[]> {
  let pending = reads.get(ctx.main);
  if (!pending) {
    const uris = ctx.inventory.resources.map((r) => r.uri).filter((uri): uri is string => typeof uri === 'string');
    pending = Promise.all(uris.slice(0, MAX_READS).map((uri) => readOnce(ctx.main, uri)));
    reads.set(ctx.main, pending);
  }
  return pending;
}

async function readOnce(connection: Connection, uri: string): Promise<ReadRecord> {
  const sent = { method: 'resources/read' as const, params: { uri } };
  try {
    return { uri, sent, outcome: await connection.request(sent.method, sent.params) };
  } catch (error) {
    if (error instanceof RequestTimeoutError || error instanceof ConnectionClosedError) {
      return { uri, sent, failure: error.message };
    }
    throw error;
  }
}

const honesty = capabilityChecks({
  section: 'resources',
  capability: 'resources',
  feature: 'resources',
  declaredRequirements: ['RES-01'],
  declaredSpec: 'server/resources#capabilities',
  declaredRule: 'Servers that support resources MUST declare the resources capability.',
  async probes(ctx) {
    const probes: FeatureProbe[] = [{ method: 'resources/list' }, { method: 'resources/templates/list' }];
    const first = ctx.inventory.resources.find((r) => typeof r.uri === 'string');
    if (first) probes.push({ method: 'resources/read', params: { uri: first.uri } });
    return probes;
  },
});

export const checks: CheckDefinition[] = [
  ...honesty,
  {
    id: 'resources-list-shape',
    title: 'resources/list pages have a resources array of well-typed resources',
    section: 'resources',
    level: 'MUST',
    requirements: ['SCH-05', 'SCH-07'],
    spec: 'server/resources#listing-resources',
    rule: 'ListResourcesResult has a `resources` array and an optional string `nextCursor`; each Resource has a string `uri` and `name`, and optional fields of the schema types (title, description, mimeType, size, annotations, icons, _meta).',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireCapability(ctx, 'resources'),
    async run(ctx) {
      return judgeListing(ctx, 'resources/list', 'resources', resourceProblems);
    },
  },
  {
    id: 'resources-templates-shape',
    title: 'resources/templates/list pages list RFC 6570 URI templates',
    section: 'resources',
    level: 'MUST',
    requirements: ['SCH-05', 'SCH-07'],
    spec: 'server/resources#resource-templates',
    rule: 'ListResourceTemplatesResult has a `resourceTemplates` array; each ResourceTemplate has a string `name` and a `uriTemplate` that is an RFC 6570 URI template.',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireCapability(ctx, 'resources'),
    async run(ctx) {
      return judgeListing(ctx, 'resources/templates/list', 'resourceTemplates', templateProblems);
    },
  },
  {
    id: 'resources-uri-rfc3986',
    title: 'resource URIs are absolute RFC 3986 URIs',
    section: 'resources',
    level: 'MUST',
    requirements: ['RES-02'],
    spec: 'server/resources',
    rule: 'Each resource is uniquely identified by a URI; custom URI schemes MUST be in accordance with RFC 3986.',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies(ctx) {
      return ctx.inventory.resources.length || ctx.callableTools.length
        ? undefined
        : 'the server lists no resources and no tool may be called';
    },
    async run(ctx) {
      const seen: { uri: unknown; where: string }[] = [];
      for (const resource of ctx.inventory.resources) seen.push({ uri: resource.uri, where: 'resources/list' });
      for (const record of await listedResourceReads(ctx)) {
        const contents = record.outcome?.ok ? record.outcome.result.contents : undefined;
        if (!Array.isArray(contents)) continue;
        for (const item of contents) {
          if (isObject(item)) seen.push({ uri: item.uri, where: `resources/read ${record.uri}` });
        }
      }
      if (ctx.callableTools.length) {
        for (const record of await callableToolResults(ctx)) {
          const content = record.outcome?.ok ? record.outcome.result.content : undefined;
          if (!Array.isArray(content)) continue;
          for (const block of content) {
            if (!isObject(block)) continue;
            if (block.type === 'resource_link') seen.push({ uri: block.uri, where: `tool ${record.invocation.name}` });
            if (block.type === 'resource' && isObject(block.resource)) {
              seen.push({ uri: block.resource.uri, where: `tool ${record.invocation.name}` });
            }
          }
        }
      }
      if (!seen.length) return skip('no resource URI was seen (nothing listed, read or returned by a tool)');
      const bad = seen.filter((s) => !isAbsoluteUri(s.uri));
      if (bad.length) {
        return violation(
          `not absolute RFC 3986 URIs: ${bad
            .slice(0, 5)
            .map((b) => `${JSON.stringify(b.uri)} (${b.where})`)
            .join(', ')}`,
          { received: bad.slice(0, 20) },
        );
      }
      return pass(`${seen.length} URIs parse`);
    },
  },
  {
    id: 'resources-read-contents',
    title: 'resources/read returns contents items with a uri and exactly one of text or blob',
    section: 'resources',
    level: 'MUST',
    requirements: ['RES-04', 'SCH-05'],
    spec: 'server/resources#reading-resources',
    rule: 'ReadResourceResult has a `contents` array; each item has a `uri` and either a string `text` or a base64 `blob` (TextResourceContents | BlobResourceContents).',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireListed(ctx, 'resources'),
    async run(ctx) {
      const records = await listedResourceReads(ctx);
      const read = records.filter((r) => r.outcome?.ok && !isInterim(r.outcome));
      for (const record of read) {
        const result = (record.outcome as { ok: true; result: Record<string, unknown> }).result;
        const contents = result.contents;
        const problems = Array.isArray(contents)
          ? contents.flatMap((item, i) => resourceContentsProblems(item, `contents[${i}]`))
          : ['contents is not an array'];
        if (problems.length) {
          return violation(`resources/read ${record.uri}: ${problems.slice(0, 3).join('; ')}`, {
            sent: record.sent,
            received: result,
          });
        }
      }
      if (!read.length) return skip(`no listed resource could be read: ${describeReads(records)}`);
      const failed = records.filter((r) => !r.outcome?.ok);
      return pass(
        `${read.length} read(s) well-formed${failed.length ? `; not readable: ${describeReads(failed)}` : ''}`,
      );
    },
  },
  {
    id: 'resources-blob-base64',
    title: 'binary resource contents are valid base64',
    section: 'resources',
    level: 'MUST',
    requirements: ['RES-03'],
    spec: 'server/resources#security-considerations',
    rule: 'Binary data MUST be properly encoded (BlobResourceContents.blob is base64).',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireListed(ctx, 'resources'),
    async run(ctx) {
      let blobs = 0;
      for (const record of await listedResourceReads(ctx)) {
        if (!record.outcome?.ok) continue;
        const contents = record.outcome.result.contents;
        if (!Array.isArray(contents)) continue;
        for (const item of contents) {
          if (!isObject(item) || item.blob === undefined) continue;
          blobs++;
          if (!isStrictBase64(item.blob)) {
            return violation(`resources/read ${record.uri}: blob is not valid base64`, {
              sent: record.sent,
              received: record.outcome.result,
            });
          }
        }
      }
      return blobs ? pass(`${blobs} blob(s) decode`) : skip('no resource read returned a blob');
    },
  },
  {
    id: 'resources-unknown-uri-error',
    title: 'reading an unknown resource is error -32002 (Resource not found)',
    section: 'resources',
    level: 'SHOULD',
    requirements: ['RES-05'],
    spec: 'server/resources#error-handling',
    rule: 'Servers SHOULD return standard JSON-RPC errors for common failure cases: Resource not found: -32002.',
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: 'per-version',
    applies: (ctx) => requireCapability(ctx, 'resources'),
    async run(ctx) {
      const foreign = `mcp-ci://nonexistent/${nonexistentName()}`;
      const judged = await judgeNotFound(ctx, foreign, true);
      if (judged) return judged;
      // A made-up path under a scheme the server lists; never http(s), which a server might go and fetch.
      const sibling = siblingUri(ctx.inventory.resources);
      if (sibling) {
        const underScheme = await judgeNotFound(ctx, sibling, false);
        if (underScheme) return underScheme;
      }
      return pass(sibling ? `${foreign} and ${sibling}: -32002` : `${foreign}: -32002`);
    },
  },
  {
    id: 'resources-subscribe-unsubscribe',
    title: 'resources/subscribe and resources/unsubscribe answer with an empty result',
    section: 'resources',
    level: 'MUST',
    requirements: ['RES-07', 'SCH-14'],
    spec: 'server/resources#subscriptions',
    rule: 'With the subscribe capability, clients can subscribe to a resource (resources/subscribe) and unsubscribe (resources/unsubscribe); both return an EmptyResult.',
    versions: ALL_VERSIONS,
    transports: BOTH,
    scope: 'once',
    applies(ctx) {
      const resources = ctx.main.serverCapabilities.resources;
      if (!isObject(resources) || resources.subscribe !== true)
        return 'the server does not declare resources.subscribe';
      return requireListed(ctx, 'resources');
    },
    async run(ctx) {
      const uri = ctx.inventory.resources.find((r) => typeof r.uri === 'string')?.uri as string | undefined;
      if (!uri) return skip('no listed resource has a string uri');
      // A subscription lives on the session; keep it off the main one.
      const session = await ctx.sideSession();
      for (const method of ['resources/subscribe', 'resources/unsubscribe']) {
        const outcome = await session.request(method, { uri });
        const evidence = { sent: { method, params: { uri } }, received: receivedOf(outcome) };
        if (!outcome.ok) return violation(`${method} ${uri} failed: ${describeOutcome(outcome)}`, evidence);
        if (Object.keys(outcome.result).some((key) => key !== '_meta')) {
          return violation(`${method} returned a non-empty result`, evidence);
        }
      }
      return pass(`subscribed to and unsubscribed from ${uri}`);
    },
  },
  {
    id: 'resources-path-traversal',
    title: 'file resources do not serve files outside the exposed directory',
    section: 'resources',
    level: 'MUST',
    heuristic: true,
    requirements: ['RES-09'],
    spec: 'server/resources#security-considerations',
    rule: 'Servers MUST validate all resource URIs: a file:// URI that climbs out of the exposed directory (../, %2e%2e) is refused, never answered with a foreign file.',
    versions: withModern(ALL_VERSIONS),
    transports: BOTH,
    scope: 'once',
    applies: (ctx) =>
      exposedDirectory(ctx.inventory.resources) ? undefined : 'no listed resource is a file:// URI below a directory',
    async run(ctx) {
      const dir = exposedDirectory(ctx.inventory.resources)!;
      const climbs = '/..'.repeat(12);
      const probes = [
        `file://${dir}${climbs}/etc/passwd`,
        `file://${dir}${climbs.replaceAll('..', '%2e%2e')}/etc/passwd`,
      ];
      for (const uri of probes) {
        const sent = { method: 'resources/read', params: { uri } };
        const outcome = await ctx.main.request(sent.method, sent.params);
        const contents = outcome.ok && Array.isArray(outcome.result.contents) ? outcome.result.contents : [];
        const leaked = contents.some(
          (item) => isObject(item) && typeof item.text === 'string' && PASSWD_LINE.test(item.text),
        );
        if (leaked) {
          return violation(`reading ${uri} returned /etc/passwd: resource URIs are not confined to ${dir}`, {
            sent,
            received: '(the contents of /etc/passwd, withheld)',
          });
        }
      }
      return pass(`refused to leave ${dir}`);
    },
  },
];

async function judgeListing(
  ctx: CheckContext,
  method: string,
  key: string,
  itemProblems: (item: unknown, index: number) => { problems: string[]; notes: string[] },
) {
  const walk = await sharedWalk(ctx.main, method);
  const failed = walk.stopped?.outcome;
  if (failed && !failed.ok) {
    return violation(`${method} ${walk.stopped!.reason}: ${describeOutcome(failed)}`, {
      sent: { method, ...(walk.stopped!.cursor ? { params: { cursor: walk.stopped!.cursor } } : {}) },
      received: receivedOf(failed),
    });
  }
  const problems: string[] = [];
  const notes: string[] = [];
  walk.pages.forEach(({ result }, page) => {
    const list = result[key];
    if (!Array.isArray(list)) problems.push(`page ${page + 1} has no ${key} array`);
    else {
      list.forEach((item, i) => {
        const found = itemProblems(item, i);
        problems.push(...found.problems);
        notes.push(...found.notes);
      });
    }
    if (result.nextCursor !== undefined && typeof result.nextCursor !== 'string') {
      problems.push(`page ${page + 1} nextCursor is not a string`);
    }
  });
  if (problems.length) {
    return violation(
      `${method}: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (and ${problems.length - 5} more)` : ''}`,
      {
        sent: { method },
        received: walk.pages.map((p) => p.result),
      },
    );
  }
  const count = itemsOf(walk, key).length;
  return pass(
    `${count} ${key} on ${walk.pages.length} page(s)${notes.length ? `; note: ${notes.slice(0, 3).join('; ')}` : ''}`,
  );
}

function commonProblems(item: Record<string, unknown>, label: string): string[] {
  const problems: string[] = [];
  if (typeof item.name !== 'string') problems.push(`${label} has no string name`);
  for (const key of ['title', 'description', 'mimeType'] as const) {
    if (item[key] !== undefined && typeof item[key] !== 'string') problems.push(`${label} ${key} is not a string`);
  }
  for (const key of ['annotations', '_meta'] as const) {
    if (item[key] !== undefined && !isObject(item[key])) problems.push(`${label} ${key} is not an object`);
  }
  if (item.icons !== undefined && !Array.isArray(item.icons)) problems.push(`${label} icons is not an array`);
  return problems;
}

function mimeNote(item: Record<string, unknown>, label: string): string[] {
  return typeof item.mimeType === 'string' && !isMimeType(item.mimeType)
    ? [`${label} mimeType ${JSON.stringify(item.mimeType)} is not of the form type/subtype`]
    : [];
}

export function resourceProblems(item: unknown, index: number): { problems: string[]; notes: string[] } {
  if (!isObject(item)) return { problems: [`resources[${index}] is not an object`], notes: [] };
  const label = typeof item.uri === 'string' ? item.uri : `resources[${index}]`;
  const problems = commonProblems(item, label);
  if (typeof item.uri !== 'string') problems.push(`resources[${index}] has no string uri`);
  if (item.size !== undefined && typeof item.size !== 'number') problems.push(`${label} size is not a number`);
  return { problems, notes: mimeNote(item, label) };
}

export function templateProblems(item: unknown, index: number): { problems: string[]; notes: string[] } {
  if (!isObject(item)) return { problems: [`resourceTemplates[${index}] is not an object`], notes: [] };
  const template = item.uriTemplate;
  const label = typeof template === 'string' ? template : `resourceTemplates[${index}]`;
  const problems = commonProblems(item, label);
  if (typeof template !== 'string') problems.push(`resourceTemplates[${index}] has no string uriTemplate`);
  else {
    const reason = uriTemplateError(template);
    if (reason) problems.push(`uriTemplate ${JSON.stringify(template)} is not an RFC 6570 template: ${reason}`);
  }
  return { problems, notes: mimeNote(item, label) };
}

/** Why a string is not an RFC 6570 URI template, or undefined when it is one. */
export function uriTemplateError(template: string): string | undefined {
  try {
    parseUriTemplate(template);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const literals = template.replace(/\{[^}]*\}/g, '');
  const bad = FORBIDDEN_LITERAL.exec(literals);
  return bad ? `the character ${JSON.stringify(bad[0])} is not allowed outside an expression` : undefined;
}

/** A URI under the scheme and path of the first listed non-web resource, with a last segment that exists nowhere. */
function siblingUri(resources: Record<string, unknown>[]): string | undefined {
  for (const resource of resources) {
    if (typeof resource.uri !== 'string' || !isAbsoluteUri(resource.uri)) continue;
    const scheme = resource.uri.slice(0, resource.uri.indexOf(':')).toLowerCase();
    if (scheme === 'http' || scheme === 'https') continue;
    const cut = resource.uri.lastIndexOf('/');
    const base = cut > resource.uri.indexOf(':') + 2 ? resource.uri.slice(0, cut + 1) : `${resource.uri}/`;
    return `${base}${nonexistentName()}`;
  }
  return undefined;
}

/** The directory of the first listed file:// resource, when it is not the file system root. */
function exposedDirectory(resources: Record<string, unknown>[]): string | undefined {
  for (const resource of resources) {
    if (typeof resource.uri !== 'string' || !resource.uri.startsWith('file:///')) continue;
    const path = resource.uri.slice('file://'.length);
    const dir = path.slice(0, path.lastIndexOf('/'));
    if (dir.length > 1) return dir;
  }
  return undefined;
}

/** Judges one not-found probe; undefined when the server answered -32002 (or, for a sibling URI, any result). */
async function judgeNotFound(ctx: CheckContext, uri: string, foreign: boolean) {
  const sent = { method: 'resources/read', params: { uri } };
  const outcome = await ctx.main.request(sent.method, sent.params);
  const evidence = { sent, received: receivedOf(outcome) };
  if (!outcome.ok) {
    return outcome.error.code === RESOURCE_NOT_FOUND
      ? undefined
      : violation(
          `reading the unknown resource ${uri} is answered with error ${outcome.error.code}; the spec asks for -32002 (Resource not found)`,
          evidence,
        );
  }
  const contents = outcome.result.contents;
  if (Array.isArray(contents) && contents.length === 0) {
    return violation(`reading the unknown resource ${uri} returned empty contents instead of error -32002`, evidence);
  }
  // Under a scheme the server serves, a template may match the made-up URI; only a foreign scheme is surely unknown.
  return foreign
    ? violation(`reading ${uri}, which no server has, returned contents instead of error -32002`, evidence)
    : undefined;
}

function describeReads(records: ReadRecord[]): string {
  return records
    .slice(0, 5)
    .map((r) => `${r.uri} (${r.outcome ? describeOutcome(r.outcome) : r.failure})`)
    .join(', ');
}
