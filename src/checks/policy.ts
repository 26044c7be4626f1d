/**
 * The user's policy over check results: `expected-failures` lets known failures pass the gate (reported as
 * warnings) and turns entries that now pass into failures, so a baseline cannot rot. Evidence is trimmed here,
 * once, so no reporter has to guess how big it may be.
 */
import type { Config } from '../config/config.js';
import { ConfigError } from '../config/errors.js';
import type { CheckResult, Evidence } from '../model.js';
import { boundDepth } from '../wire/bounded-json.js';
import { CATALOGUE } from './registry.js';

const MAX_EVIDENCE_CHARS = 2_000;

export function applyPolicy(results: CheckResult[], config: Pick<Config, 'expectedFailures'>): CheckResult[] {
  return results.map((result) => {
    const trimmed = result.evidence ? { ...result, evidence: trimEvidence(result.evidence) } : result;
    const expected = config.expectedFailures.find(
      (e) => e.id === result.id && (!e.versions || e.versions.includes(result.protocolVersion)),
    );
    if (!expected) return trimmed;
    if (result.status === 'fail') {
      return {
        ...trimmed,
        status: 'warn',
        message: `expected failure (listed in expected-failures): ${result.message}`,
        policy: { expectedFailure: true },
      };
    }
    if (result.status === 'pass') {
      return {
        ...trimmed,
        status: 'fail',
        message: 'listed in expected-failures but passes now: remove it from expected-failures',
        policy: { staleExpectedFailure: true },
      };
    }
    return trimmed;
  });
}

/** Check ids in expected-failures and skip-checks must exist, or a typo would silently do nothing. */
export function validateCheckIds(config: Pick<Config, 'expectedFailures' | 'skipChecks'>): void {
  const known = new Set(CATALOGUE.map((c) => c.id));
  for (const [key, ids] of [
    ['expected-failures', config.expectedFailures.map((e) => e.id)],
    ['skip-checks', config.skipChecks.map((s) => s.id)],
  ] as const) {
    for (const id of ids) {
      if (!known.has(id)) {
        throw new ConfigError(`${key}: unknown check id "${id}" (run \`mcp-ci checks\` to list them)`, key);
      }
    }
  }
}

export function trimEvidence(evidence: Evidence): Evidence {
  const trimmed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(evidence)) {
    if (value === undefined) continue;
    // Evidence quotes server data, which may nest deeper than JSON.stringify can recurse.
    const bounded: unknown = boundDepth(value);
    const text = typeof bounded === 'string' ? bounded : JSON.stringify(bounded);
    trimmed[key] =
      text.length > MAX_EVIDENCE_CHARS
        ? `${text.slice(0, MAX_EVIDENCE_CHARS)}… [${text.length - MAX_EVIDENCE_CHARS} more characters]`
        : bounded;
  }
  return trimmed as Evidence;
}
