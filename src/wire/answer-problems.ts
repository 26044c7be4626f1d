/**
 * Why an answer that reached the wire is one the SDK client would drop or reject. The client drops a response that
 * fails its JSON-RPC schema without a word, and rejects a malformed `initialize` result with a raw validation dump;
 * judging the same rules here, on the wire, lets the request fail at once with a sentence that says what was wrong.
 */
import { InitializeResultSchema, JSONRPCResponseSchema } from '@modelcontextprotocol/sdk/types.js';

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const show = (value: unknown): string => JSON.stringify(value) ?? 'undefined';

/** Why `message` (a response to a request of ours) is not a JSON-RPC 2.0 response the client accepts. */
export function responseProblem(message: JsonObject): string | undefined {
  if (message.jsonrpc !== '2.0') return `its jsonrpc member is ${show(message.jsonrpc)}, not "2.0"`;
  const hasResult = 'result' in message;
  const hasError = 'error' in message;
  if (hasResult && hasError) return 'it sets both result and error';
  if (!hasResult && !hasError) return 'it has neither a result nor an error';
  if (hasResult && !isObject(message.result)) return `its result is ${show(message.result)}, not an object`;
  if (hasError) {
    const error = message.error;
    if (!isObject(error) || !Number.isInteger(error.code) || typeof error.message !== 'string')
      return `its error ${show(error)} is not {code: integer, message: string}`;
  }
  const parsed = JSONRPCResponseSchema.safeParse(message);
  if (!parsed.success) return `it is not a valid JSON-RPC response (${describeIssues(parsed.error.issues)})`;
  return undefined;
}

/** Why an `initialize` result is not an InitializeResult (protocolVersion, capabilities, serverInfo). */
export function initializeResultProblem(result: JsonObject): string | undefined {
  const parsed = InitializeResultSchema.safeParse(result);
  return parsed.success ? undefined : `the initialize result is malformed: ${describeIssues(parsed.error.issues)}`;
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.map(String).join('.') : 'the message'}: ${issue.message}`)
    .join('; ');
}
