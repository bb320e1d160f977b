/** English texts of the scenario "scam-reply" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Anyone who asks for your verification code is a scammer. Never reply with a code, whatever the text threatens.',
    'Who a text seems to come from proves nothing. A scam text can show a shop’s real name, and can even land in the same thread as its real texts. Judge a text by what it asks you to do.',
    'Do not use the number or link in the text. Contact Larkspur yourself, through its own site or app.',
    'A sign-in code you did not ask for means someone has your password. Change it, turn on an authenticator app, and check your orders, addresses and cards.',
    'Report the text: forward it to 7726, and tell Larkspur through its site or app. The places to report a scam are listed below.',
  ],
  beats: {
    'alert-text':
      'LARKSPUR SECURITY: a sign-in to your account from an unknown device was stopped. To keep your account open, reply to this message with the 6-digit code we send you next. Accounts not verified within 30 minutes will be closed.',
  },
  decisions: {
    'after-text': {
      prompt: 'The text wants the code. What do you do?',
      report:
        'Do not reply. Report the text, and tell Larkspur through its app that you did not ask for a code.',
      'call-official': 'Call Larkspur on the number on its site and tell them what happened.',
      'wait-and-see': 'Do not reply, and do nothing else for now.',
    },
  },
  calls: {},
  subjects: {},
  notes: {
    start:
      'Sam’s Larkspur password is in a list of passwords leaked from another site. The attacker has it; Sam does not know.',
    alert:
      'A text arrives. It sounds official and sets a 30-minute deadline. This one comes from a mobile number, but it could just as well have shown “Larkspur”: the name a text shows can be faked.',
    'read-alert':
      'Sam reads it. It asks for a reply with the code: no real company asks for that, by text or any other way.',
    'attacker-signs-in':
      'The attacker now signs in to Larkspur with the leaked password. Larkspur sees a new device and texts Sam a genuine code.',
    'code-arrives':
      'The code is real and comes from Larkspur’s real number, which makes the alert look true. The message says it approves a sign-in on a Windows laptop in Bristol.',
    reply: 'Sam replies to the alert with the six digits, as it asked.',
    relayed:
      'The attacker types the code into Larkspur within seconds. It works: they are signed in as Sam.',
    loot: 'They add their own card, remove Sam’s, and place an order. The console shows each step.',
    'spot-urgency':
      'Sam notices the threat: reply within 30 minutes or lose the account. Pressure like that is there to stop you thinking.',
    'spot-ask':
      'And the text asks for a code. That alone settles it, whoever the sender seems to be: only a scammer asks for a code.',
    'spot-unrequested':
      'Then a real code arrives that Sam never asked for. Someone is signing in with Sam’s password right now.',
    report:
      'Sam does not reply, reports the text and tells Larkspur through its app. In this run Larkspur stops the sign-in in time. A real shop may not manage that, so Sam’s next step is to change the password.',
  },
  cues: {
    'alert-text': {
      'unexpected-contact': { cue: 'A text you did not expect, about your account.' },
      'asks-for-code': { quote: 'reply to this message with the 6-digit code' },
      urgency: { quote: 'Accounts not verified within 30 minutes will be closed' },
    },
    code: {
      'unrequested-code': { cue: 'A code came that you did not ask for.' },
    },
  },
} as const;

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['ftc-2024-verification-code'],
  'rightMoves.1': ['take-five', 'which-otp-scams'],
  'rightMoves.2': ['ftc-2024-verification-code', 'take-five'],
  'rightMoves.3': ['ncsc-hacked-account', 'nist-800-63b-4'],
  'rightMoves.4': ['spam-7726', 'retailer-scam-help'],
  'notes.alert': ['take-five', 'which-otp-scams'],
  'notes.read-alert': ['ftc-2024-verification-code', 'retailer-scam-help'],
  'notes.spot-ask': ['ftc-2024-verification-code'],
} as const;
