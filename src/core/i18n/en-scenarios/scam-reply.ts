/** English texts of the scenario "scam-reply" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Anyone who asks for your verification code is a scammer (US FTC). Never reply with a code, whatever the text threatens.',
    'Do not use the number or link in the text: contact Larkspur through its own site or app, or the number on your card or statement.',
    'A code you did not ask for means someone has your password: change it, turn on an authenticator app, and review your orders, addresses and cards.',
    'Report the text: to Larkspur’s reporting page, and by forwarding it to your network’s spam-text number.',
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
      'A text arrives from an ordinary mobile number, not Larkspur’s short code. It sounds official and sets a 30-minute deadline.',
    'read-alert':
      'Sam reads it. It asks for a reply with the code: no real company asks for that, by text or any other way.',
    'attacker-signs-in':
      'The attacker now signs in to Larkspur with the leaked password. Larkspur sees a new device and texts Sam a genuine code.',
    'code-arrives':
      'The code is real and comes from Larkspur’s real short code, which makes the alert look true. The message says it approves a sign-in on a Windows laptop in Bristol.',
    reply: 'Sam replies to the alert with the six digits, as it asked.',
    relayed:
      'The attacker types the code into Larkspur within seconds. It works: they are signed in as Sam.',
    loot: 'They add their own card, remove Sam’s, and place an order. The console shows each step.',
    'spot-sender':
      'Sam notices the sender: a mobile number, not 60123, the short code Larkspur always texts from.',
    'spot-ask':
      'And the text asks for a code. That alone settles it: only a scammer asks for a code.',
    'spot-unrequested':
      'Then a real code arrives that Sam never asked for. Someone is signing in with Sam’s password right now.',
    report:
      'Sam does not reply, reports the text and tells Larkspur through its app. Larkspur cancels the pending sign-in; the attacker gets nothing. Next: change the password.',
  },
} as const;
