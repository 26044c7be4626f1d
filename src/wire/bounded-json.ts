/**
 * Server data bounded in depth before anything walks it. JSON.parse reads any depth, but every recursive walk
 * after it (JSON.stringify for the transcript and the reports, secret masking, evidence trimming, schema
 * validation, the SDK's own error messages) overflows the stack on a message nested 100,000 levels deep. Deeper
 * subtrees are replaced by a marker string, without recursion, so no walk afterwards can blow up.
 */

/** Far deeper than any real MCP message (a JSON Schema rarely nests 20 levels), far below any stack limit. */
export const MAX_JSON_DEPTH = 128;

/** What a subtree deeper than MAX_JSON_DEPTH becomes. */
export const DEPTH_MARKER = `[mcp-ci: nested deeper than ${MAX_JSON_DEPTH} levels, cut here]`;

type Container = Record<string, unknown> | unknown[];

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

/** Whether `value` nests objects or arrays more than `limit` levels deep. Iterative, no allocation per leaf. */
export function deeperThan(value: unknown, limit = MAX_JSON_DEPTH): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (!isContainer(current)) continue;
    if (depth >= limit) return true;
    for (const child of Array.isArray(current) ? current : Object.values(current)) {
      if (isContainer(child)) stack.push([child, depth + 1]);
    }
  }
  return false;
}

/**
 * `value` itself when it is no deeper than `limit`; otherwise a copy in which every container at depth `limit`
 * is replaced by DEPTH_MARKER. Built iteratively, so any depth is safe.
 */
export function boundDepth<T>(value: T, limit = MAX_JSON_DEPTH): T {
  if (!deeperThan(value, limit)) return value;
  const copy = (source: Container): Container => (Array.isArray(source) ? [] : {});
  const root = copy(value as Container);
  const stack: [Container, Container, number][] = [[value as Container, root, 0]];
  while (stack.length > 0) {
    const [source, target, depth] = stack.pop()!;
    for (const [key, child] of Object.entries(source)) {
      let placed: unknown = child;
      if (isContainer(child)) {
        if (depth + 1 >= limit) placed = DEPTH_MARKER;
        else {
          placed = copy(child);
          stack.push([child, placed as Container, depth + 1]);
        }
      }
      if (Array.isArray(target)) target[Number(key)] = placed;
      else target[key] = placed;
    }
  }
  return root as T;
}
