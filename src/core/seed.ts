/**
 * The one seed rule, apart from the generator (random.ts re-exports it), so
 * the share-link parser on the first screen does not load pure-rand.
 */

/** Seeds run from 1 to MAX_SEED (2^31 - 1), the range randomSeed draws from. */
export const MAX_SEED = 0x7fff_ffff;

/** A seed as a person types it: a whole number from 1 to MAX_SEED, else null. */
export function parseSeed(text: string): number | null {
  if (!/^\s*\d{1,10}\s*$/.test(text)) return null;
  const seed = Number(text);
  return seed >= 1 && seed <= MAX_SEED ? seed : null;
}
