/** The catalogue as data and as text, for `mcp-ci checks` and the generated docs/checks.md. */
import { CATALOGUE, specUrl } from './registry.js';
import type { CheckDefinition } from './types.js';

export interface CatalogueEntry {
  id: string;
  title: string;
  section: string;
  level: string;
  versions: string[];
  transports: string[];
  requirements: string[];
  spec: string;
  rule: string;
  heuristic: boolean;
}

export function catalogueEntries(catalogue: readonly CheckDefinition[] = CATALOGUE): CatalogueEntry[] {
  return catalogue.map((check) => ({
    id: check.id,
    title: check.title,
    section: check.section,
    level: check.level,
    versions: [...check.versions],
    transports: [...check.transports],
    requirements: check.requirements,
    spec: specUrl(check, check.versions[0] ?? '2025-11-25'),
    rule: check.rule,
    heuristic: check.heuristic ?? false,
  }));
}

/** A plain-text table for the terminal. */
export function catalogueText(entries: CatalogueEntry[]): string {
  const rows = entries.map((e) => [e.id, e.section, e.heuristic ? `${e.level} (heuristic)` : e.level, e.requirements.join(',')]);
  const header = ['check', 'section', 'level', 'requirements'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), ...rows.map(line), '', `${entries.length} checks`].join('\n') + '\n';
}
