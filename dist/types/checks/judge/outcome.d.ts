/** Small helpers for judging a JSON-RPC outcome and reporting it as evidence. */
import type { RpcOutcome } from '../../wire/types.js';
/** JSON-RPC 2.0 and MCP error codes the checks expect by name. */
export declare const METHOD_NOT_FOUND = -32601;
export declare const INVALID_PARAMS = -32602;
export declare const RESOURCE_NOT_FOUND = -32002;
/** What came back, for evidence: the result or the error object. */
export declare const receivedOf: (outcome: RpcOutcome) => unknown;
/** One phrase: `error -32601 (Method not found)` or `a result`. */
export declare function describeOutcome(outcome: RpcOutcome): string;
/**
 * A name no server has: for probes of unknown tools, prompts, resources and tasks. Fixed rather than random, so
 * reports of two runs that found the same things are the same text (the sticky comment is then left alone).
 */
export declare const nonexistentName: () => string;
/** True when the error says the method itself is missing (the capability is not implemented). */
export declare const isMethodNotFound: (outcome: RpcOutcome) => boolean;
/**
 * A 2026-07-28 interim answer (`resultType: "input_required"`): the server asks for input before it gives the
 * result, so it is not the result a shape check judges (the input_required checks judge it).
 */
export declare const isInterim: (outcome: RpcOutcome | undefined) => boolean;
