/**
 * TASK-19 (basic/utilities/tasks#input-required-status): "Where possible, servers SHOULD NOT upgrade to an SSE
 * stream in response to a tasks/get request, as the client has indicated it wishes to poll for a result."
 *
 * The SDK transport answers every request of a session the same way (SSE unless JSON responses are switched on
 * for the whole session, which would cost progress notifications on tool calls). So the router hands a tasks/get
 * POST to the transport with this stand-in response: it collects the SSE stream the SDK writes and, when the SDK
 * ends it, answers once with the stream's JSON-RPC message as `application/json`.
 */
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { createParser } from 'eventsource-parser';

/** Whether a parsed POST body is one tasks/get request (a poll). */
export function isTaskPoll(body: unknown): boolean {
  return (
    typeof body === 'object' &&
    body !== null &&
    !Array.isArray(body) &&
    (body as { method?: unknown }).method === 'tasks/get'
  );
}

/** The JSON-RPC messages of an SSE stream (priming events carry no data). */
function sseMessages(stream: string): unknown[] {
  const messages: unknown[] = [];
  const parser = createParser({
    onEvent: (event) => {
      if (event.data !== '') messages.push(JSON.parse(event.data));
    },
  });
  parser.feed(stream);
  return messages;
}

export function answerPollAsJson(res: ServerResponse): ServerResponse {
  let status = 200;
  let headers: OutgoingHttpHeaders = {};
  const chunks: Buffer[] = [];
  const collect = (chunk: unknown) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as string));
  };
  const finish = () => {
    const streamed = String(headers['Content-Type'] ?? headers['content-type'] ?? '').includes('text/event-stream');
    if (!streamed) {
      // Not an SSE answer (an HTTP error, say): pass it on unchanged.
      res.writeHead(status, headers).end(Buffer.concat(chunks));
      return;
    }
    const [message] = sseMessages(Buffer.concat(chunks).toString('utf8'));
    const { 'Content-Type': _sse, 'content-type': _sse2, Connection: _c, 'X-Accel-Buffering': _x, ...kept } = headers;
    res.writeHead(status, { ...kept, 'content-type': 'application/json' }).end(JSON.stringify(message));
  };
  return new Proxy(res, {
    get(target, property, receiver) {
      switch (property) {
        case 'writeHead':
          return (code: number, head?: OutgoingHttpHeaders) => {
            status = code;
            headers = head ?? {};
            return receiver;
          };
        case 'flushHeaders':
          return () => undefined;
        case 'write':
          return (chunk: unknown) => {
            collect(chunk);
            return true;
          };
        case 'end':
          return (chunk?: unknown) => {
            collect(chunk);
            finish();
            return receiver;
          };
        default: {
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        }
      }
    },
  });
}
