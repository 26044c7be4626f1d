/**
 * Schema validation of what a server sends. The reference is the official TypeScript SDK's zod schemas: what the
 * official clients validate server output against, so a message they reject breaks real clients. Initialize-era
 * messages are judged by the 1.x SDK's (`@modelcontextprotocol/sdk/types.js`, 2025-11-25; constructs that a
 * session's older negotiated version does not have are judged separately, version-constructs.ts, LIFE-07);
 * 2026-07-28 messages by the 2.x line's (`@modelcontextprotocol/core`).
 */
import * as modern from '@modelcontextprotocol/core';
import type { Era } from '../../model.js';
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

/**
 * The 2026-07-28 results of the methods it keeps or adds (ping, logging/setLevel and resources/subscribe are gone;
 * tasks moved to an extension, whose results the generic shape judges).
 */
const MODERN_RESULT_SCHEMAS: Record<string, SafeParser> = {
  'server/discover': modern.DiscoverResultSchema,
  'tools/list': modern.ListToolsResultSchema,
  'tools/call': modern.CallToolResultSchema,
  'resources/list': modern.ListResourcesResultSchema,
  'resources/templates/list': modern.ListResourceTemplatesResultSchema,
  'resources/read': modern.ReadResourceResultSchema,
  'prompts/list': modern.ListPromptsResultSchema,
  'prompts/get': modern.GetPromptResultSchema,
  'completion/complete': modern.CompleteResultSchema,
  'subscriptions/listen': modern.SubscriptionsListenResultSchema,
};

const MODERN_NOTIFICATION_SCHEMAS: Record<string, SafeParser> = {
  'notifications/cancelled': modern.CancelledNotificationSchema,
  'notifications/progress': modern.ProgressNotificationSchema,
  'notifications/message': modern.LoggingMessageNotificationSchema,
  'notifications/resources/updated': modern.ResourceUpdatedNotificationSchema,
  'notifications/resources/list_changed': modern.ResourceListChangedNotificationSchema,
  'notifications/tools/list_changed': modern.ToolListChangedNotificationSchema,
  'notifications/prompts/list_changed': modern.PromptListChangedNotificationSchema,
  'notifications/subscriptions/acknowledged': modern.SubscriptionsAcknowledgedNotificationSchema,
};

/** Methods the schema knows; anything else is an extension and only the generic shapes apply. */
export const KNOWN_SERVER_REQUESTS = new Set(Object.keys(SERVER_REQUEST_SCHEMAS));

/** Whether a notification has a schema in that era (anything else is an extension's). */
export const knownServerNotification = (method: string, era: Era): boolean =>
  method in (era === 'modern' ? MODERN_NOTIFICATION_SCHEMAS : NOTIFICATION_SCHEMAS);

/**
 * Whether the server declares task augmentation for a request type: `tasks.requests.tools.call` for `tools/call`.
 */
export function declaresTaskRequest(serverCapabilities: unknown, method: string): boolean {
  const requests =
    isObject(serverCapabilities) && isObject(serverCapabilities.tasks) ? serverCapabilities.tasks.requests : undefined;
  let node: unknown = requests;
  for (const part of method.split('/')) node = isObject(node) ? node[part] : undefined;
  return node !== undefined;
}

/**
 * Problems with a result, given the request it answers and the answering server's capabilities; empty when valid.
 * A task-augmented request (`params.task`) is answered with a CreateTaskResult only when the server declares tasks
 * for that request type: "Receivers that do not declare the task capability for a request type MUST process
 * requests of that type normally, ignoring any task-augmentation metadata if present", so their answer is the
 * ordinary result.
 */
export function resultProblems(
  method: string,
  result: unknown,
  requestParams: unknown,
  serverCapabilities?: unknown,
  era: Era = 'legacy',
): string[] {
  if (era === 'modern') return modernResultProblems(method, result);
  const taskAugmented = isObject(requestParams) && requestParams.task !== undefined;
  if (taskAugmented && declaresTaskRequest(serverCapabilities, method)) return problems(CreateTaskResultSchema, result);
  if (method === 'tasks/result') return problems(ResultSchema, result);
  const schema = RESULT_SCHEMAS[method];
  if (!schema) return problems(ResultSchema, result);
  // The SDK defaults a missing `content` to []; the spec's CallToolResult requires it (SCH-04).
  if (method === 'tools/call' && isObject(result) && !Array.isArray(result.content)) {
    return ['content: required array is missing', ...problems(schema, result)];
  }
  return problems(schema, result);
}

/**
 * A 2026-07-28 result. The 2.x result schemas are era-neutral and let unknown members through, so the wire-only
 * `resultType`, `ttlMs` and `cacheScope` pass here (base-result-type and the caching checks judge them), as does a
 * `structuredContent` of any JSON value. An `input_required` answer is not the method's result: the
 * input_required checks judge it.
 */
function modernResultProblems(method: string, result: unknown): string[] {
  if (isObject(result) && result.resultType === 'input_required') return [];
  const schema = MODERN_RESULT_SCHEMAS[method] ?? modern.ResultSchema;
  // As in the 1.x line, the schema defaults a missing `content` to []; the spec's CallToolResult requires it.
  if (method === 'tools/call' && isObject(result) && !Array.isArray(result.content)) {
    return ['content: required array is missing', ...problems(schema, result)];
  }
  return problems(schema, result);
}

export function notificationProblems(message: JsonObject, era: Era = 'legacy'): string[] {
  const schemas = era === 'modern' ? MODERN_NOTIFICATION_SCHEMAS : NOTIFICATION_SCHEMAS;
  const schema = typeof message.method === 'string' ? schemas[message.method] : undefined;
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
