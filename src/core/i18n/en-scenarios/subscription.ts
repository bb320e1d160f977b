/** English texts of the scenario "subscription" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Check what a code approves, and how much it costs, before you type it.',
    'A code for a subscription you did not start means someone may be in your account: change your password on the site or app.',
    'Review your subscriptions on your account page now and then.',
  ],
  beats: {},
  decisions: {},
  calls: {},
  subjects: {},
} as const;

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['owasp-asvs-5', 'take-five'],
  'rightMoves.1': ['ncsc-hacked-account'],
  'rightMoves.2': ['ncsc-hacked-account'],
} as const;
