/** English texts of the scenario "scam-mismatch" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Anyone who asks for a code is a scammer, whatever they say it is for. Reading the whole message helps you notice: a real code message names what it approves, and this one says a payment, not a cancellation. A code only ever does the one thing its message names.',
    'No code cancels an order. Cancelling happens on the site or in the app, never by reading digits to a caller.',
    'Never read out a code. Hang up, then contact Larkspur yourself, through its site or app. If money left your card, call your bank on the number on your card.',
    'A payment code you did not ask for means someone has your password: change it, and check your orders, addresses and cards.',
  ],
  beats: {},
  decisions: {
    'after-call': {
      prompt: 'The caller says the code cancels the order. What do you do?',
      'call-official':
        'Hang up and call Larkspur on the number from its site, and tell them what happened.',
      'check-orders':
        'Hang up. Open the Larkspur app yourself, look at your orders, and change your password.',
    },
  },
  calls: {
    'cancel-call': [
      'Hello, Sam Rivera? This is the Larkspur order desk. A £1,249 laptop is about to be charged to your card. Did you order it?',
      'No? Then I can cancel it for you right now. I am sending you a code to cancel the order.',
      'The text may say something about approving; that is only our system verifying it is you. Read me the six digits and the order is cancelled.',
    ],
  },
  subjects: {},
  notes: {
    start:
      'The attacker has Sam’s Larkspur password and has filled a basket: a £1,249 laptop, paid with Sam’s saved card.',
    ring: 'The phone rings: the Larkspur “order desk”.',
    answer:
      'The caller invents a purchase and offers to cancel it. They even warn that the message will say something different.',
    'attacker-checkout':
      'The attacker presses “pay” on Larkspur. Larkspur texts Sam a code to approve the payment.',
    'code-arrives':
      'The code is genuine. The message says it approves a payment of £1,249.00 for order LK-9034: not a cancellation.',
    'read-out': 'Sam reads the code to the caller.',
    relayed: 'The attacker types it in. The payment is approved.',
    loot: 'The laptop is ordered, and the delivery address is changed to the attacker’s.',
    'read-message': 'Sam reads the whole message, not just the digits.',
    'spot-mismatch':
      'It says “approve a payment of £1,249.00”. The caller said “cancel”. A code does what its message says, whatever the caller claims. The mismatch makes the lie easy to see, but the ask was already enough: only a scammer asks for a code.',
    'hang-up': 'Sam hangs up without reading the code.',
    'call-official':
      'Sam calls the number on Larkspur’s site and explains. In this run Larkspur stops the payment in time. A real shop may not manage that, so Sam’s next step is to change the password.',
  },
  cues: {
    'cancel-call': {
      'unexpected-contact': {
        cue: 'A call you did not expect, from someone who says they work for Larkspur.',
      },
      'asks-for-code': { quote: 'Read me the six digits' },
      'purpose-mismatch': { quote: 'I am sending you a code to cancel the order' },
    },
    code: {
      'unrequested-code': { cue: 'A code came that you did not ask for.' },
      'purpose-mismatch': {
        cue: 'The caller said the code cancels an order, but the code message says it approves a payment.',
      },
    },
  },
} as const;

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['ftc-2024-verification-code', 'take-five', 'owasp-asvs-5'],
  'rightMoves.1': ['retailer-scam-help'],
  'rightMoves.2': ['ftc-2024-verification-code', 'ncsc-hacked-account'],
  'rightMoves.3': ['which-otp-scams', 'ncsc-hacked-account'],
  'notes.code-arrives': ['owasp-asvs-5'],
  'notes.spot-mismatch': ['owasp-asvs-5', 'ftc-2024-verification-code'],
} as const;
