/**
 * Compiles the JSON Schemas users write in `expect.schema`. Draft-07 (and older) when the schema says so, 2020-12
 * otherwise, the draft MCP tool output schemas are written in.
 */
import { type ValidateFunction } from 'ajv';
/** Throws with ajv's reason when the schema does not compile. */
export declare function compileUserSchema(schema: unknown): ValidateFunction;
/** ajv's errors as short lines: `/stock must be integer`. */
export declare function schemaErrors(validate: ValidateFunction): string[];
