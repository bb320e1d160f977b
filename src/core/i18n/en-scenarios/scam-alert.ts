/** English texts of the scenario "scam-alert" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'A real alert tells you to check your account yourself, in the app or on the site. It never asks for a code. The US FTC says: anyone who asks for your code is a scammer.',
    'Read the code message itself. It says it approves a sign-in, not that it blocks one.',
    'Who a text or a call seems to come from proves nothing. Names and numbers can be faked.',
    'A sign-in code you did not ask for means someone has your password. Change it in the Larkspur app, turn on an authenticator app, and check your orders, addresses and cards.',
    'Report the text and the call: forward the text to 7726. The places to report a scam are listed below.',
  ],
  beats: {
    'fake-alert':
      'Larkspur Security: a new iPhone in Manchester just signed in to your account. If this was not you, stay by your phone. Our team will call you in a few minutes to block it. Have the code we text you ready.',
    'real-alert':
      'Someone is trying to sign in to your Larkspur account on an iPhone in Manchester. If this is you, you do not need to do anything. If it is not you, do not use any code we sent. Open the Larkspur app, or type larkspur.example yourself, and change your password. We will never call or text you to ask for a code.',
  },
  decisions: {
    'after-call': {
      prompt: 'The caller wanted the code. What do you do now?',
      'check-app':
        'Open the Larkspur app yourself. Change your password and tell Larkspur what happened.',
      'wait-and-see': 'Do nothing for now and see what happens.',
    },
  },
  calls: {
    'security-call': [
      'Hello, is that Sam Rivera? This is Chris from the Larkspur security team, about the text we sent you.',
      'Someone in Manchester is in your account right now. We must block their iPhone before they spend your money.',
      'We have just texted you a code. Read me the six digits and I will lock them out.',
    ],
  },
  subjects: { 'real-alert': 'New sign-in attempt on your Larkspur account' },
  notes: {
    start:
      'Sam’s Larkspur password leaked from another site where Sam used the same one. The attacker has it; Sam does not know.',
    'fake-alert':
      'A text arrives. It looks like a security alert, and says a team will call. The name or number a text shows can be faked.',
    'read-alert':
      'Sam reads it. It wants Sam to keep a code ready for a caller. No real alert asks for that.',
    'spot-ask':
      'Sam marks the ask for a code. That alone settles it: only a scammer asks for a code.',
    'spot-urgency':
      'And it rushes Sam: a call in a few minutes, be ready. A rush is there to stop you thinking.',
    'spot-unexpected':
      'Sam did nothing to start this. A text out of the blue is a reason to slow down.',
    'attacker-signs-in':
      'Now the attacker signs in to Larkspur with the leaked password. Larkspur sees a new device and texts Sam a real code.',
    'code-arrives':
      'The code is real. Its message says it approves a sign-in on an iPhone in Manchester.',
    'spot-unrequested':
      'Sam did not ask for this code. Someone is signing in with Sam’s password right now.',
    'real-alert':
      'Larkspur’s real alert lands in the inbox. It asks for nothing: it says to check the account yourself.',
    'read-real-alert':
      'Sam reads the real alert. It says to open the app yourself, and that Larkspur never asks for a code.',
    ring: 'The phone rings, from the same number as the text.',
    answer:
      'The caller says they can block the iPhone, and that Sam must hurry. Fear and a rush stop people thinking.',
    'read-out': 'Sam reads the code out. The attacker types it into Larkspur within seconds.',
    relayed: 'The code works: it approved the sign-in, so the attacker is now in as Sam.',
    loot: 'They change the delivery address and order goods with Sam’s saved card. The console shows each step.',
    'spot-mismatch':
      'The caller says the code blocks the iPhone. The message says it approves a sign-in. That helps, but the ask alone was enough.',
    'spot-call-ask': 'The caller asks for the code. Only a scammer does that.',
    'spot-call-urgency': 'The caller says Sam must hurry, before money goes. More rush.',
    'spot-call-unexpected': 'Sam did not call Larkspur: the call came out of the blue.',
    'hang-up': 'Sam hangs up without reading anything out.',
    'check-app':
      'Sam opens the Larkspur app, changes the password and reports what happened. In this run that stops the sign-in in time. A real shop may not manage that, so changing the password is the step that counts.',
  },
  cues: {
    'fake-alert': {
      'unexpected-contact': { cue: 'A text you did not expect, about your account.' },
      'asks-for-code': { quote: 'Have the code we text you ready' },
      urgency: { quote: 'Our team will call you in a few minutes' },
    },
    'security-call': {
      'unexpected-contact': {
        cue: 'A call you did not expect, from someone who says they work for Larkspur.',
      },
      'asks-for-code': { quote: 'Read me the six digits' },
      urgency: { quote: 'before they spend your money' },
      'purpose-mismatch': { quote: 'I will lock them out' },
    },
    code: {
      'unrequested-code': { cue: 'A code came that you did not ask for.' },
    },
  },
} as const;

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['ftc-2024-verification-code', 'retailer-scam-help', 'owasp-asvs-5'],
  'rightMoves.1': ['take-five', 'owasp-asvs-5'],
  'rightMoves.2': ['take-five', 'which-otp-scams'],
  'rightMoves.3': ['which-otp-scams', 'ncsc-hacked-account'],
  'rightMoves.4': ['spam-7726', 'report-fraud', 'police-scotland-101', 'ftc-reportfraud'],
  'beats.real-alert': ['owasp-asvs-5', 'retailer-scam-help', 'take-five'],
  'notes.fake-alert': ['take-five', 'which-otp-scams'],
  'notes.spot-ask': ['ftc-2024-verification-code'],
  'notes.spot-mismatch': ['ftc-2024-verification-code', 'take-five'],
} as const;
