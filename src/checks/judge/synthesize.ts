/**
 * Arguments for a tool call, synthesized from its inputSchema: required properties only, preferring the schema's
 * own `const`, `default`, `examples` and `enum` values, following local `$ref`s and `allOf`, and the first
 * workable branch of `anyOf` / `oneOf`. The result is validated against the schema before it is used, so a tool
 * is never called with arguments its own schema rejects; when no valid arguments can be made the answer is
 * undefined (the tool is then not called).
 */
import { compileForValidation } from './json-schema.js';

type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Deeper than this the schema is recursive or absurd; give up rather than build a huge value. */
const MAX_DEPTH = 8;

const FORMAT_SAMPLES: Record<string, string> = {
  email: 'mcp-ci@example.com',
  'idn-email': 'mcp-ci@example.com',
  uri: 'https://example.com/',
  url: 'https://example.com/',
  iri: 'https://example.com/',
  'uri-reference': 'https://example.com/',
  hostname: 'example.com',
  'idn-hostname': 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  date: '2025-01-01',
  time: '00:00:00Z',
  'date-time': '2025-01-01T00:00:00Z',
  duration: 'P1D',
  uuid: '00000000-0000-4000-8000-000000000000',
};

export function synthesizeArguments(inputSchema: unknown): Record<string, unknown> | undefined {
  if (!isSchema(inputSchema)) return undefined;
  const value = new Sampler(inputSchema).sample(inputSchema, 0);
  if (!isSchema(value)) return undefined;
  const compiled = compileForValidation(inputSchema);
  // A schema we cannot compile cannot veto the value; the schema checks report the schema itself.
  if (compiled.kind === 'valid' && !compiled.validate(value)) return undefined;
  return value;
}

class Sampler {
  constructor(private readonly root: Schema) {}

  sample(schema: Schema, depth: number): unknown {
    if (depth > MAX_DEPTH) return undefined;
    const resolved = this.resolve(schema, depth);
    if (!resolved) return undefined;
    schema = resolved;
    if ('const' in schema) return schema.const;
    if (schema.default !== undefined) return schema.default;
    if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
    if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
    const variants = schema.anyOf ?? schema.oneOf;
    if (Array.isArray(variants)) {
      for (const variant of variants) {
        if (!isSchema(variant)) continue;
        const value = this.sample({ ...withoutKeys(schema, ['anyOf', 'oneOf']), ...variant }, depth + 1);
        if (value !== undefined) return value;
      }
      return undefined;
    }
    switch (typeOf(schema)) {
      case 'object':
        return this.sampleObject(schema, depth);
      case 'array':
        return this.sampleArray(schema, depth);
      case 'string':
        return sampleString(schema);
      case 'integer':
        return sampleNumber(schema, true);
      case 'number':
        return sampleNumber(schema, false);
      case 'boolean':
        return false;
      case 'null':
        return null;
      default:
        return undefined;
    }
  }

  /** Follows local `$ref`s and merges `allOf` into one schema; undefined when a reference does not resolve. */
  private resolve(schema: Schema, depth: number): Schema | undefined {
    let current = schema;
    for (let hops = 0; typeof current.$ref === 'string'; hops++) {
      if (hops > MAX_DEPTH) return undefined;
      const target = this.pointer(current.$ref as string);
      if (!target) return undefined;
      current = { ...withoutKeys(current, ['$ref']), ...target };
    }
    if (Array.isArray(current.allOf)) {
      let merged = withoutKeys(current, ['allOf']);
      for (const part of current.allOf) {
        if (!isSchema(part)) continue;
        const resolvedPart = this.resolve(part, depth + 1);
        if (!resolvedPart) return undefined;
        merged = mergeSchemas(merged, resolvedPart);
      }
      current = merged;
    }
    return current;
  }

  /** `#`, `#/definitions/x`, `#/$defs/x`: JSON pointers into the root schema. */
  private pointer(ref: string): Schema | undefined {
    if (!ref.startsWith('#')) return undefined;
    let node: unknown = this.root;
    for (const raw of ref.slice(1).split('/').slice(1)) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      if (!isSchema(node)) return undefined;
      node = node[key];
    }
    return isSchema(node) ? node : undefined;
  }

  private sampleObject(schema: Schema, depth: number): Record<string, unknown> | undefined {
    const properties = isSchema(schema.properties) ? schema.properties : {};
    const required = Array.isArray(schema.required) ? schema.required : [];
    const result: Record<string, unknown> = {};
    for (const key of required) {
      if (typeof key !== 'string') return undefined;
      const property = properties[key];
      // A required property without a schema of its own accepts anything.
      const value = isSchema(property) ? this.sample(property, depth + 1) : 'mcp-ci';
      if (value === undefined) return undefined;
      result[key] = value;
    }
    return result;
  }

  private sampleArray(schema: Schema, depth: number): unknown[] | undefined {
    const tuple = Array.isArray(schema.prefixItems)
      ? schema.prefixItems
      : Array.isArray(schema.items)
        ? schema.items
        : undefined;
    const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
    const values: unknown[] = [];
    if (tuple) {
      for (const item of tuple.slice(0, min)) {
        const value = isSchema(item) ? this.sample(item, depth + 1) : 'mcp-ci';
        if (value === undefined) return undefined;
        values.push(value);
      }
    }
    if (values.length >= min) return values;
    if (!isSchema(schema.items)) return undefined;
    const item = this.sample(schema.items, depth + 1);
    if (item === undefined) return undefined;
    // Copies of one value break uniqueItems; the final validation would reject them, so stop here.
    if (schema.uniqueItems === true && min - values.length > 1) return undefined;
    while (values.length < min) values.push(item);
    return values;
  }
}

function typeOf(schema: Schema): string | undefined {
  const declared = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (typeof declared === 'string') return declared;
  if (declared !== undefined) return undefined;
  // No type: guess from the keywords used, the way a reader of the schema would.
  if (isSchema(schema.properties) || Array.isArray(schema.required)) return 'object';
  if ('items' in schema || 'prefixItems' in schema || 'minItems' in schema) return 'array';
  if ('minimum' in schema || 'maximum' in schema || 'multipleOf' in schema) return 'number';
  return 'string';
}

function sampleString(schema: Schema): string | undefined {
  // A pattern we cannot satisfy reliably: better not to call than to send nonsense.
  if (typeof schema.pattern === 'string') return undefined;
  const format = typeof schema.format === 'string' ? FORMAT_SAMPLES[schema.format] : undefined;
  const base = format ?? 'mcp-ci';
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  const value = base.length >= min ? base : base.padEnd(min, 'x');
  return value.length <= max ? value : value.slice(0, max);
}

function sampleNumber(schema: Schema, integer: boolean): number | undefined {
  const step = typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : integer ? 1 : 0;
  let low = typeof schema.minimum === 'number' ? schema.minimum : -Infinity;
  if (typeof schema.exclusiveMinimum === 'number') low = Math.max(low, schema.exclusiveMinimum + (step || 1e-9));
  let high = typeof schema.maximum === 'number' ? schema.maximum : Infinity;
  if (typeof schema.exclusiveMaximum === 'number') high = Math.min(high, schema.exclusiveMaximum - (step || 1e-9));
  // 1 is the friendliest value (a count, a page size, an id) when the range allows it.
  let value = low <= 1 && 1 <= high ? 1 : Number.isFinite(low) ? low : high;
  if (!Number.isFinite(value)) return undefined;
  if (step) value = Math.ceil(value / step) * step;
  if (integer) value = Math.ceil(value);
  return value <= high ? value : undefined;
}

function withoutKeys(schema: Schema, keys: string[]): Schema {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => !keys.includes(key)));
}

/** `allOf` parts combined: properties and required lists are unioned, other keywords of later parts win. */
function mergeSchemas(a: Schema, b: Schema): Schema {
  const merged: Schema = { ...a, ...b };
  if (isSchema(a.properties) || isSchema(b.properties)) {
    merged.properties = {
      ...(isSchema(a.properties) ? a.properties : {}),
      ...(isSchema(b.properties) ? b.properties : {}),
    };
  }
  if (Array.isArray(a.required) || Array.isArray(b.required)) {
    merged.required = [
      ...new Set([...(Array.isArray(a.required) ? a.required : []), ...(Array.isArray(b.required) ? b.required : [])]),
    ];
  }
  return merged;
}
