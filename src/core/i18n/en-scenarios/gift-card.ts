/** English texts of the scenario "gift-card" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'A gift card is money: only redeem cards you bought or were given in person.',
    'Nobody legitimate asks to be paid in gift cards: it is always a scam.',
    'Never read a gift card number or a code to a caller.',
  ],
  beats: {},
  decisions: {},
  calls: {},
  subjects: {},
} as const;

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['ftc-gift-cards'],
  'rightMoves.1': ['ftc-gift-cards', 'retailer-scam-help'],
  'rightMoves.2': ['ftc-gift-cards', 'ftc-2024-verification-code'],
} as const;
