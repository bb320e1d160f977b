/** English texts of the scenario "checkout" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Check the amount and the order number in the message before typing the code.',
    'A code for a payment you did not make means stop: do not use it, contact Larkspur.',
    'Never read a payment code to anyone, even someone claiming to be from Larkspur.',
  ],
  beats: {},
  decisions: {},
  calls: {},
  subjects: {},
} as const;
