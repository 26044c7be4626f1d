/** Characters outside 0x21–0x7E, the only ones a session id may contain. */
export declare function invisibleCharacters(id: string): string[];
/**
 * Bits of apparent entropy: the character positions that differ somewhere in the sample, times the bits of the
 * smallest common alphabet of the characters seen there. Fixed parts (UUID dashes and version nibble, JWT
 * headers) add nothing. With 8 random ids, a random position stays constant with negligible probability, so a
 * UUIDv4 scores about 124 bits and a counter a handful.
 */
export declare function apparentEntropyBits(ids: readonly string[]): number;
/**
 * A description of the counting pattern when the ids, in the order they were issued, differ only in a number
 * that goes up by small steps; undefined otherwise.
 */
export declare function sequentialPattern(ids: readonly string[]): string | undefined;
/** A random id with the shape of `like`: digits stay digits, hex stays hex, letters keep their case. */
export declare function forgeSessionId(like: string): string;
