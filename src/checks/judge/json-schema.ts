/**
 * Compiles the JSON Schemas a server publishes (tool inputSchema / outputSchema) in the dialect they declare:
 * 2020-12 when `$schema` is absent (basic#json-schema-usage, 2025-11-25), draft-07 / draft-06 / 2019-09 when
 * declared. A schema is valid when it passes its dialect's meta-schema and ajv can compile it (e.g. every `$ref`
 * resolves).
 */
import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import draft06MetaSchema from 'ajv/dist/refs/json-schema-draft-06.json' with { type: 'json' };
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default export arrives wrapped.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

export type Dialect = '2020-12' | '2019-09' | 'draft-07' | 'draft-06';

export type SchemaCompilation =
  | { kind: 'valid'; dialect: Dialect; validate: ValidateFunction }
  | { kind: 'invalid'; dialect: Dialect; errors: string[] }
  | { kind: 'unsupported-dialect'; declared: string };

const DIALECTS: { dialect: Dialect; pattern: RegExp }[] = [
  { dialect: '2020-12', pattern: /^https?:\/\/json-schema\.org\/draft\/2020-12\/schema#?$/ },
  { dialect: '2019-09', pattern: /^https?:\/\/json-schema\.org\/draft\/2019-09\/schema#?$/ },
  { dialect: 'draft-07', pattern: /^https?:\/\/json-schema\.org\/draft-07\/schema#?$/ },
  { dialect: 'draft-06', pattern: /^https?:\/\/json-schema\.org\/draft-06\/schema#?$/ },
];

function createAjv(dialect: Dialect): Ajv {
  // Servers use keywords of their own (`x-…`, `examples` in old drafts); validity is the meta-schema's call,
  // not ajv's strict mode. Unknown formats are ignored, as the specs say they may be.
  const options = { strict: false, allErrors: true, logger: false } as const;
  let ajv: Ajv;
  switch (dialect) {
    case '2020-12':
      ajv = new Ajv2020(options);
      break;
    case '2019-09':
      ajv = new Ajv2019(options);
      break;
    case 'draft-07':
      ajv = new Ajv(options);
      break;
    case 'draft-06':
      ajv = new Ajv(options);
      ajv.addMetaSchema(draft06MetaSchema);
      break;
  }
  addFormats(ajv);
  return ajv;
}

const shared = new Map<Dialect, Ajv>();
const cache = new Map<string, SchemaCompilation>();

function ajvFor(dialect: Dialect): Ajv {
  let ajv = shared.get(dialect);
  if (!ajv) {
    ajv = createAjv(dialect);
    shared.set(dialect, ajv);
  }
  return ajv;
}

/** The dialect a schema declares; undefined when it declares none, a string when it declares one we lack. */
export function declaredDialect(schema: unknown): Dialect | string | undefined {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return undefined;
  const declared = (schema as { $schema?: unknown }).$schema;
  if (declared === undefined) return undefined;
  if (typeof declared !== 'string') return String(declared);
  return DIALECTS.find((d) => d.pattern.test(declared))?.dialect ?? declared;
}

const isKnownDialect = (value: string): value is Dialect => DIALECTS.some((d) => d.dialect === value);

/**
 * Compiles `schema` in its declared dialect, or in `fallback` when it declares none. Results are cached by the
 * schema's text, so the same schema listed on several sessions compiles once.
 */
export function compileJsonSchema(schema: unknown, fallback: Dialect = '2020-12'): SchemaCompilation {
  const key = `${fallback}\u0000${JSON.stringify(schema)}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const result = compileUncached(schema, fallback);
  cache.set(key, result);
  return result;
}

function compileUncached(schema: unknown, fallback: Dialect): SchemaCompilation {
  const declared = declaredDialect(schema);
  if (declared !== undefined && !isKnownDialect(declared)) return { kind: 'unsupported-dialect', declared };
  const dialect = declared ?? fallback;
  if (typeof schema !== 'boolean' && (schema === null || typeof schema !== 'object' || Array.isArray(schema))) {
    return { kind: 'invalid', dialect, errors: [`a schema is an object or a boolean, not ${describeType(schema)}`] };
  }
  let ajv = ajvFor(dialect);
  const metaValid = ajv.validateSchema(schema as AnySchema);
  if (!metaValid) return { kind: 'invalid', dialect, errors: formatErrors(ajv.errors) };
  try {
    return { kind: 'valid', dialect, validate: ajv.compile(schema as AnySchema) };
  } catch (error) {
    // Two different schemas with the same `$id` collide in one ajv instance; that is no fault of the schema.
    if (error instanceof Error && /already exists/.test(error.message)) {
      ajv = createAjv(dialect);
      try {
        return { kind: 'valid', dialect, validate: ajv.compile(schema as AnySchema) };
      } catch (retry) {
        return { kind: 'invalid', dialect, errors: [retry instanceof Error ? retry.message : String(retry)] };
      }
    }
    return { kind: 'invalid', dialect, errors: [error instanceof Error ? error.message : String(error)] };
  }
}

/**
 * Compiles a schema for validating data against it: as declared, else 2020-12, else draft-07 (what most
 * undeclared schemas written before 2025-11-25 are), so data is judged even when the dialect is left implicit.
 */
export function compileForValidation(schema: unknown): SchemaCompilation {
  const first = compileJsonSchema(schema, '2020-12');
  if (first.kind !== 'invalid' || declaredDialect(schema) !== undefined) return first;
  const second = compileJsonSchema(schema, 'draft-07');
  return second.kind === 'valid' ? second : first;
}

/** ajv's errors as short lines: `/properties/x/type must be equal to one of the allowed values`. */
export function formatErrors(errors: ValidateFunction['errors'] | null | undefined): string[] {
  return (errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is not valid'}`);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
