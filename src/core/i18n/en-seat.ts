/**
 * English texts of the attacker's seat (src/core/scam/seat.ts): the
 * pretexts the attacker can use, what the simulated target answers and
 * why, and the debrief. `{name}` marks a value. Each pretext that a scam
 * scenario tells speaks that scenario's own words (its call or text in
 * src/core/scenario/library/<id>.json); only the words no scenario has are here (`ownLines`).
 */
export const enSeat = {
  signIn: {
    ok: 'Password accepted. Larkspur has texted a code to the account holder’s phone ({phone}), not to you.',
    wrong: 'Larkspur says the email address or password is not right. No code was sent.',
    empty: 'Type an email address and a password first.',
    already: 'You are already past the password: the code is what you need now.',
  },
  leak: {
    current: 'Leaked last month, reused on Larkspur',
    stale: 'From an older breach; changed since',
    other: 'Another site’s account; not on Larkspur',
  },
  claims: {
    'cancel-order': 'cancel an order you did not make',
    'secure-account': 'keep your account open after a blocked sign-in',
    'their-sign-in': 'let a friend into their own account',
    delivery: 'log your parcel as delivered',
    refund: 'reverse a refund paid by mistake',
    'block-sign-in': 'block a sign-in on a new phone',
  },
  /** The buttons' names: the attacker's side of each story. */
  pretexts: {
    'support-call': { label: 'Support call about an order' },
    'compromised-text': { label: '“Your account is at risk, reply”' },
    'friend-mistake': { label: 'Friend sent a code by mistake' },
    'delivery-driver': { label: 'Courier call before the parcel' },
    'refund-call': { label: 'Refund call' },
    'order-desk-call': { label: 'Order desk call: “ignore what the text says”' },
    'new-device-call': { label: 'Security call about a new phone' },
  },
  /**
   * The words of the stories no scenario tells. The others are read from
   * their scenario's texts (library/<id>.json), see PRETEXTS[].source.
   */
  ownLines: {
    'new-device-call': [
      'Hello, Larkspur security here. Someone is trying to sign in to your account from a device we do not know ({device}).',
      'If that is not you, read me the code we have just texted and I will block that phone for you.',
    ],
  },
  reply: {
    'no-code': 'What code? Nothing has come through from Larkspur.',
    'cautious-mismatch':
      'You say the code is to {claim}, but the text says it is to {purpose}. I didn’t ask for that, and Larkspur says it never asks for a code. I’m not giving it to you; I’ll call the number on Larkspur’s site myself.',
    'cautious-match':
      'The text says the code is to {purpose}. I didn’t start that, so it isn’t mine to give away, and Larkspur says it never asks for a code. I’m not answering you; I’ll call the number on Larkspur’s site myself.',
    'hurried-urgent':
      'You said it had to be now, so here are the digits: {code}. I didn’t have time to read the rest of the text.',
    'hurried-busy':
      'Sorry, I’m in the middle of something. Nothing you said sounds urgent, so I’ll look at it later.',
    'trusting-match':
      'Oh no! The text does say it’s to {purpose}, just like you said. Here you go: {code}.',
    'trusting-urgent':
      'You sound like you know what you’re doing, and it has to be quick. Here it is: {code}.',
    'trusting-contact': 'Of course, it’s you! Here it is: {code}.',
    'trusting-mismatch':
      'Hang on. You said the code is to {claim}, but the text says it’s to {purpose}. That doesn’t add up, so I’m keeping it.',
  },
  outcome: {
    'got-in': 'You got in.',
    'stopped-by-otp': 'The one-time code stopped you.',
    'locked-out': 'The shop locked you out.',
    refused: 'They would not give you the code.',
  },
  debrief: {
    'got-in-relayed':
      'The password alone was not enough: Larkspur sent the code to the account holder’s phone. You only got in because they read the code out to you. A real company never asks for a code, which is why sharing it is the whole trick.',
    'got-in-guessed':
      'You guessed the code after {guesses} tries. This shop has {space} possible codes, never locks, and keeps a code alive for {lifetime}. At {rate} guesses a second, trying them all takes at most {worst}. That is why the published rules ask for a limit on wrong codes.',
    'locked-out':
      'After {failures} wrong codes Larkspur locked the sign-in for {lockout}. With {space} possible codes, {failures} guesses have a {chance} chance of finding it. Guessing every code does not work when wrong codes are limited.',
    'stopped-expired':
      'The code expired after {lifetime} before you had it. You held the right password all along, but without the code on the account holder’s phone it was worth nothing.',
    'stopped-throttled':
      'Every wrong guess made you wait longer before the next one, so the code expired after only {guesses} guesses.',
    'stopped-no-sign-in':
      'You never got past the password. A stale or wrong password from a leak fails, and no code is sent.',
    'stopped-unused':
      'You had the password, but you never got the code into the shop. Without it, the sign-in goes nowhere.',
    refused:
      'They would not hand the code over. Every story needs them to break one simple rule: never share a code. Anyone who reads the whole message and checks it against the story sees through it.',
    mismatchLesson:
      'The code always says what it approves (here: {purpose}). A story that does not match the message is an easy lie to spot. But the rule is simpler still: anyone who asks for a code is a scammer, whatever they say it is for.',
    profileLesson: {
      cautious:
        'A cautious person never shares a code, whatever the story. That is what consumer groups ask of everyone.',
      hurried:
        'A hurried person reacts to deadlines: urgency is a red flag exactly because it stops people reading.',
      trusting:
        'A trusting person believes most stories, but a clear mismatch between the story and the message can still stop them.',
    },
  },
} as const;
