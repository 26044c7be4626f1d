/**
 * `{{ }}` interpolation. A string that is exactly one `{{ expression }}` takes the referenced value with its type
 * (a number stays a number); otherwise each expression is replaced by its text. `${{ }}` belongs to GitHub
 * Actions and is left alone, so a flow can live inline in a workflow file.
 *
 * Expressions: `steps.<id>.<field><JSONPath tail>`, `vars.<name><JSONPath tail>`, `env.<NAME>`, each optionally
 * followed by ` + N` or ` - N` (spaces required, so ids may contain `-`), or a quoted literal `'…'`.
 */
import { jsonPathProblem, selectAll } from './json-path.js';

/** What `{{ steps.<id>.<field> }}` can read from a step that ran. */
export const STEP_FIELDS = ['result', 'structured', 'text', 'error', 'isError', 'durationMs', 'notifications'] as const;

export type Reference =
  | { root: 'steps'; name: string; field: string; tail: string }
  | { root: 'vars'; name: string; tail: string }
  | { root: 'env'; name: string };

export type Expression =
  { type: 'literal'; value: string } | { type: 'reference'; source: string; reference: Reference; offset?: number };

export type TemplatePart = string | Expression;

/** A template that does not parse, or a reference that cannot be resolved; the message says what is allowed. */
export class TemplateError extends Error {
  override name = 'TemplateError';
}

const EXPRESSION = /(?<!\$)\{\{(.*?)\}\}/gs;
const UNCLOSED = /(?<!\$)\{\{/;
const REFERENCE = /^(\w+)\.([A-Za-z_][\w-]*)(.*?)(?:\s+([+-])\s+(\d+(?:\.\d+)?))?$/s;
const IDENTIFIER = /^[A-Za-z_]\w*$/;
const ALLOWED = `use steps.<id>.<${STEP_FIELDS.join('|')}>…, vars.<name>…, env.<NAME> (optionally followed by "+ N" or "- N"), or a quoted '…' literal`;

export function hasTemplate(text: string): boolean {
  return UNCLOSED.test(text);
}

/** Splits a string into literal text and expressions; throws TemplateError when an expression is malformed. */
export function parseTemplate(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of text.matchAll(EXPRESSION)) {
    pushLiteral(parts, text.slice(last, match.index));
    parts.push(parseExpression((match[1] ?? '').trim()));
    last = match.index + match[0].length;
  }
  pushLiteral(parts, text.slice(last));
  return parts;
}

function pushLiteral(parts: TemplatePart[], text: string): void {
  if (text === '') return;
  if (UNCLOSED.test(text)) throw new TemplateError(`"{{" without a closing "}}" in '${text}'`);
  parts.push(text);
}

function parseExpression(source: string): Expression {
  const literal = /^'([^']*)'$/.exec(source);
  if (literal) return { type: 'literal', value: literal[1] ?? '' };
  const match = REFERENCE.exec(source);
  if (!match) throw new TemplateError(`cannot read {{ ${source} }}: ${ALLOWED}`);
  const [, root = '', name = '', rest = '', sign, amount] = match;
  const offset = sign === undefined ? undefined : Number(amount) * (sign === '-' ? -1 : 1);
  return { type: 'reference', source, reference: parseReference(source, root, name, rest.trim()), offset };
}

function parseReference(source: string, root: string, name: string, rest: string): Reference {
  switch (root) {
    case 'steps': {
      const field = /^\.(\w+)/.exec(rest)?.[1];
      if (!field || !(STEP_FIELDS as readonly string[]).includes(field)) {
        throw new TemplateError(
          `cannot read {{ ${source} }}: after steps.${name} write one of ${STEP_FIELDS.join(', ')}`,
        );
      }
      const tail = rest.slice(field.length + 1);
      checkTail(source, tail);
      return { root: 'steps', name, field, tail };
    }
    case 'vars':
      if (!IDENTIFIER.test(name))
        throw new TemplateError(`cannot read {{ ${source} }}: '${name}' is not a variable name`);
      checkTail(source, rest);
      return { root: 'vars', name, tail: rest };
    case 'env':
      if (rest !== '') throw new TemplateError(`cannot read {{ ${source} }}: env.${name} is a string and has no parts`);
      return { root: 'env', name };
    default:
      throw new TemplateError(`cannot read {{ ${source} }}: unknown '${root}'; ${ALLOWED}`);
  }
}

function checkTail(source: string, tail: string): void {
  const problem = tail === '' ? undefined : jsonPathProblem(`$${tail}`);
  if (problem) throw new TemplateError(`cannot read {{ ${source} }}: ${problem}`);
}

/** Where references are looked up when a step runs. Each lookup says why a value is missing. */
export interface TemplateScope {
  step(id: string): { value: Record<string, unknown> } | { missing: string };
  variable(name: string): { value: unknown } | { missing: string };
  env(name: string): string | undefined;
}

/** Resolves every template in a value (objects and arrays walked); throws TemplateError naming what is missing. */
export function resolveTemplates(value: unknown, scope: TemplateScope): unknown {
  if (typeof value === 'string') return resolveString(value, scope);
  if (Array.isArray(value)) return value.map((item) => resolveTemplates(item, scope));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveTemplates(item, scope)]));
  }
  return value;
}

function resolveString(text: string, scope: TemplateScope): unknown {
  if (!hasTemplate(text)) return text;
  const parts = parseTemplate(text);
  const [only] = parts;
  if (parts.length === 1 && only !== undefined && typeof only !== 'string') return evaluate(only, scope);
  return parts.map((part) => (typeof part === 'string' ? part : asText(evaluate(part, scope)))).join('');
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function evaluate(expression: Expression, scope: TemplateScope): unknown {
  if (expression.type === 'literal') return expression.value;
  const value = lookup(expression.source, expression.reference, scope);
  if (expression.offset === undefined) return value;
  if (typeof value !== 'number') {
    throw new TemplateError(
      `{{ ${expression.source} }}: cannot add to ${JSON.stringify(value)}, which is not a number`,
    );
  }
  return value + expression.offset;
}

function lookup(source: string, reference: Reference, scope: TemplateScope): unknown {
  if (reference.root === 'env') {
    const value = scope.env(reference.name);
    if (value === undefined)
      throw new TemplateError(`{{ ${source} }}: environment variable ${reference.name} is not set`);
    return value;
  }
  const base = reference.root === 'steps' ? scope.step(reference.name) : scope.variable(reference.name);
  if ('missing' in base) throw new TemplateError(`{{ ${source} }}: ${base.missing}`);
  const start = reference.root === 'steps' ? (base.value as Record<string, unknown>)[reference.field] : base.value;
  if (reference.tail === '' && start !== undefined) return start;
  const found = start === undefined ? [] : selectAll(start, `$${reference.tail}`);
  if (found.length === 0) throw new TemplateError(`{{ ${source} }} selects nothing in ${preview(start)}`);
  return found.length === 1 ? found[0] : found;
}

function preview(value: unknown): string {
  const text = value === undefined ? 'undefined' : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
