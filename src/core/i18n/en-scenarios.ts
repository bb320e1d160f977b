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
    calls: {},
    subjects: {},
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
    calls: {},
    subjects: {},
  },
  'phone-change': {
    title: 'Change your phone number',
    summary:
      'You are moving to a new phone number. Larkspur sends the code to your old number, and tells your email address about the change.',
    objectives: [
      'Read the code on the old phone and check it names the new number.',
      'Confirm the change with the code.',
      'Find the notice Larkspur emailed you about the change.',
    ],
    rightMoves: [
      'A new number is a new key to your account, so the old number approves it.',
      'Read the notice: if you did not make the change, contact Larkspur through its site at once.',
      'Keep your old number until the change is done.',
    ],
    beats: {
      notice:
        'Your Larkspur account asked to change its phone number to +44 7700 900456. If this was not you, go to [larkspur.example/security](https://larkspur.example/security) yourself and secure your account now.',
    },
    decisions: {},
    calls: {},
    subjects: { notice: 'Your Larkspur phone number is about to change' },
  },
  checkout: {
    title: 'Approve a big purchase',
    summary:
      'You are buying a £1,299.00 laptop. Larkspur asks for a code before it takes the payment, and the text names the amount.',
    objectives: [
      'Read the code message: does the amount and order match what you are buying?',
      'Approve the payment with the code.',
      'Notice what a mistyped code costs you.',
    ],
    rightMoves: [
      'Check the amount and the order number in the message before typing the code.',
      'A code for a payment you did not make means stop: do not use it, contact Larkspur.',
      'Never read a payment code to anyone, even someone claiming to be from Larkspur.',
    ],
    beats: {},
    decisions: {},
    calls: {},
    subjects: {},
  },
  delivery: {
    title: 'Hand over a parcel at the door',
    summary:
      'Your order is out for delivery. Larkspur texts a delivery code; the courier needs it to mark the parcel delivered.',
    objectives: [
      'Wait for the courier; the code is only for the doorstep.',
      'Check the parcel is yours and undamaged before giving the code.',
      'Read the code to the courier’s device.',
    ],
    rightMoves: [
      'Give the delivery code only in person, at your door, with the right parcel in your hands.',
      'Never give it over the phone, even if the caller says they are the courier.',
      'If the parcel is wrong or damaged, keep the code and refuse the delivery.',
    ],
    beats: {
      courier: 'The courier is at your door with a parcel and asks for the delivery code.',
    },
    decisions: {
      handover: {
        prompt: 'The courier asks for the code. What do you do?',
        'check-parcel-first': 'Check the label and the parcel first, then read the code.',
        'code-first': 'Read out the code straight away to save time.',
      },
    },
    subjects: {},
    calls: {
      'courier-call': [
        'Hello, this is your Larkspur courier. I have your parcel and I will be with you in about ten minutes.',
        'No need to do anything now. I will ask for the delivery code at your door, once you have the parcel.',
        'See you soon, bye!',
      ],
    },
  },
  'gift-card': {
    title: 'Redeem a gift card',
    summary: 'You add a £50.00 gift card to your account. Larkspur checks it is you with a code.',
    objectives: [
      'Check the message names the gift card and its value.',
      'Redeem it with the code.',
    ],
    rightMoves: [
      'A gift card is money: only redeem cards you bought or were given in person.',
      'Nobody legitimate asks to be paid in gift cards: it is always a scam.',
      'Never read a gift card number or a code to a caller.',
    ],
    beats: {},
    decisions: {},
    calls: {},
    subjects: {},
  },
  refund: {
    title: 'Confirm a refund',
    summary:
      'You returned a pair of boots. Larkspur emails a code to confirm the £89.99 refund to your card.',
    objectives: [
      'Find the email and check the amount and order number.',
      'Confirm the refund with the code.',
    ],
    rightMoves: [
      'A real refund goes back to your card: nobody needs you to send money back.',
      '"We refunded too much, send the difference" is a known scam: hang up.',
      'Check refunds on your account page, not through links in messages.',
    ],
    beats: {},
    decisions: {},
    calls: {},
    subjects: {},
  },
  subscription: {
    title: 'Start a subscription',
    summary: 'You sign up for Larkspur Plus at £7.99 a month. A code confirms the new payment.',
    objectives: [
      'Check the plan and the price in the message.',
      'Confirm the subscription with the code.',
    ],
    rightMoves: [
      'Check what a code approves, and how much it costs, before you type it.',
      'A code for a subscription you did not start means someone is in your account.',
      'Review your subscriptions on your account page now and then.',
    ],
    beats: {},
    decisions: {},
    calls: {},
    subjects: {},
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
    calls: {},
    subjects: {},
  },
  authenticator: {
    title: 'Sign in with an authenticator app',
    summary:
      'Instead of texts, your phone’s authenticator app makes a new code every 30 seconds from a secret it shares with Larkspur.',
    objectives: [
      'Add Larkspur to the app: scan the QR code or type the secret.',
      'Sign in with the code the app shows.',
      'Set the phone’s clock wrong and see when its codes stop working.',
    ],
    rightMoves: [
      'An app code never travels by text, so a swapped SIM cannot steal it.',
      'Keep your phone’s clock set automatically: codes follow the time.',
      'The secret is as good as a password: never photograph it or share the QR code.',
    ],
    beats: {},
    decisions: {},
    calls: {},
    subjects: {},
  },
  'scam-call': {
    title: 'Scam: the “customer service” call',
    summary:
      'Your phone rings and the caller ID shows Larkspur’s own number. The caller knows your name, says someone just bought an £899 phone on your account, and offers to cancel it with a code.',
    objectives: [
      'Answer the call, and listen to what the caller asks for.',
      'Read the code message that arrives: what does it really approve?',
      'Mark what looks wrong, then decide what to do.',
    ],
    rightMoves: [
      'Never read out a code: Larkspur will never call to ask for one, whatever the caller ID says.',
      'Caller ID can be faked. Hang up and call the number on Larkspur’s site or card yourself.',
      'A code you did not ask for means someone has your password: change it and review your orders and addresses.',
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
        'Sam notices the message says “approve a sign-in”, while the caller said “cancel an order”.',
      'hang-up': 'Sam hangs up without reading anything out.',
      'call-official':
        'Sam calls the number on Larkspur’s site. Larkspur cancels the pending sign-in; the attacker gets nothing.',
    },
  },
} as const;
