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
