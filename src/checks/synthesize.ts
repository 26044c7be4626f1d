/**
 * Arguments for a tool call, synthesized from its inputSchema: required properties only, preferring the
 * schema's own `default`, `examples`, `const` and `enum` values. Returns undefined when no valid arguments
 * can be made (the tool is then not called).
 */
type Schema = Record<string, unknown>;

const isSchema = (value: unknown): value is Schema =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function synthesizeArguments(inputSchema: unknown): Record<string, unknown> | undefined {
  if (!isSchema(inputSchema)) return undefined;
  const value = sampleValue(inputSchema, 0);
  return isSchema(value) ? value : undefined;
}

function sampleValue(schema: Schema, depth: number): unknown {
  if (depth > 8) return undefined;
  if ('const' in schema) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.examples) && schema.examples.length) return schema.examples[0];
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  const variants = (schema.anyOf ?? schema.oneOf) as unknown;
  if (Array.isArray(variants)) {
    for (const variant of variants) {
      if (isSchema(variant)) {
        const value = sampleValue(variant, depth + 1);
        if (value !== undefined) return value;
      }
    }
    return undefined;
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
    case undefined: {
      if (type === undefined && !isSchema(schema.properties)) return undefined;
      const properties = isSchema(schema.properties) ? schema.properties : {};
      const required = Array.isArray(schema.required) ? (schema.required as unknown[]) : [];
      const result: Record<string, unknown> = {};
      for (const key of required) {
        if (typeof key !== 'string') return undefined;
        const property = properties[key];
        if (!isSchema(property)) return undefined;
        const value = sampleValue(property, depth + 1);
        if (value === undefined) return undefined;
        result[key] = value;
      }
      return result;
    }
    case 'string':
      return sampleString(schema);
    case 'integer':
    case 'number':
      return sampleNumber(schema, type === 'integer');
    case 'boolean':
      return false;
    case 'array': {
      const min = typeof schema.minItems === 'number' ? schema.minItems : 0;
      if (min === 0) return [];
      if (!isSchema(schema.items)) return undefined;
      const item = sampleValue(schema.items, depth + 1);
      return item === undefined ? undefined : Array.from({ length: min }, () => item);
    }
    case 'null':
      return null;
    default:
      return undefined;
  }
}

function sampleString(schema: Schema): string | undefined {
  // A pattern we cannot satisfy reliably: better not to call than to send nonsense.
  if (typeof schema.pattern === 'string') return undefined;
  const formats: Record<string, string> = {
    email: 'mcp-ci@example.com',
    uri: 'https://example.com/',
    url: 'https://example.com/',
    date: '2025-01-01',
    'date-time': '2025-01-01T00:00:00Z',
    uuid: '00000000-0000-4000-8000-000000000000',
  };
  const base = typeof schema.format === 'string' && formats[schema.format] ? formats[schema.format]! : 'mcp-ci';
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  const value = base.length >= min ? base : base.padEnd(min, 'x');
  return value.length <= max ? value : value.slice(0, max);
}

function sampleNumber(schema: Schema, integer: boolean): number {
  const min =
    typeof schema.minimum === 'number'
      ? schema.minimum
      : typeof schema.exclusiveMinimum === 'number'
        ? schema.exclusiveMinimum + 1
        : undefined;
  const max =
    typeof schema.maximum === 'number'
      ? schema.maximum
      : typeof schema.exclusiveMaximum === 'number'
        ? schema.exclusiveMaximum - 1
        : undefined;
  let value = min ?? (max !== undefined ? Math.min(1, max) : 1);
  if (integer) value = Math.ceil(value);
  return value;
}
