/**
 * The JSON-RPC 2.0 answers to input that is not a message (BASE-09, BASE-10), shared by the stdio and HTTP
 * transports. An answer carries the request id only when one could be read: the 2025-11-25 schema lets an
 * error response omit `id` and has no null id.
 */
import { ErrorCode, JSONRPCMessageSchema } from '@modelcontextprotocol/sdk/types.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';

export function errorResponse(code: number, message: string, id?: unknown): JSONRPCMessage {
  const readableId = typeof id === 'string' || typeof id === 'number' ? { id } : {};
  return { jsonrpc: '2.0', ...readableId, error: { code, message } } as JSONRPCMessage;
}

/** Text that is not JSON: -32700. */
export function parseErrorResponse(): JSONRPCMessage {
  return errorResponse(ErrorCode.ParseError, 'Parse error');
}

/** The message the JSON value is, or the -32600 answer when it is not a JSON-RPC 2.0 message. */
export function asMessage(value: unknown): { message: JSONRPCMessage } | { reply: JSONRPCMessage } {
  const parsed = JSONRPCMessageSchema.safeParse(value);
  if (parsed.success) return { message: parsed.data };
  const id = typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : undefined;
  return { reply: errorResponse(ErrorCode.InvalidRequest, 'Invalid Request: not a JSON-RPC 2.0 message', id) };
}
