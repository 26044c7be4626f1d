/**
 * Which protocol revision introduced each construct a server can send, so a session can be checked against the
 * version it negotiated (LIFE-07). Only discriminating values are listed (content block types, request and
 * notification methods, elicitation modes): a client of an older version cannot interpret them. Fields that
 * newer revisions added to existing objects are reported as information only, since older clients ignore them.
 */
import { isObject, type JsonObject } from './transcript-index.js';

const CONTENT_TYPE_SINCE: Record<string, string> = {
  text: '2024-11-05',
  image: '2024-11-05',
  resource: '2024-11-05',
  audio: '2025-03-26',
  resource_link: '2025-06-18',
  tool_use: '2025-11-25',
  tool_result: '2025-11-25',
};

const SERVER_REQUEST_SINCE: Record<string, string> = {
  ping: '2024-11-05',
  'sampling/createMessage': '2024-11-05',
  'roots/list': '2024-11-05',
  'elicitation/create': '2025-06-18',
  'tasks/get': '2025-11-25',
  'tasks/result': '2025-11-25',
  'tasks/list': '2025-11-25',
  'tasks/cancel': '2025-11-25',
};

const SERVER_NOTIFICATION_SINCE: Record<string, string> = {
  'notifications/cancelled': '2024-11-05',
  'notifications/progress': '2024-11-05',
  'notifications/message': '2024-11-05',
  'notifications/resources/updated': '2024-11-05',
  'notifications/resources/list_changed': '2024-11-05',
  'notifications/tools/list_changed': '2024-11-05',
  'notifications/prompts/list_changed': '2024-11-05',
  'notifications/tasks/status': '2025-11-25',
  'notifications/elicitation/complete': '2025-11-25',
};

const URL_ELICITATION_SINCE = '2025-11-25';

/** Fields later revisions added to objects an older client already knows, by where they appear. */
const ADDED_FIELDS: { where: string; field: string; since: string }[] = [
  { where: 'tool', field: 'annotations', since: '2025-03-26' },
  { where: 'tool', field: 'title', since: '2025-06-18' },
  { where: 'tool', field: 'outputSchema', since: '2025-06-18' },
  { where: 'tool', field: 'icons', since: '2025-11-25' },
  { where: 'tool', field: 'execution', since: '2025-11-25' },
  { where: 'tools/call result', field: 'structuredContent', since: '2025-06-18' },
  { where: 'capabilities', field: 'completions', since: '2025-03-26' },
  { where: 'capabilities', field: 'tasks', since: '2025-11-25' },
];

export interface ForeignConstruct {
  /** Where it was found, e.g. `tools/call result content[2].type`. */
  where: string;
  value: string;
  since: string;
}

const newerThan = (since: string | undefined, version: string) => since !== undefined && since > version;

/** Content blocks in a tools/call or prompts/get result, or in a sampling request's messages. */
function contentBlocks(method: string, payload: JsonObject): { where: string; block: JsonObject }[] {
  const blocks: { where: string; block: JsonObject }[] = [];
  const add = (where: string, value: unknown) => {
    if (Array.isArray(value))
      value.forEach((item, i) => isObject(item) && blocks.push({ where: `${where}[${i}]`, block: item }));
    else if (isObject(value)) blocks.push({ where, block: value });
  };
  if (method === 'tools/call') add(`tools/call result content`, payload.content);
  if (method === 'prompts/get' || method === 'sampling/createMessage') {
    const messages = Array.isArray(payload.messages) ? payload.messages : [];
    messages.forEach((message, i) => isObject(message) && add(`${method} messages[${i}].content`, message.content));
  }
  return blocks;
}

/** Constructs in a result that the session's version does not define. */
export function foreignInResult(method: string, result: JsonObject, version: string): ForeignConstruct[] {
  return contentBlocks(method, result)
    .filter(({ block }) => typeof block.type === 'string' && newerThan(CONTENT_TYPE_SINCE[block.type], version))
    .map(({ where, block }) => ({
      where: `${where}.type`,
      value: String(block.type),
      since: CONTENT_TYPE_SINCE[String(block.type)]!,
    }));
}

/** Constructs in a server request or notification that the session's version does not define. */
export function foreignInServerMessage(message: JsonObject, version: string): ForeignConstruct[] {
  const method = typeof message.method === 'string' ? message.method : '';
  const isRequest = 'id' in message;
  const since = (isRequest ? SERVER_REQUEST_SINCE : SERVER_NOTIFICATION_SINCE)[method];
  if (newerThan(since, version))
    return [{ where: isRequest ? 'request' : 'notification', value: method, since: since! }];
  const params = isObject(message.params) ? message.params : {};
  const found: ForeignConstruct[] = [];
  if (method === 'elicitation/create' && params.mode === 'url' && newerThan(URL_ELICITATION_SINCE, version)) {
    found.push({ where: 'elicitation/create params.mode', value: 'url', since: URL_ELICITATION_SINCE });
  }
  if (method === 'sampling/createMessage') {
    for (const { where, block } of contentBlocks(method, params)) {
      if (typeof block.type === 'string' && newerThan(CONTENT_TYPE_SINCE[block.type], version)) {
        found.push({ where: `${where}.type`, value: block.type, since: CONTENT_TYPE_SINCE[block.type]! });
      }
    }
  }
  return found;
}

/** Later-revision fields on known objects: harmless to older clients, reported as information. */
export function addedFieldsIn(method: string, result: JsonObject, version: string): string[] {
  const found = new Set<string>();
  const note = (where: string, object: JsonObject) => {
    for (const added of ADDED_FIELDS) {
      if (added.where === where && added.field in object && newerThan(added.since, version)) {
        found.add(`${where}.${added.field} (${added.since})`);
      }
    }
  };
  if (method === 'tools/list' && Array.isArray(result.tools)) {
    for (const tool of result.tools) if (isObject(tool)) note('tool', tool);
  }
  if (method === 'tools/call') note('tools/call result', result);
  if (method === 'initialize' && isObject(result.capabilities)) note('capabilities', result.capabilities);
  return [...found];
}
