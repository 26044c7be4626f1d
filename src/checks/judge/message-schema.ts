/**
 * Schema validation of what a server sends. The reference is the official TypeScript SDK's zod schemas
 * (`@modelcontextprotocol/sdk/types.js`): the issue lets us choose the reference, and these are what the official
 * clients validate server output against, so a message they reject breaks real clients. They describe the newest
 * revision; constructs that a session's older negotiated version does not have are judged separately
 * (version-constructs.ts, LIFE-07).
 */
import {
  CallToolResultSchema,
  CancelledNotificationSchema,
  CancelTaskRequestSchema,
  CancelTaskResultSchema,
  CompleteResultSchema,
  CreateMessageRequestSchema,
  CreateTaskResultSchema,
  ElicitationCompleteNotificationSchema,
  ElicitRequestSchema,
  EmptyResultSchema,
  GetPromptResultSchema,
  GetTaskPayloadRequestSchema,
  GetTaskRequestSchema,
  GetTaskResultSchema,
  InitializeResultSchema,
  ListPromptsResultSchema,
  ListResourcesResultSchema,
  ListResourceTemplatesResultSchema,
  ListRootsRequestSchema,
  ListTasksRequestSchema,
  ListTasksResultSchema,
  ListToolsResultSchema,
  LoggingMessageNotificationSchema,
  PingRequestSchema,
  ProgressNotificationSchema,
  PromptListChangedNotificationSchema,
  ReadResourceResultSchema,
  ResourceListChangedNotificationSchema,
  ResourceUpdatedNotificationSchema,
  ResultSchema,
  TaskStatusNotificationSchema,
  ToolListChangedNotificationSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { isObject, type JsonObject } from './transcript-index.js';

interface SafeParser {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly Issue[] } };
}

interface Issue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  /** Set on union failures: the issues of each alternative. */
  errors?: readonly (readonly Issue[])[];
}

/** The result each client request method is answered with. */
const RESULT_SCHEMAS: Record<string, SafeParser> = {
  initialize: InitializeResultSchema,
  ping: EmptyResultSchema,
  'tools/list': ListToolsResultSchema,
  'tools/call': CallToolResultSchema,
  'resources/list': ListResourcesResultSchema,
  'resources/templates/list': ListResourceTemplatesResultSchema,
  'resources/read': ReadResourceResultSchema,
  'resources/subscribe': EmptyResultSchema,
  'resources/unsubscribe': EmptyResultSchema,
  'prompts/list': ListPromptsResultSchema,
  'prompts/get': GetPromptResultSchema,
  'completion/complete': CompleteResultSchema,
  'logging/setLevel': EmptyResultSchema,
  'tasks/get': GetTaskResultSchema,
  'tasks/list': ListTasksResultSchema,
  'tasks/cancel': CancelTaskResultSchema,
};

const NOTIFICATION_SCHEMAS: Record<string, SafeParser> = {
  'notifications/cancelled': CancelledNotificationSchema,
  'notifications/progress': ProgressNotificationSchema,
  'notifications/message': LoggingMessageNotificationSchema,
  'notifications/resources/updated': ResourceUpdatedNotificationSchema,
  'notifications/resources/list_changed': ResourceListChangedNotificationSchema,
  'notifications/tools/list_changed': ToolListChangedNotificationSchema,
  'notifications/prompts/list_changed': PromptListChangedNotificationSchema,
  'notifications/tasks/status': TaskStatusNotificationSchema,
  'notifications/elicitation/complete': ElicitationCompleteNotificationSchema,
};

const SERVER_REQUEST_SCHEMAS: Record<string, SafeParser> = {
  ping: PingRequestSchema,
  'sampling/createMessage': CreateMessageRequestSchema,
  'elicitation/create': ElicitRequestSchema,
  'roots/list': ListRootsRequestSchema,
  'tasks/get': GetTaskRequestSchema,
  'tasks/result': GetTaskPayloadRequestSchema,
  'tasks/list': ListTasksRequestSchema,
  'tasks/cancel': CancelTaskRequestSchema,
};

/** Methods the schema knows; anything else is an extension and only the generic shapes apply. */
export const KNOWN_SERVER_NOTIFICATIONS = new Set(Object.keys(NOTIFICATION_SCHEMAS));
export const KNOWN_SERVER_REQUESTS = new Set(Object.keys(SERVER_REQUEST_SCHEMAS));

/**
 * Problems with a result, given the request it answers; empty when valid. A task-augmented request
 * (`params.task`) is answered with a CreateTaskResult instead.
 */
export function resultProblems(method: string, result: unknown, requestParams: unknown): string[] {
  const taskAugmented = isObject(requestParams) && requestParams.task !== undefined;
  if (taskAugmented) return problems(CreateTaskResultSchema, result);
  if (method === 'tasks/result') return problems(ResultSchema, result);
  const schema = RESULT_SCHEMAS[method];
  if (!schema) return problems(ResultSchema, result);
  // The SDK defaults a missing `content` to []; the spec's CallToolResult requires it (SCH-04).
  if (method === 'tools/call' && isObject(result) && !Array.isArray(result.content)) {
    return ['content: required array is missing', ...problems(schema, result)];
  }
  return problems(schema, result);
}

export function notificationProblems(message: JsonObject): string[] {
  const schema = typeof message.method === 'string' ? NOTIFICATION_SCHEMAS[message.method] : undefined;
  return schema ? problems(schema, stripEnvelope(message)) : [];
}

export function serverRequestProblems(message: JsonObject): string[] {
  const schema = typeof message.method === 'string' ? SERVER_REQUEST_SCHEMAS[message.method] : undefined;
  return schema ? problems(schema, stripEnvelope(message)) : [];
}

/** The SDK's request/notification schemas describe `{method, params}` without the JSON-RPC envelope. */
function stripEnvelope(message: JsonObject): JsonObject {
  return { method: message.method, ...(message.params !== undefined ? { params: message.params } : {}) };
}

function problems(schema: SafeParser, value: unknown): string[] {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : flatten(parsed.error.issues).slice(0, 5);
}

/**
 * One line per issue. A union failure lists every alternative; the most specific one (the alternative whose
 * discriminator matched, hence the fewest issues) says what is actually wrong.
 */
function flatten(issues: readonly Issue[], prefix: readonly PropertyKey[] = []): string[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors?.length) {
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
      if (closest.length) return flatten(closest, path);
    }
    return [`${formatPath(path)}: ${issue.message}`];
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)';
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('');
}
