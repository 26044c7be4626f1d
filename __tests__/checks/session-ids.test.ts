import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  apparentEntropyBits,
  forgeSessionId,
  invisibleCharacters,
  sequentialPattern,
} from '../../src/checks/judge/session-ids.js';

const sample = (make: (i: number) => string) => Array.from({ length: 8 }, (_, i) => make(i + 1));

describe('invisibleCharacters', () => {
  it('finds spaces, controls and non-ASCII, and nothing in visible ASCII', () => {
    expect(invisibleCharacters('abc-DEF_123~!')).toEqual([]);
    expect(invisibleCharacters('a b\tc')).toEqual([' ', '\t']);
    expect(invisibleCharacters('sessión')).toEqual(['ó']);
  });
});

describe('apparentEntropyBits', () => {
  it('scores random UUIDv4s far above the 64-bit floor', () => {
    expect(apparentEntropyBits(sample(() => randomUUID()))).toBeGreaterThanOrEqual(116);
  });

  it('scores counters and short random ids low', () => {
    expect(apparentEntropyBits(sample((i) => `session-${i}`))).toBeLessThan(8);
    const short = sample(() =>
      Math.floor(Math.random() * 2 ** 32)
        .toString(16)
        .padStart(8, '0'),
    );
    expect(apparentEntropyBits(short)).toBeLessThanOrEqual(32);
  });

  it('counts only the positions that vary, in the alphabet seen there', () => {
    expect(apparentEntropyBits(['prefix-00', 'prefix-1f', 'prefix-a7'])).toBe(8);
    expect(apparentEntropyBits(['same', 'same'])).toBe(0);
    expect(apparentEntropyBits(['only-one'])).toBe(0);
  });
});

describe('sequentialPattern', () => {
  it('sees decimal and hex counters and millisecond clocks', () => {
    expect(sequentialPattern(sample((i) => `session-${i}`))).toMatch(/counts up/);
    expect(sequentialPattern(sample((i) => `s${(0xff00 + i * 3).toString(16)}x`))).toMatch(/counts up/);
    expect(sequentialPattern(sample((i) => String(1_760_000_000_000 + i * 7)))).toMatch(/counts up/);
  });

  it('does not flag random ids, or counters that go down', () => {
    expect(sequentialPattern(sample(() => randomUUID()))).toBeUndefined();
    expect(sequentialPattern(sample((i) => `session-${100 - i}`))).toBeUndefined();
    expect(sequentialPattern(['a', 'b'])).toBeUndefined();
  });
});

describe('forgeSessionId', () => {
  it('keeps the shape of the id and changes its value', () => {
    const real = randomUUID();
    const forged = forgeSessionId(real);
    expect(forged).not.toBe(real);
    expect(forged).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(forgeSessionId('Tok_AZ-09')).toMatch(/^[A-Z][a-z]{2}_[0-9A-F][A-Z]-[0-9]{2}$/);
  });

  it('still differs when the id has no letters or digits', () => {
    expect(forgeSessionId('--')).not.toBe('--');
  });
});
