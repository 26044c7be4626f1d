/** Small helpers for judging a JSON-RPC outcome and reporting it as evidence. */
import type { RpcOutcome } from '../../wire/types.js';

/** JSON-RPC 2.0 and MCP error codes the checks expect by name. */
export const METHOD_NOT_FOUND = -32601;
export const INVALID_PARAMS = -32602;
export const RESOURCE_NOT_FOUND = -32002;

/** What came back, for evidence: the result or the error object. */
export const receivedOf = (outcome: RpcOutcome): unknown => (outcome.ok ? outcome.result : { error: outcome.error });

/** One phrase: `error -32601 (Method not found)` or `a result`. */
export function describeOutcome(outcome: RpcOutcome): string {
  return outcome.ok ? 'a result' : `error ${outcome.error.code} (${outcome.error.message})`;
}

/**
 * A name no server has: for probes of unknown tools, prompts, resources and tasks. Fixed rather than random, so
 * reports of two runs that found the same things are the same text (the sticky comment is then left alone).
 */
export const nonexistentName = (): string => 'mcp-ci-nonexistent-0f5b2c9e';

/** True when the error says the method itself is missing (the capability is not implemented). */
export const isMethodNotFound = (outcome: RpcOutcome): boolean =>
  !outcome.ok && outcome.error.code === METHOD_NOT_FOUND;

/**
 * A 2026-07-28 interim answer (`resultType: "input_required"`): the server asks for input before it gives the
 * result, so it is not the result a shape check judges (the input_required checks judge it).
 */
export const isInterim = (outcome: RpcOutcome | undefined): boolean =>
  outcome?.ok === true && outcome.result.resultType === 'input_required';
