/**
 * Server-Sent Events as the Streamable HTTP checks need them: the events of a response body in order, with
 * their ids and any `retry:` fields, and the JSON-RPC messages an HTTP response carries.
 */
import { createParser } from 'eventsource-parser';
import type { HttpExchange } from '../../wire/types.js';

export interface SseEvent {
  id?: string;
  event?: string;
  data: string;
}

export interface SseStream {
  events: SseEvent[];
  /** Every `retry:` value the stream carried, in order. */
  retries: number[];
}

export function parseSse(body: string): SseStream {
  const events: SseEvent[] = [];
  const retries: number[] = [];
  const parser = createParser({
    onEvent: (event) => events.push({ id: event.id, event: event.event, data: event.data }),
    onRetry: (retry) => retries.push(retry),
  });
  parser.feed(body);
  return { events, retries };
}

/** The media type of a Content-Type header, without parameters, lower-cased. */
export function mediaType(headers: Record<string, string>): string {
  return (headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

export const isEventStream = (headers: Record<string, string>): boolean => mediaType(headers) === 'text/event-stream';

/** JSON-RPC messages in an HTTP response: a JSON body (object or batch array) or the `data:` of SSE events. */
export function messagesOf(exchange: HttpExchange): Record<string, unknown>[] {
  const texts = isEventStream(exchange.headers)
    ? parseSse(exchange.body)
        .events.map((e) => e.data)
        .filter((data) => data.trim() !== '')
    : exchange.body.trim() === ''
      ? []
      : [exchange.body];
  const messages: Record<string, unknown>[] = [];
  for (const text of texts) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      continue;
    }
    for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
      if (item !== null && typeof item === 'object' && !Array.isArray(item))
        messages.push(item as Record<string, unknown>);
    }
  }
  return messages;
}

/** The response (not a request or notification) with this id, if the exchange carried one. */
export function responseTo(exchange: HttpExchange, id: string | number): Record<string, unknown> | undefined {
  return messagesOf(exchange).find((m) => m.id === id && !('method' in m) && ('result' in m || 'error' in m));
}
