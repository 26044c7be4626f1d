/**
 * Validates a flow document against the published schema (schemas/flow.schema.json) and turns ajv's errors into
 * messages that say what is allowed, each tied to the document path where it belongs.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import flowSchema from '../../schemas/flow.schema.json' with { type: 'json' };
import { STEP_KINDS } from './types.js';
import type { DocPath } from './yaml-source.js';

export interface SchemaProblem {
  path: DocPath;
  /** Point at the key rather than its value (unknown keys). */
  atKey: boolean;
  message: string;
}

const NODE_KINDS: readonly string[] = [...STEP_KINDS, 'parallel'];
const STEP_LISTS = ['setup', 'steps', 'teardown'] as const;

/** Compiled on first use: compiling costs tens of milliseconds, which a run without flows (or `--version`) skips. */
let compiled: ValidateFunction | undefined;
const flowValidator = (): ValidateFunction =>
  (compiled ??= new Ajv({ allErrors: true, verbose: true, allowUnionTypes: true }).compile(flowSchema));

export function validateFlowDocument(document: unknown): SchemaProblem[] {
  const validate = flowValidator();
  const kinds = stepKindProblems(document);
  const kindProblems = kinds.map(({ problem }) => problem);
  if (validate(document)) return kindProblems;
  const coveredByKind = (path: DocPath) => kinds.some(({ step }) => isWithin(path, step));
  const problems = (validate.errors ?? [])
    .filter((error) => !isNoise(error))
    .map(translate)
    .filter((problem) => !coveredByKind(problem.path));
  return dedupe([...kindProblems, ...problems]);
}

/** A step must be a mapping with exactly one kind key; ajv's own report of this is a wall of `anyOf` branches. */
function stepKindProblems(document: unknown): { step: DocPath; problem: SchemaProblem }[] {
  if (!isRecord(document)) return [];
  const problems: { step: DocPath; problem: SchemaProblem }[] = [];
  const checkList = (list: unknown, path: DocPath, kinds: readonly string[]) => {
    if (!Array.isArray(list)) return;
    list.forEach((step, index) => {
      const stepPath = [...path, index];
      const problem = stepKindProblem(step, stepPath, kinds);
      if (problem) problems.push({ step: stepPath, problem });
      else if (isRecord(step) && 'parallel' in step) checkList(step.parallel, [...stepPath, 'parallel'], STEP_KINDS);
    });
  };
  for (const list of STEP_LISTS) checkList(document[list], [list], NODE_KINDS);
  return problems;
}

function stepKindProblem(step: unknown, path: DocPath, kinds: readonly string[]): SchemaProblem | undefined {
  const allowed = kinds.join(', ');
  if (!isRecord(step)) {
    return { path, atKey: false, message: `a step must be a mapping with one of: ${allowed} (e.g. "- call: my_tool")` };
  }
  const present = Object.keys(step).filter((key) => kinds.includes(key));
  if (present.length === 1) return undefined;
  if (present.length > 1) {
    return { path, atKey: false, message: `a step has exactly one kind, this one has ${present.join(' and ')}` };
  }
  if ('parallel' in step)
    return { path: [...path, 'parallel'], atKey: true, message: 'parallel groups cannot be nested' };
  const unknown = Object.keys(step).find((key) => !KNOWN_STEP_KEYS.has(key));
  return unknown === undefined
    ? { path, atKey: false, message: `the step has no kind; use one of: ${allowed}` }
    : { path: [...path, unknown], atKey: true, message: `unknown step kind '${unknown}'; allowed: ${allowed}` };
}

const KNOWN_STEP_KEYS = new Set(
  Object.values(flowSchema.definitions).flatMap((definition) =>
    'properties' in definition && definition.properties ? Object.keys(definition.properties) : [],
  ),
);

/** Branch bookkeeping that the kind check or the `anyOf` summary already reports. */
function isNoise(error: ErrorObject): boolean {
  // `propertyNames` repeats, without the name, what its `pattern` error already says.
  return error.keyword === 'if' || error.keyword === 'propertyNames' || error.schemaPath.includes('/anyOf/');
}

function translate(error: ErrorObject): SchemaProblem {
  const problem = translateAt(error, pointerToPath(error.instancePath));
  // A bad key (`propertyNames`) is reported where the key is written.
  return error.propertyName === undefined
    ? problem
    : { ...problem, path: [...problem.path, error.propertyName], atKey: true };
}

function translateAt(error: ErrorObject, path: DocPath): SchemaProblem {
  const label = describe(path) || 'the flow file';
  const parent = (error.parentSchema ?? {}) as { properties?: Record<string, unknown>; description?: string };
  const allowedKeys = Object.keys(parent.properties ?? {}).join(', ');
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const what = path.at(-1) === 'expect' ? 'assertion' : 'key';
      const where = path.length > 0 ? ` in ${label}` : '';
      return {
        path: [...path, key],
        atKey: true,
        message: `unknown ${what} '${key}'${where}; allowed: ${allowedKeys}`,
      };
    }
    case 'required':
      return { path, atKey: false, message: `${label} needs '${String(params.missingProperty)}'` };
    case 'enum':
      return {
        path,
        atKey: false,
        message: `${label}: ${show(error.data)} is not allowed; allowed: ${(params.allowedValues as unknown[]).join(', ')}`,
      };
    case 'type':
      return {
        path,
        atKey: false,
        message: `${label} must be ${typeName(String(params.type))}, not ${show(error.data)}`,
      };
    case 'pattern':
    case 'anyOf':
      return {
        path,
        atKey: false,
        message: `${label}: ${show(error.data)} is not allowed; expected ${parent.description ?? `a value matching ${String(params.pattern)}`}`,
      };
    case 'minItems':
      return { path, atKey: false, message: `${label} needs at least ${String(params.limit)} item(s)` };
    case 'minProperties':
      return { path, atKey: false, message: `${label} needs at least one of: ${allowedKeys}` };
    default:
      return { path, atKey: false, message: `${label} ${error.message ?? 'is not valid'}` };
  }
}

function pointerToPath(pointer: string): DocPath {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/** `steps[2].expect.max-ms`: how a path reads in a message. */
export function describe(path: DocPath): string {
  return path
    .map((segment, index) => (typeof segment === 'number' ? `[${segment}]` : index === 0 ? segment : `.${segment}`))
    .join('');
}

function typeName(types: string): string {
  const names: Record<string, string> = { object: 'a mapping', array: 'a list', integer: 'a whole number' };
  return types
    .split(',')
    .map((type) => names[type] ?? `a ${type}`)
    .join(' or ');
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function isWithin(path: DocPath, ancestor: DocPath): boolean {
  return ancestor.every((segment, index) => path[index] === segment);
}

function dedupe(problems: SchemaProblem[]): SchemaProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${describe(problem.path)}|${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
