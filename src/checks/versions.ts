/** Version-range helpers so checks state applicability the way the inventory does (`25-03→25-11`). */
import { PROTOCOL_VERSIONS, type ProtocolVersion } from '../model.js';

/** Versions from `oldest` to `newest`, inclusive. */
export function versionsFrom(
  oldest: ProtocolVersion,
  newest: ProtocolVersion = PROTOCOL_VERSIONS[0],
): ProtocolVersion[] {
  return PROTOCOL_VERSIONS.filter((v) => v >= oldest && v <= newest);
}

export const ALL_VERSIONS: readonly ProtocolVersion[] = PROTOCOL_VERSIONS;

export function isKnownVersion(value: unknown): value is ProtocolVersion {
  return typeof value === 'string' && (PROTOCOL_VERSIONS as readonly string[]).includes(value);
}
