/**
 * Arguments for prompts/get: every required argument gets a value, asked of the server's own completion/complete
 * when it declares completions (so a prompt that only accepts known values gets one), "mcp-ci" otherwise.
 * Then each listed prompt is fetched once per session and the prompt checks share the answers.
 */
import { ConnectionClosedError, RequestTimeoutError, type Connection, type RpcOutcome } from '../../wire/types.js';
import { isObject } from '../judge/content.js';
import type { CheckContext } from '../types.js';

/** Enough prompts to see every kind of message a typical server sends, few enough to stay fast. */
const MAX_PROMPTS = 20;

export interface PromptArgument {
  name: string;
  required: boolean;
}

export function promptArgumentsOf(prompt: Record<string, unknown>): PromptArgument[] {
  if (!Array.isArray(prompt.arguments)) return [];
  return prompt.arguments
    .filter(isObject)
    .filter((a): a is Record<string, unknown> & { name: string } => typeof a.name === 'string')
    .map((a) => ({ name: a.name, required: a.required === true }));
}

export async function synthesizePromptArguments(
  connection: Connection,
  prompt: Record<string, unknown>,
): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  const completes = connection.serverCapabilities.completions !== undefined;
  for (const argument of promptArgumentsOf(prompt).filter((a) => a.required)) {
    values[argument.name] =
      (completes && (await firstCompletion(connection, prompt.name, argument.name, values))) || 'mcp-ci';
  }
  return values;
}

async function firstCompletion(
  connection: Connection,
  promptName: unknown,
  argumentName: string,
  resolved: Record<string, string>,
): Promise<string | undefined> {
  const params: Record<string, unknown> = {
    ref: { type: 'ref/prompt', name: promptName },
    argument: { name: argumentName, value: '' },
  };
  // Earlier arguments narrow later ones (e.g. a team member of the chosen department), from 2025-06-18 on.
  if (connection.protocolVersion >= '2025-06-18' && Object.keys(resolved).length)
    params.context = { arguments: { ...resolved } };
  const outcome = await connection.request('completion/complete', params).catch(() => undefined);
  if (!outcome?.ok || !isObject(outcome.result.completion)) return undefined;
  const first = (outcome.result.completion.values as unknown[] | undefined)?.[0];
  return typeof first === 'string' ? first : undefined;
}

export interface PromptGetRecord {
  name: string;
  sent: { method: 'prompts/get'; params: { name: string; arguments: Record<string, string> } };
  outcome?: RpcOutcome;
  failure?: string;
}

const gets = new WeakMap<Connection, Promise<PromptGetRecord[]>>();

/** prompts/get of the first listed prompts with synthesized arguments, once per session. */
export function listedPromptGets(ctx: CheckContext): Promise<PromptGetRecord[]> {
  let pending = gets.get(ctx.main);
  if (!pending) {
    const prompts = ctx.inventory.prompts.filter((p) => typeof p.name === 'string').slice(0, MAX_PROMPTS);
    pending = Promise.all(prompts.map((prompt) => getOnce(ctx.main, prompt)));
    gets.set(ctx.main, pending);
  }
  return pending;
}

async function getOnce(connection: Connection, prompt: Record<string, unknown>): Promise<PromptGetRecord> {
  const name = prompt.name as string;
  const sent = {
    method: 'prompts/get' as const,
    params: { name, arguments: await synthesizePromptArguments(connection, prompt) },
  };
  try {
    return { name, sent, outcome: await connection.request(sent.method, sent.params) };
  } catch (error) {
    if (error instanceof RequestTimeoutError || error instanceof ConnectionClosedError) {
      return { name, sent, failure: error.message };
    }
    throw error;
  }
}
