/** English texts of the scenario "unrequested-code" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Never share a code, whoever asks: Larkspur never asks for one.',
    'Codes do sometimes reach the wrong phone when someone mistypes a number. Even then, the code is never yours to forward: the other person can ask for a new one.',
    'A sign-in code you did not ask for means someone knows your password: change it now, on the site or app.',
    'Check your account: orders, addresses, payment cards and signed-in devices.',
  ],
  beats: {
    'caller-text':
      'Hi, sorry! I typed my number wrong and my code went to you. Could you send me the 6 digits? Thanks so much.',
  },
  decisions: {
    reply: {
      prompt: 'A stranger asks you to forward the code. What do you do?',
      'send-code': 'Send them the code: it seems harmless.',
      ignore: 'Do not reply, and never send the code.',
    },
    'next-step': {
      prompt: 'What do you do about your account?',
      'change-password': 'Change your Larkspur password and review recent activity.',
      'do-nothing': 'Nothing: the code will expire on its own.',
    },
  },
  calls: {},
  subjects: {},
} as const;

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['ftc-2024-verification-code', 'retailer-scam-help'],
  'rightMoves.1': ['actionfraud-friend-code', 'ftc-2024-verification-code'],
  'rightMoves.2': ['which-otp-scams', 'ncsc-hacked-account'],
  'rightMoves.3': ['ncsc-hacked-account'],
} as const;
