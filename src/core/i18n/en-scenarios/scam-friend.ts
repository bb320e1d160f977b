/** English texts of the scenario "scam-friend" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Codes do reach the wrong phone by mistake, when someone mistypes a number. Even a real mistake is never yours to forward: the other person can ask for a new code. Never forward a code, even to a friend.',
    'Read the code message first. This one opens your own Larkspur account, not anyone else’s.',
    'A message from a friend’s account may not be from your friend. Call them on the number you already have before you do anything.',
    'A sign-in code you did not ask for means someone has your password. Change it, and sign out of every other device from your account settings.',
    'Report it (the places are listed below), and warn your friend: their account has been taken over.',
  ],
  beats: {
    'friend-text':
      'Hi! So sorry, I was setting up my Larkspur account and typed your number instead of mine, so my code went to you. Can you send me the 6 digits? I need them in the next few minutes or I get locked out. Thank you!!',
  },
  decisions: {
    'check-friend': {
      prompt: 'Alex wants the code. How do you check this is really Alex?',
      'call-friend': 'Call Alex on the number already in your phone, and ask.',
      'trust-name': 'No need: the message comes from Alex’s account, so it is Alex.',
    },
    'next-step': {
      prompt: 'What do you do about your own account?',
      'change-password': 'Change your Larkspur password now, on its site or app.',
      'do-nothing': 'Nothing: the code will expire on its own.',
    },
  },
  calls: {},
  subjects: {},
  notes: {
    start:
      'Two accounts are in play. Alex’s messaging account was taken over last week; the attacker also has Sam’s Larkspur password from a breach.',
    'attacker-signs-in':
      'The attacker signs in to Larkspur as Sam. Larkspur sees a new device and texts Sam a genuine code.',
    'code-arrives':
      'The code lands on Sam’s phone. It says it approves a sign-in on an iPhone in Glasgow: Sam’s account, not anyone else’s.',
    'friend-text':
      'Then a message from Alex, sent by the attacker from Alex’s hijacked account: a friendly tone, an apology, and a hurry.',
    'read-text':
      'Sam reads it. It seems harmless: a friend, a mix-up, six digits. That is exactly why this trick works.',
    forward: 'Sam forwards the code to “Alex”.',
    relayed: 'The attacker types it into Larkspur: they are inside Sam’s account.',
    loot: 'First they send Sam’s contacts the same message, so the trick spreads; then they order goods with Sam’s saved card.',
    'spot-ask':
      'Sam notices the request itself. Codes do sometimes go to the wrong number, but even then they are never yours to pass on: the sender can simply ask for a new one.',
    'read-code':
      'Sam reads the code message again. It names a sign-in to Sam’s own Larkspur account and says never to share it.',
    'spot-unrequested':
      'Sam did not ask for this code, so someone is signing in with Sam’s password.',
    'call-friend':
      'Sam calls Alex on the number already in the phone. Alex never sent anything: their account was hacked.',
    'change-password':
      'Sam changes the Larkspur password. In this run that stops the sign-in the attacker started, and they get nothing. Sam reports it and warns Alex’s other friends.',
  },
  cues: {
    'friend-text': {
      'unexpected-contact': { cue: 'A message you did not expect, about a code.' },
      'asks-for-code': { quote: 'Can you send me the 6 digits?' },
      urgency: { quote: 'I need them in the next few minutes' },
    },
    code: {
      'unrequested-code': { cue: 'A code came that you did not ask for.' },
    },
  },
} as const;

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['actionfraud-friend-code', 'report-fraud', 'ftc-2024-verification-code'],
  'rightMoves.1': ['actionfraud-friend-code', 'owasp-asvs-5'],
  'rightMoves.2': ['actionfraud-friend-code'],
  'rightMoves.3': ['ncsc-hacked-account'],
  'rightMoves.4': ['report-fraud', 'ncsc-hacked-account'],
  'notes.spot-ask': ['actionfraud-friend-code', 'ftc-2024-verification-code'],
  'notes.loot': ['actionfraud-friend-code'],
} as const;
