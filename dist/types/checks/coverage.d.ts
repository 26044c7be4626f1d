/**
 * How much of the requirements inventory the catalogue covers, per test class. The legacy profile covers the
 * initialize-era revisions; rows that exist only in 2026-07-28 (the stateless profile) are out of its scope.
 */
import { type Requirement } from './requirements.js';
import type { CheckDefinition } from './types.js';
export interface ClassCoverage {
    testClass: Requirement['testClass'];
    inScope: number;
    covered: number;
    uncovered: string[];
}
/** Whether a requirement applies to any revision from 2024-11-05 to 2025-11-25 (every row not 2026-07-28 only). */
export declare function inLegacyProfile(requirement: Requirement): boolean;
export declare function coverageByClass(catalogue: readonly CheckDefinition[]): ClassCoverage[];
/** The new or changed requirements of 2026-07-28 (inventory section 5.13, the M-ids). */
export declare function inModernProfile(requirement: Requirement): boolean;
/** Coverage of the 2026-07-28 requirements (the M-ids) per test class. */
export declare function modernCoverageByClass(catalogue: readonly CheckDefinition[]): ClassCoverage[];
