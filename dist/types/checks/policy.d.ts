/**
 * The user's policy over check results: `expected-failures` lets known failures pass the gate (reported as
 * warnings) and turns entries that now pass into failures, so a baseline cannot rot. Evidence is trimmed here,
 * once, so no reporter has to guess how big it may be.
 */
import type { Config } from '../config/config.js';
import type { CheckResult, Evidence } from '../model.js';
export declare function applyPolicy(results: CheckResult[], config: Pick<Config, 'expectedFailures'>): CheckResult[];
/** Check ids in expected-failures and skip-checks must exist, or a typo would silently do nothing. */
export declare function validateCheckIds(config: Pick<Config, 'expectedFailures' | 'skipChecks'>): void;
export declare function trimEvidence(evidence: Evidence): Evidence;
