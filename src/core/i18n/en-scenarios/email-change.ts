/** English texts of the scenario "email-change" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Your email address is the way back into your account: a password reset goes there. So whoever uses this code can take the whole account.',
    'Read the code message first. It names the new address. Use the code only if that is the address you typed.',
    'Never read out or forward this code. Larkspur will never call, text or email to ask for it.',
    'Larkspur tells your old address about the change. If that email comes and you did not ask for a change, go to Larkspur’s site or app yourself and change your password.',
  ],
  beats: {
    notice:
      'Your Larkspur account asked to change its email address to sam.rivera@fernmail.example. We sent this to your old address so that you know. If this was not you, do not use any code we sent. Open the Larkspur app, or type larkspur.example yourself, and change your password now.',
  },
  decisions: {},
  calls: {},
  subjects: { notice: 'Your Larkspur email address is about to change' },
} as const;

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['seed-articles', 'ncsc-hacked-account'],
  'rightMoves.1': ['owasp-asvs-5', 'take-five'],
  'rightMoves.2': ['ftc-2024-verification-code', 'retailer-scam-help'],
  'rightMoves.3': ['owasp-asvs-5', 'ncsc-hacked-account'],
  'beats.notice': ['owasp-asvs-5', 'take-five'],
} as const;
