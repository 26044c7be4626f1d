/** Version-range helpers so checks state applicability the way the inventory does (`25-03→25-11`). */
import { type ProtocolVersion } from '../model.js';
/**
 * Versions from `oldest` to `newest`, inclusive. `newest` defaults to the newest initialize-era revision: a rule
 * carries over into 2026-07-28 only when its check says so (`withModern`).
 */
export declare function versionsFrom(oldest: ProtocolVersion, newest?: ProtocolVersion): ProtocolVersion[];
/** Every initialize-era revision (2024-11-05 to 2025-11-25). */
export declare const ALL_VERSIONS: readonly ProtocolVersion[];
/** Only the stateless revision. */
export declare const MODERN_ONLY: readonly ProtocolVersion[];
/** A rule that carries over into 2026-07-28 unchanged: one definition, run in both eras. */
export declare const withModern: (versions: readonly ProtocolVersion[]) => ProtocolVersion[];
/** A version an `initialize` answer may name: an initialize-era revision this tester speaks. */
export declare function isKnownVersion(value: unknown): value is ProtocolVersion;
