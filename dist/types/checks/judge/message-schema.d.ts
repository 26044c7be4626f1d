import type { Era } from '../../model.js';
import { type JsonObject } from './transcript-index.js';
/** Methods the schema knows; anything else is an extension and only the generic shapes apply. */
export declare const KNOWN_SERVER_REQUESTS: Set<string>;
/** Whether a notification has a schema in that era (anything else is an extension's). */
export declare const knownServerNotification: (method: string, era: Era) => boolean;
/**
 * Whether the server declares task augmentation for a request type: `tasks.requests.tools.call` for `tools/call`.
 */
export declare function declaresTaskRequest(serverCapabilities: unknown, method: string): boolean;
/**
 * Problems with a result, given the request it answers and the answering server's capabilities; empty when valid.
 * A task-augmented request (`params.task`) is answered with a CreateTaskResult only when the server declares tasks
 * for that request type: "Receivers that do not declare the task capability for a request type MUST process
 * requests of that type normally, ignoring any task-augmentation metadata if present", so their answer is the
 * ordinary result.
 */
export declare function resultProblems(method: string, result: unknown, requestParams: unknown, serverCapabilities?: unknown, era?: Era): string[];
export declare function notificationProblems(message: JsonObject, era?: Era): string[];
export declare function serverRequestProblems(message: JsonObject): string[];
