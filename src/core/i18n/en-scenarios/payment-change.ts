/** English texts of the scenario "payment-change" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Check that the last four digits in the message match the card in your hand.',
    'A code for a card you did not add means someone may be signed in to your account. Do not use it. Go to Larkspur’s site or app yourself and change your password.',
    'Never read a card code to anyone, even someone who says they are from Larkspur.',
    'If you think your card details were stolen, call your bank on the number on your card.',
  ],
  beats: {
    notice:
      'Your Larkspur account asked to add a card ending 1881. If this was you, you do not need to do anything. If not, do not use any code we sent. Open the Larkspur app, or type larkspur.example yourself, and change your password.',
  },
  decisions: {},
  calls: {},
  subjects: { notice: 'A new card for your Larkspur account' },
} as const;

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['owasp-asvs-5', 'take-five'],
  'rightMoves.1': ['owasp-asvs-5', 'ncsc-hacked-account'],
  'rightMoves.2': ['ftc-2024-verification-code', 'retailer-scam-help'],
  'rightMoves.3': ['ncsc-hacked-account'],
  'beats.notice': ['owasp-asvs-5', 'take-five'],
} as const;
