/**
 * JSONPath (RFC 9535) over step results: the one path language of flow files, for captures, path assertions,
 * snapshot redaction and the tail of `{{ }}` references.
 */
import { exec, query, type JsonValue } from 'jsonpath-rfc9535';
import parseJsonPath from 'jsonpath-rfc9535/parser';

/** Returns why `path` is not a valid JSONPath, or undefined when it is. */
export function jsonPathProblem(path: string): string | undefined {
  try {
    parseJsonPath(path);
    return undefined;
  } catch (error) {
    return `invalid JSONPath '${path}': ${(error as Error).message.replace(/\.$/, '')}`;
  }
}

/** Every value the path selects, in document order. */
export function selectAll(value: unknown, path: string): unknown[] {
  return query(value as JsonValue, path);
}

/** A copy of `value` with every value a path selects replaced by `replacement`. */
export function replaceAt(value: unknown, paths: readonly string[], replacement: unknown): unknown {
  const copy = structuredClone(value) as JsonValue;
  for (const path of paths) {
    const locations: (string | number)[][] = [];
    exec(copy, path, (_found, location) => locations.push([...location]));
    for (const location of locations) setAt(copy, location, replacement);
  }
  return copy;
}

function setAt(root: JsonValue, location: (string | number)[], replacement: unknown): void {
  const last = location.at(-1);
  if (last === undefined) return;
  let parent: unknown = root;
  for (const key of location.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[key];
  (parent as Record<string | number, unknown>)[last] = replacement;
}
