/**
 * English texts of the scenarios: card, objectives, what happens, the
 * choices, and the debrief's right moves. Keys match the scenario data.
 */
export const enScenarios = {
  'new-device': {
    title: 'Sign in on a new laptop',
    summary:
      'You sign in to Larkspur from a laptop it has never seen, so it sends a code to your phone. The first text never arrives.',
    objectives: [
      'Sign in with your password, then the code from your phone.',
      'When no text arrives, get a new code (or ask for it by email instead).',
      'Tick "remember this device" and see the next sign-in skip the code.',
    ],
    rightMoves: [
      'Only type a code into the page you opened yourself, for the action you started.',
      'If a code does not arrive, ask for a new one: each new code cancels the old ones.',
      'Only remember devices that are yours and that nobody else uses.',
    ],
    beats: {},
    decisions: {},
  },
  'password-reset': {
    title: 'Reset a forgotten password',
    summary:
      'You asked Larkspur to reset your password. It emails you a code, but the email lands in your Spam folder.',
    objectives: [
      'Find the code email (look in Spam when the inbox is empty).',
      'Check the sender address before you trust the message.',
      'Type the code before it expires, or get a new one.',
    ],
    rightMoves: [
      'Look in Spam before asking for another code.',
      'Check the full sender address: security@larkspur.example, nothing close to it.',
      'If you did not ask for a reset, do not use the code: change your password instead.',
    ],
    beats: {},
    decisions: {},
  },
  'unrequested-code': {
    title: 'A code you did not ask for',
    summary:
      'You are not signing in to anything, yet a Larkspur sign-in code arrives on your phone. Then a stranger texts asking for it.',
    objectives: [
      'Read the code message: what does it say it approves?',
      'Decide what to do about the stranger who asks for it.',
      'Take the step that protects your account.',
    ],
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
  },
} as const;
