/** English texts of the scenario "authenticator" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'An app code never travels by text, so a swapped SIM cannot steal it.',
    'Keep your phone’s clock set automatically: codes follow the time.',
    'The secret is as good as a password: never photograph it or share the QR code.',
  ],
  beats: {},
  decisions: {},
  calls: {},
  subjects: {},
} as const;

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['nist-800-63b-4'],
  'rightMoves.1': ['rfc-6238'],
  'rightMoves.2': ['rfc-4226', 'rfc-6238'],
} as const;
