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

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['retailer-scam-help', 'ftc-gift-cards'],
  'rightMoves.1': ['retailer-scam-help'],
  'rightMoves.2': ['take-five'],
} as const;
