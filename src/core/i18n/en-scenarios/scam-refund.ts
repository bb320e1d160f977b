/** English texts of the scenario "scam-refund" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Anyone who demands payment by gift card is a scammer. A real refund never needs money sent back.',
    'Never let a caller see or control your screen: they can watch your codes arrive and your money move.',
    'Never read out a code: Larkspur will never call to ask for one. Hang up and call the number on Larkspur’s site yourself.',
    'If you shared card details or let someone onto your computer: call your bank on the number on your card, and have the computer checked.',
    'If a code or your password went to the caller, change the password on Larkspur’s site or app. Then sign out of every other device, and check your orders and gift-card balance.',
  ],
  beats: {},
  decisions: {
    remote: {
      prompt: 'The caller wants you to install an app so they can see your screen.',
      'refuse-remote': 'Refuse: never let a caller see or control your screen.',
      'allow-remote': 'Install it: they are only trying to help.',
    },
    'after-call': {
      prompt: 'The caller wants money back. What do you do?',
      'call-official':
        'Hang up and call Larkspur on the number from its site, and tell them what happened.',
      'check-account':
        'Hang up. Open the Larkspur app yourself, check your orders and refunds, and change your password.',
    },
  },
  calls: {
    'refund-call': [
      'Good morning, this is Priya from Larkspur refunds. We charged you £45 for a Plus renewal by mistake, and I am calling to give it back.',
      'To send it I need to see your screen. Please install our screen helper app, and open your banking page.',
      'Oh no. I typed £495 instead of £45: you have been refunded £450 too much. I could lose my job over this.',
      'Please put it right: I am sending a code that reverses it, so read me the six digits. Or buy £450 in gift cards and read me the numbers on the back.',
    ],
  },
  subjects: {},
  notes: {
    start:
      'The attacker has Sam’s Larkspur password, and Sam’s card is saved in the account. They need Sam to approve a payment.',
    ring: 'A call from an unknown number. The caller says they are from Larkspur refunds.',
    answer:
      'Good news first: money owed to Sam. Then the ask: install an app so they can see Sam’s screen.',
    'allow-remote':
      'Sam installs it. Now the caller sees everything on Sam’s screen, and can make a refund “appear” that never happened.',
    'attacker-checkout':
      'The caller panics about an overpayment. Meanwhile the attacker, signed in as Sam, buys £450 of gift cards with Sam’s saved card. Larkspur texts Sam a code for the payment.',
    'code-arrives':
      'The message says the code approves a payment of £450.00 for order LK-8816. The caller calls it a code to reverse a refund.',
    'read-out': 'Sam reads the code out, to put right a mistake that never happened.',
    relayed: 'The attacker types it in: the gift-card order is approved.',
    loot: 'The gift cards are redeemed at once. Gift-card money is almost impossible to get back.',
    'spot-remote': 'Sam notices: a refund never needs anyone to see your screen.',
    'refuse-remote': 'Sam refuses to install anything.',
    'spot-payment': 'Then the gift cards. Anyone who asks to be paid in gift cards is a scammer.',
    'hang-up': 'Sam hangs up.',
    'call-official':
      'Sam calls Larkspur on the number from its site. In this run Larkspur locks the password before the caller can use it. A real shop may not be that quick, so changing the password is still Sam’s next step.',
  },
  cues: {
    'refund-call': {
      'unexpected-contact': {
        cue: 'A call you did not expect, from someone who says they work for Larkspur.',
      },
      'remote-access': { quote: 'install our screen helper app' },
      urgency: { quote: 'I could lose my job over this' },
      'asks-for-code': { quote: 'read me the six digits' },
      'payment-request': { quote: 'buy £450 in gift cards' },
      'purpose-mismatch': { quote: 'I am sending a code that reverses it' },
    },
    code: {
      'unrequested-code': { cue: 'A code came that you did not ask for.' },
    },
  },
} as const;

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['ftc-gift-cards', 'retailer-scam-help'],
  'rightMoves.1': ['retailer-scam-help', 'ftc-gift-cards'],
  'rightMoves.2': ['retailer-scam-help', 'ftc-2024-verification-code'],
  'rightMoves.3': ['ncsc-hacked-account'],
  'rightMoves.4': ['ncsc-hacked-account'],
  'notes.loot': ['ftc-gift-cards'],
  'notes.spot-payment': ['ftc-gift-cards'],
} as const;
