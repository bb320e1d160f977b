/** English texts of the scenario "unrequested-code" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Never share a code, whoever asks: Larkspur never asks for one.',
    'A code you did not request means someone knows your password: change it now.',
    'Review your account: orders, addresses, payment cards and signed-in devices.',
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
