/**
 * Reads rendered markdown the way GitHub does (CommonMark + GFM tables, autolinks, strikethrough) so tests can
 * assert on structure: which tables, rows, cells, links and raw HTML the text really produces.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Root, Table } from 'mdast';

export function parseGfm(markdown: string): Root {
  return fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

export function collect<T extends Nodes['type']>(node: Nodes, type: T): Extract<Nodes, { type: T }>[] {
  const found: Extract<Nodes, { type: T }>[] = [];
  const visit = (current: Nodes): void => {
    if (current.type === type) found.push(current as Extract<Nodes, { type: T }>);
    if ('children' in current) current.children.forEach((child) => visit(child as Nodes));
  };
  visit(node);
  return found;
}

/** Plain text of a node as a reader sees it, code spans included, code blocks left out. */
export function visibleText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'code') return '';
  if ('children' in node) return node.children.map((child) => visibleText(child as Nodes)).join('');
  return '';
}

export function cellTexts(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => visibleText(cell)));
}

/** The first cell of each table's header row, to find a table by its first column title. */
export function tableByFirstHeader(root: Root, header: string): Table | undefined {
  return collect(root, 'table').find((table) => visibleText(table.children[0]?.children[0] ?? table) === header);
}
