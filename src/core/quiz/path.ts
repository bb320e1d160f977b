/**
 * Where "Real or scam?" lives in the address: `#/real-or-scam`, with an
 * optional `?seed=<n>`. On its own, with no imports, so the first screen
 * can route to the quiz without loading its parser (link.ts).
 */
export const QUIZ_PATH = '#/real-or-scam';

/** Whether a hash is meant for the quiz (it may still be refused by `parseQuizLink`). */
export function isQuizHash(hash: string): boolean {
  return hash === QUIZ_PATH || hash.startsWith(`${QUIZ_PATH}?`);
}
