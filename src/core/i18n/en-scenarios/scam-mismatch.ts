/** English texts of the scenario "scam-mismatch" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Read the whole message: a real code message names what it approves. If that is not what the caller says, it is a scam (UK Take Five; OWASP ASVS V6.6.2: a code is bound to its one request).',
    'No code cancels an order. Cancelling happens on the site or in the app, never by reading digits to a caller.',
    'Never read out a code. Hang up and call the number on Larkspur’s site or your card yourself.',
    'A code you did not ask for means someone has your password: change it, and review your orders, addresses and cards.',
  ],
  beats: {},
  decisions: {
    'after-call': {
      prompt: 'The caller says the code cancels the order. What do you do?',
      'call-official':
        'Hang up and call Larkspur on the number from its site, and tell them what happened.',
      'check-orders': 'Hang up and look at your orders in the Larkspur app yourself.',
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
      'It says “approve a payment of £1,249.00”. The caller said “cancel”. A code does what its message says, whatever the caller claims.',
    'hang-up': 'Sam hangs up without reading the code.',
    'call-official':
      'Sam calls the number on Larkspur’s site. Larkspur cancels the pending payment; the attacker gets nothing.',
  },
} as const;
