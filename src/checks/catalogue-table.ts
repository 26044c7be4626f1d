/** The catalogue as data and as text, for `mcp-ci checks` and the generated docs/checks.md. */
import { CATALOGUE, specUrl } from './registry.js';
import { coverageByClass, modernCoverageByClass, type ClassCoverage } from './coverage.js';
import { eraOf, type Era } from '../model.js';
import type { CheckDefinition } from './types.js';

export interface CatalogueEntry {
  id: string;
  title: string;
  section: string;
  level: string;
  versions: string[];
  /** The protocol eras of its versions: `legacy` (2024-11-05 to 2025-11-25) and/or `modern` (2026-07-28). */
  eras: Era[];
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
    eras: [...new Set(check.versions.map(eraOf))],
    transports: [...check.transports],
    requirements: check.requirements,
    spec: specUrl(check, check.versions[0] ?? '2025-11-25'),
    rule: check.rule,
    heuristic: check.heuristic ?? false,
  }));
}

/** A plain-text table for the terminal. */
export function catalogueText(entries: CatalogueEntry[]): string {
  const rows = entries.map((e) => [
    e.id,
    e.section,
    eraNames(e.eras),
    e.heuristic ? `${e.level} (heuristic)` : e.level,
    e.requirements.join(','),
  ]);
  const header = ['check', 'section', 'era', 'level', 'requirements'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line), '', `${entries.length} checks`].join('\n') + '\n';
}

/** An era as the docs name it: the revisions it spans. */
const ERA_NAMES: Record<Era, string> = { legacy: '2025', modern: '2026-07-28' };
const eraNames = (eras: Era[]) => eras.map((era) => ERA_NAMES[era]).join('+');

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/checks.md: coverage per test class, then every check by section. Generated; a test keeps it in sync. */
export function catalogueMarkdown(
  entries: CatalogueEntry[],
  coverage: ClassCoverage[],
  modernCoverage: ClassCoverage[] = [],
): string {
  const lines = [
    '# Conformance checks',
    '',
    '<!-- Generated from src/checks/registry.ts by `npm run docs:checks`; do not edit by hand. -->',
    '',
    `${entries.length} checks. Levels: MUST failures fail the gate, SHOULD and heuristic findings warn, checks that do`,
    'not apply to a server are skipped with the reason. Requirement ids refer to the MCP server requirements inventory.',
    '',
    '## Requirement coverage (2024-11-05 through 2025-11-25)',
    '',
    '| class | meaning | requirements | covered |',
    '| --- | --- | --- | --- |',
    ...coverage.map((c) => `| ${c.testClass} | ${CLASS_NAMES[c.testClass]} | ${c.inScope} | ${c.covered} |`),
    '',
    ...(modernCoverage.length
      ? [
          '## Requirement coverage (2026-07-28, the new or changed requirements M-01 to M-49)',
          '',
          '| class | meaning | requirements | covered | not covered yet |',
          '| --- | --- | --- | --- | --- |',
          ...modernCoverage.map(
            (c) =>
              `| ${c.testClass} | ${CLASS_NAMES[c.testClass]} | ${c.inScope} | ${c.covered} | ${c.uncovered.join(', ') || '-'} |`,
          ),
          '',
        ]
      : []),
  ];
  const sections = [...new Set(entries.map((e) => e.section))];
  for (const section of sections) {
    lines.push(
      `## ${section}`,
      '',
      '| check | era | level | versions | transports | requirements | rule |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    );
    for (const e of entries.filter((x) => x.section === section)) {
      const level = e.heuristic ? `${e.level} (heuristic)` : e.level;
      lines.push(
        `| \`${e.id}\` | ${eraNames(e.eras)} | ${level} | ${e.versions.join(', ')} | ${e.transports.join(', ')} | ${e.requirements.join(', ')} | ${cell(e.rule)} ([spec](${e.spec})) |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

const CLASS_NAMES: Record<ClassCoverage['testClass'], string> = {
  A: 'active, any server',
  D: 'data-driven, needs a listed tool/resource/prompt',
  P: 'passive, checked on every message',
  H: 'heuristic, warns only',
  F: 'needs a cooperating fixture (not generic)',
};

/** The whole docs/checks.md for the current catalogue. */
export function checksMarkdown(): string {
  return catalogueMarkdown(catalogueEntries(), coverageByClass(CATALOGUE), modernCoverageByClass(CATALOGUE));
}
