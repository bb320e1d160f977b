import { xoroshiro128plus, xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { MAX_SEED } from './seed';

export { MAX_SEED, parseSeed } from './seed';

/**
 * Where codes come from. The app uses Web Crypto; tests and replays use a
 * seeded generator so the same seed gives the same codes.
 */
export interface RandomSource {
  /** A uniformly distributed integer in [0, bound), bound ≤ 2^53. */
  below(bound: number): number;
}

const TWO_32 = 0x1_0000_0000;

/** Web Crypto randomness with rejection sampling, so there is no modulo bias. */
export class CryptoRandom implements RandomSource {
  private buf = new Uint32Array(2);

  below(bound: number): number {
    checkBound(bound);
    if (bound <= TWO_32) {
      // Largest multiple of `bound` that fits in 32 bits: values above it are redrawn.
      const limit = TWO_32 - (TWO_32 % bound);
      for (;;) {
        const x = this.draw32();
        if (x < limit) return x % bound;
      }
    }
    const TWO_53 = 2 ** 53;
    const limit = TWO_53 - (TWO_53 % bound);
    for (;;) {
      const x = (this.draw32() & 0x1f_ffff) * TWO_32 + this.draw32();
      if (x < limit) return x % bound;
    }
  }

  private draw32(): number {
    globalThis.crypto.getRandomValues(this.buf);
    return this.buf[0] ?? 0;
  }
}

/** A seeded xoroshiro128+ (pure-rand); its state can be saved and restored. */
export class SeededRandom implements RandomSource {
  private rng;

  constructor(seed: number, state?: readonly number[]) {
    this.rng = state ? xoroshiro128plusFromState(state) : xoroshiro128plus(seed | 0);
  }

  below(bound: number): number {
    checkBound(bound);
    return uniformInt(this.rng, 0, bound - 1);
  }

  state(): readonly number[] {
    return this.rng.getState();
  }
}

function checkBound(bound: number): void {
  if (!Number.isInteger(bound) || bound < 1 || bound > 2 ** 53) {
    throw new RangeError(`A random bound must be a positive safe integer, not ${bound}.`);
  }
}

/** A code of `digits` decimal digits, every value equally likely. */
export function randomCode(random: RandomSource, digits: number): string {
  return String(random.below(10 ** digits)).padStart(digits, '0');
}

/** A fresh seed for a new run (recorded in traces so the run can be replayed). */
export function randomSeed(random: RandomSource): number {
  return random.below(MAX_SEED) + 1;
}
