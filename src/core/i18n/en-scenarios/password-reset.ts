/** English texts of the scenario "password-reset" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Look in Spam before asking for another code.',
    'Check the full sender address: security@larkspur.example, nothing close to it.',
    'If you did not ask for a reset, do not use the code: change your password instead.',
  ],
  beats: {},
  decisions: {},
  calls: {},
  subjects: {},
} as const;
