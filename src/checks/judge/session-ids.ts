/**
 * Judging a sample of Streamable HTTP session ids from the outside: which characters are not visible ASCII, how
 * much of each id actually varies, and whether the ids count up. Plus a forged id shaped like a real one, so a
 * server that validates the format still has to look the id up.
 */
import { randomInt, randomUUID } from 'node:crypto';

/** Characters outside 0x21–0x7E, the only ones a session id may contain. */
export function invisibleCharacters(id: string): string[] {
  return [...new Set([...id].filter((c) => c.charCodeAt(0) < 0x21 || c.charCodeAt(0) > 0x7e))];
}

const ALPHABETS: { pattern: RegExp; size: number }[] = [
  { pattern: /^[0-9]+$/, size: 10 },
  { pattern: /^[0-9a-f]+$/, size: 16 },
  { pattern: /^[0-9A-F]+$/, size: 16 },
  { pattern: /^[0-9a-z]+$/, size: 36 },
  { pattern: /^[0-9A-Z]+$/, size: 36 },
  { pattern: /^[0-9A-Za-z]+$/, size: 62 },
  { pattern: /^[0-9A-Za-z_-]+$/, size: 64 },
  { pattern: /^[0-9A-Za-z+/=]+$/, size: 65 },
];

/**
 * Bits of apparent entropy: the character positions that differ somewhere in the sample, times the bits of the
 * smallest common alphabet of the characters seen there. Fixed parts (UUID dashes and version nibble, JWT
 * headers) add nothing. With 8 random ids, a random position stays constant with negligible probability, so a
 * UUIDv4 scores about 124 bits and a counter a handful.
 */
export function apparentEntropyBits(ids: readonly string[]): number {
  if (ids.length < 2) return 0;
  const length = Math.min(...ids.map((id) => id.length));
  let positions = 0;
  const seen = new Set<string>();
  for (let i = 0; i < length; i++) {
    const column = new Set(ids.map((id) => id[i]!));
    if (column.size < 2) continue;
    positions++;
    column.forEach((c) => seen.add(c));
  }
  if (positions === 0) return 0;
  const characters = [...seen].join('');
  const size = ALPHABETS.find((a) => a.pattern.test(characters))?.size ?? 94;
  return Math.round(positions * Math.log2(size));
}

/** What varies once the prefix and suffix every id shares are removed. */
function varyingParts(ids: readonly string[]): string[] {
  const first = ids[0] ?? '';
  let prefix = 0;
  while (prefix < first.length && ids.every((id) => id[prefix] === first[prefix])) prefix++;
  let suffix = 0;
  while (
    suffix < first.length - prefix &&
    ids.every(
      (id) => id.length - suffix - 1 >= prefix && id[id.length - suffix - 1] === first[first.length - suffix - 1],
    )
  )
    suffix++;
  return ids.map((id) => id.slice(prefix, id.length - suffix));
}

/** Largest step between consecutive ids that still reads as counting up (counters, millisecond clocks). */
const MAX_COUNTER_STEP = 65_536n;

/**
 * A description of the counting pattern when the ids, in the order they were issued, differ only in a number
 * that goes up by small steps; undefined otherwise.
 */
export function sequentialPattern(ids: readonly string[]): string | undefined {
  if (ids.length < 3) return undefined;
  const parts = varyingParts(ids);
  const radix = parts.every((p) => /^[0-9]+$/.test(p)) ? 10 : parts.every((p) => /^[0-9a-fA-F]+$/.test(p)) ? 16 : 0;
  if (radix === 0) return undefined;
  const values = parts.map((p) => BigInt(radix === 10 ? p : `0x${p}`));
  const steps = values.slice(1).map((v, i) => v - values[i]!);
  if (!steps.every((step) => step > 0n && step <= MAX_COUNTER_STEP)) return undefined;
  return `the ids differ only in a number that counts up (${parts.slice(0, 3).join(', ')}, …)`;
}

/** A random id with the shape of `like`: digits stay digits, hex stays hex, letters keep their case. */
export function forgeSessionId(like: string): string {
  if (!/[0-9A-Za-z]/.test(like)) return `${like}${randomUUID()}`;
  const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)]!;
  const forge = () =>
    [...like]
      .map((c) => {
        if (/[0-9]/.test(c)) return pick('0123456789');
        if (/[a-f]/.test(c)) return pick('0123456789abcdef');
        if (/[A-F]/.test(c)) return pick('0123456789ABCDEF');
        if (/[g-z]/.test(c)) return pick('abcdefghijklmnopqrstuvwxyz');
        if (/[G-Z]/.test(c)) return pick('ABCDEFGHIJKLMNOPQRSTUVWXYZ');
        return c;
      })
      .join('');
  let forged = forge();
  while (forged === like) forged = forge();
  return forged;
}
