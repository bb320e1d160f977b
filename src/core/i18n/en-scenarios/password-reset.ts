/** English texts of the scenario "password-reset" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Look in Spam before asking for another code.',
    'An address close to the real one, like larkspur-security.example, is a warning sign. But the right address proves nothing on its own, since senders can be faked. This code is safe to use because you asked for the reset yourself.',
    'If a reset code comes that you did not ask for, do not use it. Asking for a reset needs only your email address, so someone typed it in. That does not tell them your password.',
  ],
  beats: {},
  decisions: {},
  calls: {},
  subjects: {},
} as const;

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['seed-articles'],
  'rightMoves.1': ['take-five', 'retailer-scam-help'],
  'rightMoves.2': ['seed-articles', 'nist-800-63b-4'],
} as const;
