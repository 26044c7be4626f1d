/**
 * How much of the requirements inventory the catalogue covers, per test class. The legacy profile covers the
 * initialize-era revisions; rows that exist only in 2026-07-28 (the stateless profile) are out of its scope.
 */
import { REQUIREMENTS, type Requirement } from './requirements.js';
import type { CheckDefinition } from './types.js';

export interface ClassCoverage {
  testClass: Requirement['testClass'];
  inScope: number;
  covered: number;
  uncovered: string[];
}

/** Whether a requirement applies to any revision from 2024-11-05 to 2025-11-25 (every row not 2026-07-28 only). */
export function inLegacyProfile(requirement: Requirement): boolean {
  return requirement.versions !== '26-07';
}

export function coverageByClass(catalogue: readonly CheckDefinition[]): ClassCoverage[] {
  const covered = new Set(catalogue.flatMap((c) => c.requirements));
  const classes: Requirement['testClass'][] = ['A', 'D', 'P', 'H', 'F'];
  return classes.map((testClass) => {
    const rows = REQUIREMENTS.filter((r) => r.testClass === testClass && inLegacyProfile(r));
    return {
      testClass,
      inScope: rows.length,
      covered: rows.filter((r) => covered.has(r.id)).length,
      uncovered: rows.filter((r) => !covered.has(r.id)).map((r) => r.id),
    };
  });
}

/** The new or changed requirements of 2026-07-28 (inventory section 5.13, the M-ids). */
export function inModernProfile(requirement: Requirement): boolean {
  return requirement.id.startsWith('M-');
}

/** Coverage of the 2026-07-28 requirements (the M-ids) per test class. */
export function modernCoverageByClass(catalogue: readonly CheckDefinition[]): ClassCoverage[] {
  const covered = new Set(catalogue.flatMap((c) => c.requirements));
  const classes: Requirement['testClass'][] = ['A', 'D', 'P', 'H', 'F'];
  return classes.map((testClass) => {
    const rows = REQUIREMENTS.filter((r) => r.testClass === testClass && inModernProfile(r));
    return {
      testClass,
      inScope: rows.length,
      covered: rows.filter((r) => covered.has(r.id)).length,
      uncovered: rows.filter((r) => !covered.has(r.id)).map((r) => r.id),
    };
  });
}
