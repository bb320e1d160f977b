/** English texts of the scenario "subscription" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Check what a code approves, and how much it costs, before you type it.',
    'A code for a subscription you did not start means someone is in your account.',
    'Review your subscriptions on your account page now and then.',
  ],
  beats: {},
  decisions: {},
  calls: {},
  subjects: {},
} as const;
