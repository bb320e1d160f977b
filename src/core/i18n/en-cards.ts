/**
 * English texts of the scenario cards on the picker: title, summary and
 * objectives. The first screen needs only these; the rest of a scenario's
 * texts (en-scenarios.ts) load with the scenario.
 */
export const enCards = {
  'new-device': {
    title: 'Sign in on a new laptop',
    summary:
      'You sign in to Larkspur from a laptop it has never seen, so it sends a code to your phone. The first text never arrives.',
    objectives: [
      'Sign in with your password, then the code from your phone.',
      'When no text arrives, get a new code (or ask for it by email instead).',
      'Tick "remember this device" and see the next sign-in skip the code.',
    ],
  },
  'password-reset': {
    title: 'Reset a forgotten password',
    summary:
      'You asked Larkspur to reset your password. It emails you a code, but the email lands in your Spam folder.',
    objectives: [
      'Find the code email (look in Spam when the inbox is empty).',
      'Look at the sender address, and see why it is not proof on its own.',
      'Type the code before it expires, or get a new one.',
    ],
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
  },
  'gift-card': {
    title: 'Redeem a gift card',
    summary: 'You add a £50.00 gift card to your account. Larkspur checks it is you with a code.',
    objectives: [
      'Check the message names the gift card and its value.',
      'Redeem it with the code.',
    ],
  },
  refund: {
    title: 'Confirm a refund',
    summary:
      'You returned a pair of boots. Larkspur emails a code to confirm the £89.99 refund to your card.',
    objectives: [
      'Find the email and check the amount and order number.',
      'Confirm the refund with the code.',
    ],
  },
  subscription: {
    title: 'Start a subscription',
    summary: 'You sign up for Larkspur Plus at £7.99 a month. A code confirms the new payment.',
    objectives: [
      'Check the plan and the price in the message.',
      'Confirm the subscription with the code.',
    ],
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
  },
  'scam-reply': {
    title: 'Scam: “reply with the code”',
    summary:
      'A text says your Larkspur account is at risk and will be closed unless you reply with the code it is about to send. A minute later a real Larkspur code arrives.',
    objectives: [
      'Read the alert: what does it want from you?',
      'Read the code message that follows: what does it really approve?',
      'Mark what looks wrong, then decide what to do.',
    ],
  },
  'scam-friend': {
    title: 'Scam: the friend who sent a code “by mistake”',
    summary:
      'A message from your friend Alex says they sent a six-digit code to your number by mistake and need it back. A Larkspur code did just arrive. But Alex’s account is no longer in Alex’s hands.',
    objectives: [
      'Read the code message first: whose account does it open?',
      'Read Alex’s message and mark what looks wrong.',
      'Check with Alex another way, then protect your own account.',
    ],
  },
  'scam-link': {
    title: 'Scam: the look-alike link',
    summary:
      'A text says a Larkspur order of yours is on hold and links to a page to “confirm your details”. The page looks just like Larkspur, but its address is not larkspur.example, and everything typed into it goes straight to the attacker.',
    objectives: [
      'Read the text and look hard at the link: which site does it really open?',
      'Mark what looks wrong.',
      'Decide what to do, without typing anything into a page a text sent you to.',
    ],
  },
  'scam-delivery': {
    title: 'Scam: the early “courier” call',
    summary:
      'Your parcel has left the depot and Larkspur has texted your delivery code. Long before the van arrives, a “courier” phones and asks you to read the code out so they can log the parcel.',
    objectives: [
      'Read the delivery code message: when and where should the code be given?',
      'Answer the call, and mark what looks wrong.',
      'Keep the code until the right parcel is in your hands at the door.',
    ],
  },
  'scam-refund': {
    title: 'Scam: the refund that was “too much”',
    summary:
      'A “Larkspur refunds” caller says you are owed £45 and asks to see your screen to send it. Then they say they sent £495 by mistake, and ask for the difference back: by gift cards, or with a code they are “sending to reverse it”.',
    objectives: [
      'Answer the call and listen to everything the caller asks for.',
      'Mark what looks wrong.',
      'Decide what to do before anything reaches your phone.',
    ],
  },
  'scam-mismatch': {
    title: 'Scam: the code that does something else',
    summary:
      'A caller from “Larkspur orders” says a £1,249 laptop is about to be charged to your card. They offer to cancel it with a code that “just verifies it is you”. Read what the code message itself says.',
    objectives: [
      'Answer the call and note what the caller says the code is for.',
      'Read the whole code message: what does it approve?',
      'Mark the mismatch, then decide what to do.',
    ],
  },
  'email-change': {
    title: 'Change your email address',
    summary:
      'You are moving to a new email address. Larkspur texts a code to your phone to confirm it, and emails your old address about the change.',
    objectives: [
      'Read the code message and check it names your new address.',
      'Confirm the change with the code.',
      'Find the email Larkspur sent to your old address.',
    ],
  },
  'payment-change': {
    title: 'Add a new payment card',
    summary:
      'You add your new card, ending 1881. Larkspur texts a code to confirm it, and emails you about it.',
    objectives: [
      'Check the code message names the card ending 1881.',
      'Add the card with the code.',
      'Read the email Larkspur sends about the new card.',
    ],
  },
  'scam-alert': {
    title: 'Scam: the “security alert”',
    summary:
      'A text says a new iPhone signed in to your Larkspur account, and the security team will call. Then a real code comes, and a real alert email.',
    objectives: [
      'Read both alerts: what does each one ask you to do?',
      'Read the code message: what does it really approve?',
      'Mark what looks wrong, then decide what to do.',
    ],
  },
} as const;
