/**
 * Compiles the JSON Schemas users write in `expect.schema`. Draft-07 (and older) when the schema says so, 2020-12
 * otherwise, the draft MCP tool output schemas are written in.
 */
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

// Unknown keywords (`x-…`, `examples` in old drafts) are common in real schemas and must not fail the flow.
const options = { allErrors: true, strict: false } as const;
// Created on first use: each compiles its meta-schema, which a run whose flows check no schema never needs.
let draft07: Ajv | undefined;
let draft2020: Ajv | undefined;

/** Throws with ajv's reason when the schema does not compile. */
export function compileUserSchema(schema: unknown): ValidateFunction {
  const declared =
    typeof schema === 'object' && schema !== null ? (schema as { $schema?: unknown }).$schema : undefined;
  const ajv =
    typeof declared === 'string' && /draft-0[4-7]/.test(declared)
      ? (draft07 ??= withFormats(new Ajv(options)))
      : (draft2020 ??= withFormats(new Ajv2020(options)));
  return ajv.compile(schema as AnySchema);
}

function withFormats<T extends Ajv>(ajv: T): T {
  addFormats(ajv);
  return ajv;
}

/** ajv's errors as short lines: `/stock must be integer`. */
export function schemaErrors(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message ?? 'is not valid'}`);
}
