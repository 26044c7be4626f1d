/**
 * `mcp-ci/vitest`: matchers for vitest and jest (`expect.extend(matchers)` in either). Each runs a suite through the
 * library API and, when it fails, lists every broken rule with its spec sentence, link and evidence, as the PR
 * comment does. Everything in a message comes from the server, so it is neutralised like console output.
 */
import { type ApiOptions, type ConformanceOptions, type FlowInput } from './api.js';
/** Options of `toPassConformance`: the API's, and `strict` to fail on warnings (SHOULD rules) too. */
export interface ConformanceMatcherOptions extends ConformanceOptions {
    strict?: boolean;
}
export interface McpCiMatchers<R = unknown> {
    /** Runs the conformance suite; fails listing each broken rule (and each warning under `strict`). */
    toPassConformance(options?: ConformanceMatcherOptions): Promise<R>;
    /** Runs flow files, globs or flow objects; fails listing each failed step. */
    toPassFlow(flows: FlowInput | readonly FlowInput[], options?: ApiOptions): Promise<R>;
    /** Passes when the server lists a tool of this name. */
    toHaveTool(name: string, options?: ApiOptions): Promise<R>;
}
declare module 'vitest' {
    interface Assertion<T = any> extends McpCiMatchers<T> {
    }
}
declare global {
    namespace jest {
        interface Matchers<R> extends McpCiMatchers<R> {
        }
    }
}
/** What vitest and jest both hand a matcher as `this`. */
interface MatcherContext {
    isNot?: boolean;
}
interface MatcherResult {
    pass: boolean;
    message: () => string;
}
export declare const matchers: {
    toPassConformance(this: MatcherContext, received: unknown, options?: ConformanceMatcherOptions): Promise<MatcherResult>;
    toPassFlow(this: MatcherContext, received: unknown, flows: FlowInput | readonly FlowInput[], options?: ApiOptions): Promise<MatcherResult>;
    toHaveTool(this: MatcherContext, received: unknown, name: string, options?: ApiOptions): Promise<{
        pass: boolean;
        message: () => string;
    }>;
};
export {};
