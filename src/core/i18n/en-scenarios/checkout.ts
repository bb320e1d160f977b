/** English texts of the scenario "checkout" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Check the amount and the order number in the message before typing the code.',
    'A code for a payment you did not make means stop: do not use it. Go to Larkspur’s site or app yourself, change your password, and call your bank on the number on your card if money has gone.',
    'Never read a payment code to anyone, even someone claiming to be from Larkspur.',
  ],
  beats: {},
  decisions: {},
  calls: {},
  subjects: {},
} as const;

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['owasp-asvs-5', 'take-five'],
  'rightMoves.1': ['ftc-2024-verification-code', 'ncsc-hacked-account'],
  'rightMoves.2': ['ftc-2024-verification-code', 'retailer-scam-help'],
} as const;
