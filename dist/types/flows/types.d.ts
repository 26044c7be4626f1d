/**
 * A flow as the runner sees it after loading: every step typed, every value still holding its `{{ }}` templates
 * (resolved only when the step runs), every step carrying its source position for annotations.
 */
import type { ValidateFunction } from 'ajv';
import type { TransportKind } from '../model.js';
export declare const STEP_KINDS: readonly ["call", "read", "prompt", "list", "complete", "ping", "log-level", "subscribe", "unsubscribe", "request", "wait-for", "sleep"];
export type StepKind = (typeof STEP_KINDS)[number];
export interface SourcePosition {
    /** 1-based. */
    line: number;
    /** 1-based. */
    column: number;
}
/** A problem with a flow file, found before anything ran. */
export interface FlowLoadError extends SourcePosition {
    /** The flow file, relative to the working directory, with `/` separators. */
    file: string;
    message: string;
}
export type ListTarget = 'tools' | 'resources' | 'prompts' | 'templates';
export type StepAction = {
    kind: 'call';
    tool: string;
    arguments: Record<string, unknown>;
} | {
    kind: 'read';
    uri: string;
} | {
    kind: 'prompt';
    prompt: string;
    arguments: Record<string, unknown>;
} | {
    kind: 'list';
    target: ListTarget;
} | {
    kind: 'complete';
    ref: {
        type: 'ref/prompt';
        name: string;
    } | {
        type: 'ref/resource';
        uri: string;
    };
    argument: string;
    value: string;
    context?: Record<string, string>;
} | {
    kind: 'ping';
} | {
    kind: 'log-level';
    level: string;
} | {
    kind: 'subscribe';
    uri: string;
} | {
    kind: 'unsubscribe';
    uri: string;
} | {
    kind: 'request';
    method: string;
    params?: Record<string, unknown>;
} | {
    kind: 'wait-for';
    notification: string;
    match?: Record<string, unknown>;
} | {
    kind: 'sleep';
    ms: number;
};
export interface TextExpectation {
    equals?: string;
    contains?: string;
    matches?: RegExp;
}
export interface PathAssertion extends SourcePosition {
    path: string;
    equals?: unknown;
    notEquals?: unknown;
    exists?: boolean;
    length?: unknown;
    greaterThan?: unknown;
    lessThan?: unknown;
    atLeast?: unknown;
    atMost?: unknown;
    contains?: unknown;
    matches?: RegExp;
    type?: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array' | 'null';
}
export interface NotificationExpectation {
    notification: string;
    match?: Record<string, unknown>;
    atLeast: number;
}
export interface Expectation {
    /** `true`: must fail; `false`: must not; an object: a protocol error matching it. Absent behaves as `false`. */
    error?: boolean | {
        code?: number;
        message?: string;
    };
    text?: TextExpectation;
    structured?: unknown;
    paths: PathAssertion[];
    /** Compiled when the file loads, so a schema that does not compile is a load error. */
    schema?: ValidateFunction;
    snapshot?: {
        redact: string[];
    };
    maxMs?: number;
    notifications: NotificationExpectation[];
}
/** A JSONPath into the result, or a regex over the step's text (or over the string at `path`). */
export type CaptureSource = {
    path: string;
    matches?: undefined;
} | {
    path?: string;
    matches: RegExp;
};
export interface FlowStep extends SourcePosition {
    /** The user's `id`, or one made from the step's place (`steps-3`, `setup-1`, `steps-4.2`). */
    id: string;
    /** Whether `id` was written by the user (only those can be referenced). */
    named: boolean;
    /** What reports show: the user's `name`, else a summary such as `call create_order`. */
    title: string;
    action: StepAction;
    /** `default` unless the step names a session. */
    session: string;
    timeoutMs?: number;
    repeat: number;
    expect: Expectation;
    /** Variables set from the step when it passes. */
    capture: Record<string, CaptureSource>;
}
export interface ParallelGroup extends SourcePosition {
    kind: 'parallel';
    steps: FlowStep[];
}
export type FlowNode = FlowStep | ParallelGroup;
export interface LoadedFlow {
    name: string;
    /** Relative to the working directory, `/` separators: what annotations and reports name. */
    file: string;
    description?: string;
    vars: Record<string, unknown>;
    timeoutMs?: number;
    repeat: number;
    /** Transports the flow runs on; absent means any. */
    transports?: TransportKind[];
    setup: FlowNode[];
    steps: FlowNode[];
    teardown: FlowNode[];
}
export declare const isParallel: (node: FlowNode) => node is ParallelGroup;
