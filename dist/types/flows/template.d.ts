/** What `{{ steps.<id>.<field> }}` can read from a step that ran. */
export declare const STEP_FIELDS: readonly ["result", "structured", "text", "error", "isError", "durationMs", "notifications"];
export type Reference = {
    root: 'steps';
    name: string;
    field: string;
    tail: string;
} | {
    root: 'vars';
    name: string;
    tail: string;
} | {
    root: 'env';
    name: string;
};
export type Expression = {
    type: 'literal';
    value: string;
} | {
    type: 'reference';
    source: string;
    reference: Reference;
    offset?: number;
};
export type TemplatePart = string | Expression;
/** A template that does not parse, or a reference that cannot be resolved; the message says what is allowed. */
export declare class TemplateError extends Error {
    name: string;
}
export declare function hasTemplate(text: string): boolean;
/** Splits a string into literal text and expressions; throws TemplateError when an expression is malformed. */
export declare function parseTemplate(text: string): TemplatePart[];
/** Where references are looked up when a step runs. Each lookup says why a value is missing. */
export interface TemplateScope {
    step(id: string): {
        value: Record<string, unknown>;
    } | {
        missing: string;
    };
    variable(name: string): {
        value: unknown;
    } | {
        missing: string;
    };
    env(name: string): string | undefined;
}
/** Resolves every template in a value (objects and arrays walked); throws TemplateError naming what is missing. */
export declare function resolveTemplates(value: unknown, scope: TemplateScope): unknown;
