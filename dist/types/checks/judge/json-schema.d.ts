/**
 * Compiles the JSON Schemas a server publishes (tool inputSchema / outputSchema) in the dialect they declare:
 * 2020-12 when `$schema` is absent (basic#json-schema-usage, 2025-11-25), draft-07 / draft-06 / 2019-09 when
 * declared. A schema is valid when it passes its dialect's meta-schema and ajv can compile it (e.g. every `$ref`
 * resolves).
 */
import { type ValidateFunction } from 'ajv';
export type Dialect = '2020-12' | '2019-09' | 'draft-07' | 'draft-06';
export type SchemaCompilation = {
    kind: 'valid';
    dialect: Dialect;
    validate: ValidateFunction;
} | {
    kind: 'invalid';
    dialect: Dialect;
    errors: string[];
} | {
    kind: 'unsupported-dialect';
    declared: string;
};
/** The dialect a schema declares; undefined when it declares none, a string when it declares one we lack. */
export declare function declaredDialect(schema: unknown): Dialect | string | undefined;
/**
 * Compiles `schema` in its declared dialect, or in `fallback` when it declares none. Results are cached by the
 * schema's text, so the same schema listed on several sessions compiles once.
 */
export declare function compileJsonSchema(schema: unknown, fallback?: Dialect): SchemaCompilation;
/**
 * Compiles a schema for validating data against it: as declared, else 2020-12, else draft-07 (what most
 * undeclared schemas written before 2025-11-25 are), so data is judged even when the dialect is left implicit.
 */
export declare function compileForValidation(schema: unknown): SchemaCompilation;
/** ajv's errors as short lines: `/properties/x/type must be equal to one of the allowed values`. */
export declare function formatErrors(errors: ValidateFunction['errors'] | null | undefined): string[];
