/**
 * Deep subset matching, the way `structured:` and `match:` compare: every key the expected object gives must be
 * present with a matching value; extra keys in the actual value are fine; arrays match element by element and
 * must have the same length (as jest's toMatchObject).
 */
import { isDeepStrictEqual } from 'node:util';
import { preview } from './format.js';

/** Where `actual` departs from `expected`, as `$.a.b: expected 2, got 3` lines; empty when it matches. */
export function subsetMismatches(expected: unknown, actual: unknown, path = '$'): string[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected an array, got ${typeName(actual)}`];
    if (actual.length !== expected.length) {
      return [`${path}: expected ${expected.length} element(s), got ${actual.length}`];
    }
    return expected.flatMap((item, index) => subsetMismatches(item, actual[index], `${path}[${index}]`));
  }
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) return [`${path}: expected an object, got ${typeName(actual)}`];
    return Object.entries(expected).flatMap(([key, value]) =>
      key in actual ? subsetMismatches(value, actual[key], childPath(path, key)) : [`${childPath(path, key)}: missing`],
    );
  }
  return isDeepStrictEqual(expected, actual) ? [] : [`${path}: expected ${preview(expected)}, got ${preview(actual)}`];
}

export function isSubset(expected: unknown, actual: unknown): boolean {
  return subsetMismatches(expected, actual).length === 0;
}

/** The part of `actual` that `expected` talks about, so a diff of the two shows only what matters. */
export function projectOnto(actual: unknown, expected: unknown): unknown {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return actual.map((item, index) => (index < expected.length ? projectOnto(item, expected[index]) : item));
  }
  if (isPlainObject(expected) && isPlainObject(actual)) {
    return Object.fromEntries(
      Object.keys(expected)
        .filter((key) => key in actual)
        .map((key) => [key, projectOnto(actual[key], expected[key])]),
    );
  }
  return actual;
}

function childPath(path: string, key: string): string {
  return /^[A-Za-z_]\w*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return value === undefined ? 'nothing' : `${typeof value} ${preview(value)}`;
}
