/** Version-range helpers so checks state applicability the way the inventory does (`25-03→25-11`). */
import { LEGACY_VERSIONS, MODERN_VERSION, PROTOCOL_VERSIONS, type ProtocolVersion } from '../model.js';

/**
 * Versions from `oldest` to `newest`, inclusive. `newest` defaults to the newest initialize-era revision: a rule
 * carries over into 2026-07-28 only when its check says so (`withModern`).
 */
export function versionsFrom(
  oldest: ProtocolVersion,
  newest: ProtocolVersion = LEGACY_VERSIONS[0]!,
): ProtocolVersion[] {
  return PROTOCOL_VERSIONS.filter((v) => v >= oldest && v <= newest);
}

/** Every initialize-era revision (2024-11-05 to 2025-11-25). */
export const ALL_VERSIONS: readonly ProtocolVersion[] = LEGACY_VERSIONS;

/** Only the stateless revision. */
export const MODERN_ONLY: readonly ProtocolVersion[] = [MODERN_VERSION];

/** A rule that carries over into 2026-07-28 unchanged: one definition, run in both eras. */
export const withModern = (versions: readonly ProtocolVersion[]): ProtocolVersion[] => [MODERN_VERSION, ...versions];

/** A version an `initialize` answer may name: an initialize-era revision this tester speaks. */
export function isKnownVersion(value: unknown): value is ProtocolVersion {
  return typeof value === 'string' && (LEGACY_VERSIONS as readonly string[]).includes(value);
}
