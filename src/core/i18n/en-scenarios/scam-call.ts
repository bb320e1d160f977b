/** English texts of the scenario "scam-call" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Never read out a code: Larkspur will never call to ask for one, whatever the caller ID says.',
    'Caller ID can be faked. Hang up, then contact Larkspur yourself, through its own site or app.',
    'A sign-in code you did not ask for means someone has your password. Change it on Larkspur’s site or app, and check your orders and addresses.',
    'Keeping the code to yourself is not the end of it. Until you change the password, the caller can try again.',
    'Report the call. The places to report a scam are listed below.',
  ],
  beats: {},
  decisions: {
    'after-call': {
      prompt: 'The caller wanted the code. What do you do now?',
      'call-official': 'Call Larkspur on the number from its site, and tell them what happened.',
      'wait-and-see': 'Do nothing for now and see what happens.',
    },
  },
  calls: {
    'agent-call': [
      'Hello, is that Sam Rivera? This is Daniel from the Larkspur fraud team.',
      'We have just seen an order for an £899 phone on your account, going to an address in Leeds. Was that you?',
      'No? Then we need to cancel it right now, before it ships in the next ten minutes.',
      'I am sending you a cancellation code. As soon as it arrives, read me the six digits so I can stop the order.',
    ],
  },
  subjects: {},
  notes: {
    start:
      'Sam’s password leaked in a breach at another site and was reused here. The attacker has it; Sam does not know.',
    ring: 'The phone rings. The caller ID shows Larkspur’s real number, because caller ID is easy to fake.',
    answer:
      'The caller knows Sam’s name and invents an expensive order: fear and a deadline, so Sam acts before thinking.',
    'attacker-signs-in':
      'Now the attacker signs in to Larkspur with the leaked password. Larkspur sees a new device and texts Sam a real code.',
    'code-arrives':
      'The code is genuine and comes from Larkspur’s real short code. Read it: it approves a sign-in, not a cancellation.',
    'read-out': 'Sam reads the code out. The attacker types it into Larkspur within seconds.',
    relayed: 'The code works: the attacker is now signed in as Sam, and no alarm goes off.',
    loot: 'They change the delivery address and order goods with Sam’s saved card. The console shows it all.',
    'spot-mismatch':
      'Sam notices the message says “approve a sign-in”, while the caller said “cancel an order”. That helps, but the ask alone was enough: only a scammer asks for a code.',
    'hang-up': 'Sam hangs up without reading anything out.',
    'call-official':
      'Sam calls the number on Larkspur’s site and explains. In this run Larkspur stops the sign-in in time. A real shop may not manage that, so Sam’s next step is to change the password.',
  },
  cues: {
    'agent-call': {
      'unexpected-contact': {
        cue: 'A call you did not expect, from someone who says they work for Larkspur.',
      },
      'asks-for-code': { quote: 'read me the six digits' },
      urgency: { quote: 'before it ships in the next ten minutes' },
      'purpose-mismatch': { quote: 'I am sending you a cancellation code' },
    },
    code: {
      'unrequested-code': { cue: 'A code came that you did not ask for.' },
    },
  },
} as const;

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['which-otp-scams', 'retailer-scam-help'],
  'rightMoves.1': ['which-otp-scams', 'ftc-2024-verification-code'],
  'rightMoves.2': ['which-otp-scams', 'ncsc-hacked-account'],
  'rightMoves.3': ['ncsc-hacked-account'],
  'rightMoves.4': ['report-fraud', 'police-scotland-101', 'ftc-reportfraud'],
  'notes.ring': ['which-otp-scams'],
  'notes.code-arrives': ['which-otp-scams', 'owasp-asvs-5'],
  'notes.spot-mismatch': ['ftc-2024-verification-code', 'take-five'],
} as const;
