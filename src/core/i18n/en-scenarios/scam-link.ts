/** English texts of the scenario "scam-link" once it is opened (its card is in ../en-cards.ts). */
export const texts = {
  rightMoves: [
    'Check where a link really goes before you tap: larkspur-verify.example is not larkspur.example. Better still, type the address yourself or use the app: type, don’t tap.',
    'A code does not stop this on its own: a fake page can pass your code to the real site within seconds. A passkey or a code you type only on the site you opened yourself does.',
    'Never type a password or a code into a page you reached from a message.',
    'If you typed your password into a fake page: change it at once, on the real site, and check your account. Forward the text to 7726, and see below for where to report it.',
  ],
  beats: {
    'link-text':
      'Larkspur: your order LK-6120 is on hold because we could not confirm your payment. Confirm your details within 2 hours or it will be cancelled: [larkspur-verify.example/account](https://larkspur-verify.example/account)',
  },
  decisions: {
    'after-text': {
      prompt: 'The text wants you to confirm your details. What do you do?',
      report: 'Do not tap. Report the text, and tell Larkspur about it through its app or site.',
      'open-app': 'Do not tap. Open the Larkspur app yourself and look at your orders.',
    },
  },
  calls: {},
  subjects: {},
  notes: {
    start:
      'This time the attacker does not have Sam’s password. They plan to get it, and the code, from Sam, in the same minute.',
    text: 'A text arrives about an order on hold, with a deadline and a link. Sam does have an order coming, so it is believable.',
    'read-text':
      'Read the link slowly: larkspur-verify.example. Larkspur’s site is larkspur.example. One extra word makes it someone else’s site.',
    'open-link':
      'Sam taps the link. The page looks exactly like Larkspur’s sign-in page: copying a page takes minutes.',
    'type-password':
      'Sam types the password. The page passes it to the attacker, who signs in to the real Larkspur at once. Larkspur sees a new device and sends Sam a real code.',
    'code-arrives':
      'The fake page now asks for “the code we sent you”, and a genuine code has just arrived. It all fits, which is the point.',
    'type-code': 'Sam types the code into the fake page. The code is real; only the page is fake.',
    relayed:
      'The attacker replays the code on the real site within seconds, well inside its lifetime. They are in.',
    loot: 'They change the delivery address and place an order. A code alone does not stop a live relay; reading the domain does, and passkeys do.',
    'inspect-link':
      'Sam reads the link’s domain before tapping: larkspur-verify.example is not larkspur.example.',
    'spot-urgency': 'Sam also notices the pressure: two hours, or the order is cancelled.',
    report:
      'Sam reports the text and tells Larkspur about it. Sam never typed anything, so the attacker never got the password.',
  },
  cues: {
    'link-text': {
      'unexpected-contact': { cue: 'A text you did not expect, about a problem with an order.' },
      urgency: { quote: 'within 2 hours or it will be cancelled' },
      'look-alike': { quote: 'larkspur-verify.example' },
    },
    page: {
      'look-alike': { quote: 'larkspur-verify.example' },
      'asks-for-code': { cue: 'The page asks for the code that was just texted to you.' },
    },
    code: {
      'unrequested-code': { cue: 'A code came that you did not ask for.' },
      'purpose-mismatch': {
        cue: 'The text was about a payment, but the code message says it is for signing in.',
      },
    },
  },
} as const;

/** The sources of these texts, by path (keys listed in doc/sources.md). */
export const sources = {
  'rightMoves.0': ['take-five'],
  'rightMoves.1': ['nist-800-63b-4'],
  'rightMoves.2': ['take-five', 'ftc-2024-verification-code'],
  'rightMoves.3': ['ncsc-hacked-account', 'spam-7726'],
  'notes.loot': ['nist-800-63b-4'],
} as const;
