/**
 * Where codes come from: a seeded generator for tests and replays, and Web
 * Crypto with rejection sampling for the app. Both must give every value in
 * [0, bound) the same chance, and codes must keep their leading zeros.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import {
  CryptoRandom,
  MAX_SEED,
  parseSeed,
  randomCode,
  randomSeed,
  SeededRandom,
  type RandomSource,
} from '../../src/core';

const TWO_32 = 2 ** 32;
const TWO_53 = 2 ** 53;

const draw = (source: RandomSource, bound: number, n: number) =>
  Array.from({ length: n }, () => source.below(bound));

/** Pearson's chi-square statistic of observed counts against equal expected counts. */
function chiSquare(counts: readonly number[]): number {
  const total = counts.reduce((a, b) => a + b, 0);
  const expected = total / counts.length;
  return counts.reduce((sum, o) => sum + (o - expected) ** 2 / expected, 0);
}

/** Chi-square critical value for 9 degrees of freedom at p = 0.001. */
const CHI2_DF9_P001 = 27.88;

/** Per position, how often each digit appears in `codes`. */
function digitCounts(codes: readonly string[], digits: number): number[][] {
  const counts = Array.from({ length: digits }, () => new Array<number>(10).fill(0));
  for (const code of codes) {
    for (let i = 0; i < digits; i++) counts[i]![code.charCodeAt(i) - 48]!++;
  }
  return counts;
}

describe('SeededRandom', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    const a = draw(new SeededRandom(42), 1_000_000, 1_000);
    const b = draw(new SeededRandom(42), 1_000_000, 1_000);
    const c = draw(new SeededRandom(43), 1_000_000, 1_000);
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
    // Not a constant or a short cycle either.
    expect(new Set(a).size).toBeGreaterThan(990);
  });

  it('can be saved with state() and restored to continue identically', () => {
    const original = new SeededRandom(2024);
    draw(original, 1_000, 50);
    const saved = original.state();
    const snapshot = [...saved];
    const continued = draw(original, 1_000_000, 200);
    // The saved state is a snapshot: drawing on did not change it.
    expect([...saved]).toEqual(snapshot);
    expect(draw(new SeededRandom(0, saved), 1_000_000, 200)).toEqual(continued);
    // The seed is ignored when a state is given, and a state can be restored twice.
    expect(draw(new SeededRandom(999, saved), 1_000_000, 200)).toEqual(continued);
  });

  it.each([1, 2, 10, 10 ** 6, 10 ** 10, 2 ** 40 + 3, TWO_53 - 1])(
    'below(%d) stays in [0, bound) and reaches across it',
    (bound) => {
      const values = draw(new SeededRandom(bound % 1000), bound, 2_000);
      for (const v of values) {
        expect(Number.isInteger(v)).toBe(true);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThan(bound);
      }
      if (bound === 1) expect(new Set(values)).toEqual(new Set([0]));
      if (bound === 2) expect(new Set(values)).toEqual(new Set([0, 1]));
      // Large bounds are not cut down to 32 bits: the top half of the range is reached.
      if (bound > TWO_32) expect(Math.max(...values)).toBeGreaterThan(bound / 2);
    },
  );

  it('below(2^53) works, as the RandomSource contract allows', () => {
    const values = draw(new SeededRandom(5), TWO_53, 100);
    for (const v of values) expect(v).toBeLessThan(TWO_53);
  });

  it.each([0, -1, 1.5, NaN, Infinity, -Infinity, TWO_53 + 2, '10' as unknown as number])(
    'refuses the bound %s with a RangeError',
    (bound) => {
      expect(() => new SeededRandom(1).below(bound)).toThrow(RangeError);
    },
  );
});

describe('randomCode', () => {
  /** A source that always answers `value`, and records the bounds it was asked for. */
  const fixed = (value: (bound: number) => number) => {
    const bounds: number[] = [];
    const source: RandomSource = {
      below: (bound) => {
        bounds.push(bound);
        return value(bound);
      },
    };
    return { source, bounds };
  };

  it('pads with zeros to exactly `digits` digits', () => {
    const { source, bounds } = fixed(() => 7);
    expect(randomCode(source, 6)).toBe('000007');
    expect(randomCode(source, 1)).toBe('7');
    expect(randomCode(source, 10)).toBe('0000000007');
    // Every code of that length is possible: one draw below 10^digits.
    expect(bounds).toEqual([10 ** 6, 10, 10 ** 10]);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])('gives exactly %d digits', (digits) => {
    expect(randomCode(fixed(() => 0).source, digits)).toBe('0'.repeat(digits));
    expect(randomCode(fixed((b) => b - 1).source, digits)).toBe('9'.repeat(digits));
    const random = new SeededRandom(digits);
    for (let i = 0; i < 500; i++) {
      expect(randomCode(random, digits)).toMatch(new RegExp(`^[0-9]{${digits}}$`));
    }
  });

  it('produces evenly spread 6-digit codes: each position passes a chi-square test', () => {
    const random = new SeededRandom(20260302);
    const codes = Array.from({ length: 100_000 }, () => randomCode(random, 6));
    const counts = digitCounts(codes, 6);
    for (const position of counts) {
      expect(position.reduce((a, b) => a + b, 0)).toBe(100_000);
      expect(chiSquare(position)).toBeLessThan(CHI2_DF9_P001);
    }
    // Codes with leading zeros occur about as often as any others (1 in 10).
    const leadingZero = codes.filter((c) => c.startsWith('0')).length;
    expect(leadingZero).toBeGreaterThan(9_000);
    expect(leadingZero).toBeLessThan(11_000);
  });

  it('the chi-square check does catch a biased source (modulo bias)', () => {
    // 2^20 mod 10^6: the codes below 48,576 come up twice as often.
    const seeded = new SeededRandom(1);
    const biased: RandomSource = { below: (bound) => seeded.below(2 ** 20) % bound };
    const codes = Array.from({ length: 100_000 }, () => randomCode(biased, 6));
    const worst = Math.max(...digitCounts(codes, 6).map(chiSquare));
    expect(worst).toBeGreaterThan(CHI2_DF9_P001);
  });
});

describe('CryptoRandom', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** Replaces crypto.getRandomValues with one that yields `words`, one per call. */
  function stubWords(words: number[]) {
    const queue = [...words];
    const fake = (array: Uint32Array): Uint32Array => {
      const next = queue.shift();
      if (next === undefined) throw new Error('the stub ran out of words');
      array[0] = next;
      return array;
    };
    return vi
      .spyOn(globalThis.crypto, 'getRandomValues')
      .mockImplementation(fake as unknown as typeof globalThis.crypto.getRandomValues);
  }

  it('works on Node’s globalThis.crypto', () => {
    const random = new CryptoRandom();
    const values = draw(random, 10, 10_000);
    expect(values.every((v) => Number.isInteger(v) && v >= 0 && v < 10)).toBe(true);
    expect(new Set(values).size).toBe(10);
    const big = draw(random, 10 ** 10, 1_000);
    expect(big.every((v) => Number.isInteger(v) && v >= 0 && v < 10 ** 10)).toBe(true);
    expect(Math.max(...big)).toBeGreaterThan(TWO_32);
    expect(randomCode(random, 6)).toMatch(/^[0-9]{6}$/);
  });

  it('refuses bad bounds with a RangeError', () => {
    for (const bound of [0, -1, 1.5, NaN, TWO_53 + 2]) {
      expect(() => new CryptoRandom().below(bound)).toThrow(RangeError);
    }
  });

  it('redraws a value above the largest multiple of the bound (no modulo bias)', () => {
    // 2^32 = 429,496,729 × 10 + 6: the 6 values from 4,294,967,290 up are redrawn.
    const spy = stubWords([0xffff_ffff, 7]);
    try {
      expect(new CryptoRandom().below(10)).toBe(7);
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
    expect(globalThis.crypto.getRandomValues).not.toBe(spy);
    expect(new CryptoRandom().below(10)).toBeLessThan(10);
  });

  it('keeps the largest value below that multiple', () => {
    const spy = stubWords([4_294_967_289]);
    expect(new CryptoRandom().below(10)).toBe(9);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('redraws as often as needed', () => {
    const spy = stubWords([0xffff_fffa, 0xffff_fffb, 0xffff_ffff, 3]);
    expect(new CryptoRandom().below(10)).toBe(3);
    expect(spy).toHaveBeenCalledTimes(4);
  });

  it('uses a 32-bit word as it is when the bound is 2^32', () => {
    const spy = stubWords([0xffff_ffff]);
    expect(new CryptoRandom().below(TWO_32)).toBe(0xffff_ffff);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('draws two 32-bit words per attempt for a bound of 2^40', () => {
    const spy = stubWords([1, 5]);
    // The first word supplies the high bits, the second the low 32.
    expect(new CryptoRandom().below(2 ** 40)).toBe(TWO_32 + 5);
    expect(spy).toHaveBeenCalledTimes(2);
  });

  it('redraws both words when a wide value lands in the biased tail', () => {
    // 10^15 does not divide 2^53: the top value 2^53 - 1 must be redrawn.
    const spy = stubWords([0x1f_ffff, 0xffff_ffff, 0, 42]);
    expect(new CryptoRandom().below(10 ** 15)).toBe(42);
    expect(spy).toHaveBeenCalledTimes(4);
  });

  it('below(2^53) works, as the RandomSource contract allows', () => {
    expect(new CryptoRandom().below(TWO_53)).toBeLessThan(TWO_53);
  });
});

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
