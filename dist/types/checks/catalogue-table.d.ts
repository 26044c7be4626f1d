import { type ClassCoverage } from './coverage.js';
import { type Era } from '../model.js';
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
export declare function catalogueEntries(catalogue?: readonly CheckDefinition[]): CatalogueEntry[];
/** A plain-text table for the terminal. */
export declare function catalogueText(entries: CatalogueEntry[]): string;
/** docs/checks.md: coverage per test class, then every check by section. Generated; a test keeps it in sync. */
export declare function catalogueMarkdown(entries: CatalogueEntry[], coverage: ClassCoverage[], modernCoverage?: ClassCoverage[]): string;
/** The whole docs/checks.md for the current catalogue. */
export declare function checksMarkdown(): string;
