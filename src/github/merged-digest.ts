/**
 * The findings fingerprint of a merged report (see findings-digest.ts): each leg's fingerprint, or why it has
 * no results, so a re-run of the matrix that changes nothing a reader acts on leaves the comment alone.
 */
import { createHash } from 'node:crypto';
import type { MergedRun } from '../merge/index.js';
import { findingsDigest } from './findings-digest.js';

export function mergedFindingsDigest(merged: MergedRun): string {
  const legs = merged.legs.map((leg) => [leg.name, leg.result ? findingsDigest(leg.result) : leg.problem]);
  return createHash('sha256')
    .update(JSON.stringify([merged.strict, legs]))
    .digest('hex')
    .slice(0, 16);
}
