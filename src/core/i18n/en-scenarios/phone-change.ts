/** English texts of the scenario "phone-change" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'A new number is a new key to your account, so the old number approves it.',
    'Read the notice: if you did not make the change, go to Larkspur’s site or app yourself at once.',
    'Keep your old number until the change is done.',
  ],
  beats: {
    notice:
      'Your Larkspur account asked to change its phone number to +44 7700 900456. If this was not you, go to [larkspur.example/security](https://larkspur.example/security) yourself and secure your account now.',
  },
  decisions: {},
  calls: {},
  subjects: { notice: 'Your Larkspur phone number is about to change' },
} as const;

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['nist-800-63b-4'],
  'rightMoves.1': ['owasp-asvs-5', 'nist-800-63b-4'],
  'rightMoves.2': ['nist-800-63b-4'],
  'beats.notice': ['owasp-asvs-5', 'nist-800-63b-4'],
} as const;
