/** English texts of the scenario "refund" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'A real refund goes back to your card: nobody needs you to send money back.',
    '"We refunded too much, send the difference" is a known scam: hang up.',
    'Check refunds on your account page, not through links in messages.',
  ],
  beats: {},
  decisions: {},
  calls: {},
  subjects: {},
} as const;
