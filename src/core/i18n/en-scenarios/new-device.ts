/** English texts of the scenario "new-device" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Only type a code into the page you opened yourself, for the action you started.',
    'If a code does not arrive, ask for a new one: each new code cancels the old ones.',
    'Only remember devices that are yours and that nobody else uses.',
  ],
  beats: {},
  decisions: {},
  calls: {},
  subjects: {},
} as const;

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['retailer-scam-help', 'ftc-2024-verification-code'],
  'rightMoves.1': ['owasp-mfa-cheat-sheet', 'seed-articles'],
  'rightMoves.2': ['seed-articles'],
} as const;
