/**
 * Judges one run of a step against its `expect:` (templates already resolved). Pure: snapshots, which read and
 * write files, are judged apart (snapshots.ts).
 */
import { isDeepStrictEqual } from 'node:util';
import { diffValues, preview, worthDiffing } from './format.js';
import { selectAll } from './json-path.js';
import { notificationMethods, type StepOutcome } from './outcome.js';
import { isSubset, projectOnto, subsetMismatches } from './subset.js';
import type { Expectation, PathAssertion, StepKind } from './types.js';
import { schemaErrors } from './user-schema.js';

export interface Failure {
  /** First line: what failed; further lines: a diff when it helps. */
  message: string;
  expected?: unknown;
  actual?: unknown;
}

export function judgeOutcome(expect: Expectation, outcome: StepOutcome, kind: StepKind): Failure[] {
  const errorFailure = judgeError(expect.error, outcome, kind);
  if (errorFailure) return [errorFailure];
  return [
    ...judgeLatency(expect.maxMs, outcome),
    ...judgeNotifications(expect, outcome),
    ...(outcome.result === undefined ? [] : judgeResult(expect, outcome, kind)),
  ];
}

function judgeError(expected: Expectation['error'], outcome: StepOutcome, kind: StepKind): Failure | undefined {
  const { error } = outcome;
  const got = error
    ? `protocol error ${error.code}: ${error.message}`
    : outcome.isError
      ? `a tool error: ${preview(outcome.text)}`
      : 'a result';
  if (typeof expected === 'object') {
    if (!error) return { message: `expected a protocol error, got ${got}`, expected, actual: outcome.result };
    if (expected.code !== undefined && expected.code !== error.code) {
      return { message: `expected error code ${expected.code}, got ${got}`, expected, actual: error };
    }
    if (expected.message !== undefined && !error.message.includes(expected.message)) {
      return {
        message: `expected an error message containing ${preview(expected.message)}, got ${got}`,
        expected,
        actual: error,
      };
    }
    return undefined;
  }
  if (expected === true) {
    if (kind === 'call' && !outcome.isError) {
      return {
        message: `expected a tool error (isError: true), got ${got}`,
        expected: { isError: true },
        actual: error ?? outcome.result,
      };
    }
    if (kind !== 'call' && !error) return { message: `expected a protocol error, got ${got}`, actual: outcome.result };
    return undefined;
  }
  if (error) return { message: `the server answered with ${got}`, actual: error };
  if (outcome.isError)
    return { message: `the tool reported an error (isError: true): ${preview(outcome.text)}`, actual: outcome.result };
  return undefined;
}

function judgeLatency(maxMs: number | undefined, outcome: StepOutcome): Failure[] {
  if (maxMs === undefined || outcome.durationMs <= maxMs) return [];
  return [
    {
      message: `took ${Math.round(outcome.durationMs)} ms, over the ${maxMs} ms budget`,
      expected: maxMs,
      actual: outcome.durationMs,
    },
  ];
}

function judgeNotifications(expect: Expectation, outcome: StepOutcome): Failure[] {
  return expect.notifications.flatMap(({ notification, match, atLeast }) => {
    const methods = notificationMethods(notification);
    const count = outcome.notifications.filter(
      (received) =>
        methods.includes(received.method) && (match === undefined || isSubset(match, received.params ?? {})),
    ).length;
    if (count >= atLeast) return [];
    const seen = outcome.notifications.map((received) => received.method);
    return [
      {
        message: `expected at least ${atLeast} ${notification} notification(s)${match ? ` matching ${preview(match)}` : ''} during the step, got ${count}${seen.length > 0 ? ` (received: ${[...new Set(seen)].join(', ')})` : ' (none received)'}`,
        expected: { notification, match, atLeast },
        actual: outcome.notifications,
      },
    ];
  });
}

function judgeResult(expect: Expectation, outcome: StepOutcome, kind: StepKind): Failure[] {
  const failures: Failure[] = [];
  if (expect.text) failures.push(...judgeText(expect.text, outcome.text));
  if (expect.structured !== undefined) failures.push(...judgeStructured(expect.structured, outcome.structured));
  for (const assertion of expect.paths) failures.push(...judgePath(assertion, outcome.result));
  if (expect.schema) {
    const subject = kind === 'call' ? outcome.structured : outcome.result;
    if (subject === undefined) {
      failures.push({ message: 'schema: the tool returned no structuredContent to validate' });
    } else if (!expect.schema(subject)) {
      failures.push({ message: `schema: ${schemaErrors(expect.schema).join('; ')}`, actual: subject });
    }
  }
  return failures;
}

function judgeText(expected: NonNullable<Expectation['text']>, actual: string | undefined): Failure[] {
  const text = actual ?? '';
  const failures: Failure[] = [];
  if (expected.equals !== undefined && text !== expected.equals) {
    failures.push(withDiff(`text: expected ${preview(expected.equals)}, got ${preview(text)}`, expected.equals, text));
  }
  if (expected.contains !== undefined && !text.includes(expected.contains)) {
    failures.push({
      message: `text: expected it to contain ${preview(expected.contains)}, got ${preview(text)}`,
      expected: expected.contains,
      actual: text,
    });
  }
  if (expected.matches && !expected.matches.test(text)) {
    failures.push({
      message: `text: expected it to match ${String(expected.matches)}, got ${preview(text)}`,
      expected: String(expected.matches),
      actual: text,
    });
  }
  return failures;
}

function judgeStructured(expected: unknown, actual: unknown): Failure[] {
  if (actual === undefined) return [{ message: 'structured: the tool returned no structuredContent', expected }];
  const mismatches = subsetMismatches(expected, actual);
  if (mismatches.length === 0) return [];
  const shown =
    mismatches.slice(0, 5).join('; ') + (mismatches.length > 5 ? `; and ${mismatches.length - 5} more` : '');
  return [withDiff(`structured: ${shown}`, expected, projectOnto(actual, expected), actual)];
}

function judgePath(assertion: PathAssertion, root: unknown): Failure[] {
  const found = selectAll(root, assertion.path);
  const label = assertion.path;
  if (assertion.exists !== undefined && assertion.exists !== found.length > 0) {
    return [
      {
        message: assertion.exists
          ? `${label}: selects nothing in ${preview(root)}`
          : `${label}: expected nothing, found ${preview(found)}`,
        expected: { exists: assertion.exists },
        actual: found,
      },
    ];
  }
  const tests = pathTests(assertion);
  if (tests.length === 0) return [];
  if (found.length === 0) return [{ message: `${label}: selects nothing in ${preview(root)}`, actual: root }];
  const value = found.length === 1 ? found[0] : found;
  return tests.flatMap((test) => {
    const problem = test(value);
    return problem ? [{ ...problem, message: `${label}: ${problem.message}` }] : [];
  });
}

type PathTest = (value: unknown) => Failure | undefined;

function pathTests(assertion: PathAssertion): PathTest[] {
  const tests: PathTest[] = [];
  const { equals, notEquals, length, greaterThan, lessThan, atLeast, atMost, contains, matches, type } = assertion;
  if (equals !== undefined) {
    tests.push((value) =>
      isDeepStrictEqual(value, equals)
        ? undefined
        : withDiff(`expected ${preview(equals)}, got ${preview(value)}`, equals, value),
    );
  }
  if (notEquals !== undefined) {
    tests.push((value) =>
      isDeepStrictEqual(value, notEquals)
        ? { message: `expected anything but ${preview(notEquals)}`, actual: value }
        : undefined,
    );
  }
  if (length !== undefined) {
    tests.push((value) => {
      const actual = typeof value === 'string' || Array.isArray(value) ? value.length : undefined;
      if (actual === undefined)
        return {
          message: `length: ${preview(value)} is neither a string nor an array`,
          expected: length,
          actual: value,
        };
      return actual === asNumber(length)
        ? undefined
        : { message: `expected length ${preview(length)}, got ${actual}`, expected: length, actual };
    });
  }
  const compare = (bound: unknown, name: string, holds: (a: number, b: number) => boolean) => {
    if (bound === undefined) return;
    tests.push((value) => {
      const limit = asNumber(bound);
      if (limit === undefined) return { message: `${name} needs a number, got ${preview(bound)}`, expected: bound };
      if (typeof value !== 'number')
        return { message: `expected a number ${name} ${limit}, got ${preview(value)}`, expected: bound, actual: value };
      return holds(value, limit)
        ? undefined
        : { message: `expected a number ${name} ${limit}, got ${value}`, expected: bound, actual: value };
    });
  };
  compare(greaterThan, 'greater than', (a, b) => a > b);
  compare(lessThan, 'less than', (a, b) => a < b);
  compare(atLeast, 'at least', (a, b) => a >= b);
  compare(atMost, 'at most', (a, b) => a <= b);
  if (contains !== undefined) {
    tests.push((value) => {
      if (typeof value === 'string' && typeof contains === 'string') {
        return value.includes(contains)
          ? undefined
          : {
              message: `expected it to contain ${preview(contains)}, got ${preview(value)}`,
              expected: contains,
              actual: value,
            };
      }
      if (Array.isArray(value)) {
        return value.some((item) => isSubset(contains, item))
          ? undefined
          : {
              message: `expected an element matching ${preview(contains)}, got ${preview(value)}`,
              expected: contains,
              actual: value,
            };
      }
      return {
        message: `contains: ${preview(value)} is neither a string nor an array`,
        expected: contains,
        actual: value,
      };
    });
  }
  if (matches) {
    tests.push((value) =>
      typeof value === 'string' && matches.test(value)
        ? undefined
        : {
            message: `expected a string matching ${String(matches)}, got ${preview(value)}`,
            expected: String(matches),
            actual: value,
          },
    );
  }
  if (type) {
    tests.push((value) =>
      typeOf(value, type)
        ? undefined
        : { message: `expected ${type}, got ${preview(value)}`, expected: type, actual: value },
    );
  }
  return tests;
}

function typeOf(value: unknown, type: NonNullable<PathAssertion['type']>): boolean {
  switch (type) {
    case 'array':
      return Array.isArray(value);
    case 'null':
      return value === null;
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
    case 'integer':
      return Number.isInteger(value);
    default:
      return typeof value === type;
  }
}

/** Bounds may come from a template as text (`"{{ env.MIN }}"`). */
function asNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

function withDiff(message: string, expected: unknown, shown: unknown, actual: unknown = shown): Failure {
  return {
    message: worthDiffing(expected, shown) ? `${message}\n${diffValues(expected, shown)}` : message,
    expected,
    actual,
  };
}
