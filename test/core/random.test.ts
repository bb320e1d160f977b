import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_SEED, SeededRandom, parseSeed, randomSeed } from '../../src/core/random';

describe('seeds', () => {
  it('reads a typed seed: a whole number from 1 to MAX_SEED', () => {
    expect(parseSeed('1')).toBe(1);
    expect(parseSeed(' 42 ')).toBe(42);
    expect(parseSeed(String(MAX_SEED))).toBe(MAX_SEED);
    for (const bad of ['', '0', '-3', '1.5', '1e3', 'seven', String(MAX_SEED + 1), '99999999999'])
      expect(parseSeed(bad), bad).toBeNull();
  });

  it('every seed randomSeed draws is one parseSeed reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (n) => {
        const seed = randomSeed(new SeededRandom(n));
        expect(parseSeed(String(seed))).toBe(seed);
      }),
    );
  });
});
