/**
 * What one run of a step produced, in the shape assertions and `{{ steps.<id>.… }}` read it.
 */
import type { RpcError, RpcOutcome, ServerNotification } from '../wire/types.js';
import type { StepKind } from './types.js';

export interface StepOutcome {
  /** The result as the server sent it; absent after a protocol error. */
  result?: Record<string, unknown>;
  error?: RpcError;
  /** A call's `isError`. */
  isError: boolean;
  /** A call's `structuredContent`. */
  structured?: unknown;
  /** Text content joined by newlines (call, read, prompt, complete); the result as JSON for other steps. */
  text?: string;
  durationMs: number;
  /** Notifications that arrived while the step ran. */
  notifications: ServerNotification[];
}

export function toOutcome(
  kind: StepKind,
  rpc: RpcOutcome,
  durationMs: number,
  notifications: ServerNotification[],
): StepOutcome {
  if (!rpc.ok) return { error: rpc.error, isError: false, durationMs, notifications };
  const { result } = rpc;
  return {
    result,
    isError: kind === 'call' && result.isError === true,
    structured: kind === 'call' ? result.structuredContent : undefined,
    text: textOf(kind, result),
    durationMs,
    notifications,
  };
}

/** The fields `{{ steps.<id>.… }}` can read. */
export function referenceView(outcome: StepOutcome): Record<string, unknown> {
  const { result, structured, text, error, isError, durationMs, notifications } = outcome;
  return { result, structured, text, error, isError, durationMs, notifications };
}

function textOf(kind: StepKind, result: Record<string, unknown>): string {
  switch (kind) {
    case 'call':
      return texts(result.content).join('\n');
    case 'read':
      return texts(result.contents).join('\n');
    case 'prompt':
      return texts(arrayOf(result.messages).map((message) => (message as { content?: unknown }).content)).join('\n');
    case 'complete':
      return arrayOf((result.completion as { values?: unknown } | undefined)?.values)
        .map(String)
        .join('\n');
    default:
      return JSON.stringify(result);
  }
}

function texts(items: unknown): string[] {
  return arrayOf(items).flatMap((item) => {
    const text = (item as { text?: unknown } | null)?.text;
    return typeof text === 'string' ? [text] : [];
  });
}

function arrayOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

const LIST_CHANGED = [
  'notifications/tools/list_changed',
  'notifications/resources/list_changed',
  'notifications/prompts/list_changed',
];

const NOTIFICATION_METHODS: Record<string, string[]> = {
  progress: ['notifications/progress'],
  log: ['notifications/message'],
  'resource-updated': ['notifications/resources/updated'],
  'tools-changed': ['notifications/tools/list_changed'],
  'resources-changed': ['notifications/resources/list_changed'],
  'prompts-changed': ['notifications/prompts/list_changed'],
  'list-changed': LIST_CHANGED,
};

/** The methods a flow's notification name stands for (`progress`, `log`, … or a method itself). */
export function notificationMethods(name: string): string[] {
  return NOTIFICATION_METHODS[name] ?? [name];
}
