/**
 * A parsed YAML document that still knows where each value was written, so every step gets a line and every
 * error a line and column.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { SourcePosition } from './types.js';

export type DocPath = readonly (string | number)[];

export interface YamlSource {
  /** The document as plain data. */
  value: unknown;
  /** Where the value (or, with `key`, the key) at a path was written; the nearest written ancestor otherwise. */
  positionOf(path: DocPath, options?: { key?: boolean }): SourcePosition;
}

export type YamlParseResult =
  { ok: true; source: YamlSource } | { ok: false; errors: (SourcePosition & { message: string })[] };

export function parseYamlSource(text: string): YamlParseResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  // After the first syntax error the parser's further complaints are mostly its consequences.
  const [error] = doc.errors;
  if (error) {
    const [start] = error.linePos ?? [];
    return {
      ok: false,
      errors: [{ line: start?.line ?? 1, column: start?.col ?? 1, message: firstLine(error.message) }],
    };
  }
  const at = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  return {
    ok: true,
    source: {
      value: doc.toJS({ maxAliasCount: 100 }),
      positionOf: (path, options) => {
        const found = locate(doc, path, options?.key ?? false);
        return at(found?.range?.[0] ?? 0);
      },
    },
  };
}

/** Pretty errors append the offending source lines and end with ` at line L, column C:`; the position is kept apart. */
function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

function locate(doc: Document, path: DocPath, key: boolean): Node | undefined {
  let node: unknown = doc.contents;
  let found = node as Node | undefined;
  for (const [index, segment] of path.entries()) {
    const isLast = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return found;
      if (isLast && key) return pair.key as Node;
      node = pair.value ?? pair.key;
    } else if (isSeq(node) && typeof segment === 'number') {
      node = node.items[segment];
    } else {
      return found;
    }
    if (node === undefined || node === null) return found;
    found = node as Node;
  }
  return found;
}
