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
      'Never read out a code: Larkspur will never call to ask for one, whatever the caller ID says (Which? consumer alert on one-time passcode scams).',
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
  'scam-reply': {
    title: 'Scam: “reply with the code”',
    summary:
      'A text from an ordinary mobile number says your Larkspur account is at risk and will be closed unless you reply with the code it is about to send. A minute later a real Larkspur code arrives.',
    objectives: [
      'Read the alert: who sent it, and what does it want from you?',
      'Read the code message that follows: what does it really approve?',
      'Mark what looks wrong, then decide what to do.',
    ],
    rightMoves: [
      'Anyone who asks for your verification code is a scammer (US FTC). Never reply with a code, whatever the text threatens.',
      'Do not use the number or link in the text: contact Larkspur through its own site or app, or the number on your card or statement.',
      'A code you did not ask for means someone has your password: change it, turn on an authenticator app, and review your orders, addresses and cards.',
      'Report the text: to Larkspur’s reporting page, and by forwarding it to your network’s spam-text number.',
    ],
    beats: {
      'alert-text':
        'LARKSPUR SECURITY: a sign-in to your account from an unknown device was stopped. To keep your account open, reply to this message with the 6-digit code we send you next. Accounts not verified within 30 minutes will be closed.',
    },
    decisions: {
      'after-text': {
        prompt: 'The text wants the code. What do you do?',
        report:
          'Do not reply. Report the text, and tell Larkspur through its app that you did not ask for a code.',
        'call-official': 'Call Larkspur on the number on its site and tell them what happened.',
        'wait-and-see': 'Do not reply, and do nothing else for now.',
      },
    },
    calls: {},
    subjects: {},
    notes: {
      start:
        'Sam’s Larkspur password is in a list of passwords leaked from another site. The attacker has it; Sam does not know.',
      alert:
        'A text arrives from an ordinary mobile number, not Larkspur’s short code. It sounds official and sets a 30-minute deadline.',
      'read-alert':
        'Sam reads it. It asks for a reply with the code: no real company asks for that, by text or any other way.',
      'attacker-signs-in':
        'The attacker now signs in to Larkspur with the leaked password. Larkspur sees a new device and texts Sam a genuine code.',
      'code-arrives':
        'The code is real and comes from Larkspur’s real short code, which makes the alert look true. The message says it approves a sign-in on a Windows laptop in Bristol.',
      reply: 'Sam replies to the alert with the six digits, as it asked.',
      relayed:
        'The attacker types the code into Larkspur within seconds. It works: they are signed in as Sam.',
      loot: 'They add their own card, remove Sam’s, and place an order. The console shows each step.',
      'spot-sender':
        'Sam notices the sender: a mobile number, not 60123, the short code Larkspur always texts from.',
      'spot-ask':
        'And the text asks for a code. That alone settles it: only a scammer asks for a code.',
      'spot-unrequested':
        'Then a real code arrives that Sam never asked for. Someone is signing in with Sam’s password right now.',
      report:
        'Sam does not reply, reports the text and tells Larkspur through its app. Larkspur cancels the pending sign-in; the attacker gets nothing. Next: change the password.',
    },
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
    rightMoves: [
      'A code sent to your phone is for your account: nobody can send you their code by mistake. Never forward one, even to a friend (UK Action Fraud alerts).',
      'A message from a friend’s account may not be from your friend. Call them on the number you already have before you do anything.',
      'A code you did not ask for means someone has your password: change it, and review your account and signed-in devices.',
      'Report it to the national fraud line, and warn your friend: their account has been taken over.',
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
        'change-password':
          'Change your Larkspur password now; Larkspur then cancels the sign-in you did not start.',
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
        'Sam notices the request itself: a code is never sent to the wrong person “by mistake”, and nobody needs someone else’s.',
      'read-code':
        'Sam reads the code message again. It names a sign-in to Sam’s own Larkspur account and says never to share it.',
      'spot-unrequested':
        'Sam did not ask for this code, so someone is signing in with Sam’s password.',
      'call-friend':
        'Sam calls Alex on the number already in the phone. Alex never sent anything: their account was hacked.',
      'change-password':
        'Sam changes the Larkspur password. The sign-in the attacker started is cancelled and the attacker gets nothing. Sam reports it and warns Alex’s other friends.',
    },
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
    rightMoves: [
      'Read a link’s real domain before you tap: larkspur-verify.example is not larkspur.example. Better still, type the address yourself or use the app (UK Take Five: type, don’t tap).',
      'A code does not stop this on its own: a fake page can pass your code to the real site within seconds. A passkey or a code you type only on the site you opened yourself does.',
      'Never type a password or a code into a page you reached from a message.',
      'If you typed your password into a fake page: change it at once, on the real site, and review your account. Report the text and the page.',
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
      'type-code':
        'Sam types the code into the fake page. The code is real; only the page is fake.',
      relayed:
        'The attacker replays the code on the real site within seconds, well inside its lifetime. They are in.',
      loot: 'They change the delivery address and place an order. A code alone does not stop a live relay; reading the domain does, and passkeys do.',
      'inspect-link':
        'Sam reads the link’s domain before tapping: larkspur-verify.example is not larkspur.example.',
      'spot-urgency': 'Sam also notices the pressure: two hours, or the order is cancelled.',
      report:
        'Sam reports the text and tells Larkspur, which has the look-alike page taken down. Sam never typed anything, so the attacker never had the password.',
    },
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
    rightMoves: [
      'Give a delivery code only in person, at your door, after checking the parcel is yours (the retailer’s own delivery guidance; BBC Watchdog report on delivery codes, January 2024).',
      'Never read a delivery code over the phone, whoever the caller says they are: the code is the proof you received the parcel.',
      'If a caller asks for it early, hang up and contact Larkspur through its site or app about your delivery.',
      'If the parcel is wrong, damaged or missing, keep the code and refuse the delivery.',
    ],
    beats: {
      courier:
        'A courier is at your door with a Larkspur parcel labelled with your name and order LK-7245, and asks for the delivery code.',
    },
    decisions: {
      'after-call': {
        prompt: 'The caller wanted your delivery code. What do you do now?',
        'wait-for-door': 'Keep the code, and wait for the parcel to come to your door.',
        'call-official': 'Call Larkspur on the number on its site and tell them about the call.',
      },
      handover: {
        prompt: 'A courier is at the door and asks for the code. What do you do?',
        'check-parcel-first': 'Check the label and the parcel first, then read out the code.',
        'code-first': 'Read out the code straight away to save time.',
      },
    },
    calls: {
      'fake-courier-call': [
        'Hi, is that Sam? It is Jordan, your Larkspur courier, about order LK-7245.',
        'I am running behind and my shift ends soon, so I will leave the parcel in your porch.',
        'To do that I have to log it as delivered. Just read me the delivery code you got this morning.',
        'Quickly if you can, the van’s system locks in five minutes.',
      ],
    },
    subjects: {},
    notes: {
      start:
        'Sam has ordered a parcel from Larkspur. A dishonest “courier” knows the order number and Sam’s phone number.',
      dispatch:
        'The parcel leaves the depot. Larkspur texts Sam the delivery code: it proves the parcel reached Sam.',
      'code-arrives':
        'The message says to read the code only at the door, once Sam holds the right parcel, and that Larkspur will never call for it.',
      ring: 'An hour before any van could arrive, the phone rings.',
      answer:
        'The caller knows Sam’s name and order number. They are in a hurry and make the request sound routine.',
      'read-out': 'Sam reads out the delivery code, to save the courier time.',
      relayed: 'The attacker enters the code: as far as Larkspur knows, Sam now has the parcel.',
      loot: 'The order is marked delivered. Sam has nothing, and the record says otherwise.',
      'spot-ask': 'Sam notices: a courier asking for the code on the phone, before any parcel.',
      'hang-up': 'Sam hangs up without reading anything out.',
      'keep-code': 'Sam keeps the code for the door.',
      door: 'Later, a courier is at the door with a parcel for Sam.',
      'check-parcel':
        'Sam checks the name and order number on the label, then reads the code. It works once: now it is spent, and useless to the caller.',
    },
  },
  'scam-refund': {
    title: 'Scam: the refund that was “too much”',
    summary:
      'A “Larkspur refunds” caller says you are owed £45, asks to see your screen to send it, then claims they refunded £495 by mistake and asks for the difference back: by gift cards, or with a code they are “sending to reverse it”.',
    objectives: [
      'Answer the call and listen to everything the caller asks for.',
      'Mark what looks wrong.',
      'Decide what to do before anything reaches your phone.',
    ],
    rightMoves: [
      'Anyone who demands payment by gift card is a scammer (US FTC; the retailer’s “identifying a scam” help page). A real refund never needs money sent back.',
      'Never let a caller see or control your screen: they can watch your codes arrive and your money move.',
      'Never read out a code: Larkspur will never call to ask for one. Hang up and call the number on Larkspur’s site yourself.',
      'If you shared card details or let someone onto your computer: call your bank, and have the computer checked.',
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
          'Check your orders and refunds in the Larkspur app yourself, and do nothing the caller says.',
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
        'Sam calls Larkspur on the number from its site. Larkspur locks the password the caller holds; their payment never starts.',
    },
  },
  'scam-mismatch': {
    title: 'Scam: the code that does something else',
    summary:
      'A caller from “Larkspur orders” says a £1,249 laptop is about to be charged to your card, and offers to cancel it with a code that “just verifies it is you”. Read what the code message itself says.',
    objectives: [
      'Answer the call and note what the caller says the code is for.',
      'Read the whole code message: what does it approve?',
      'Mark the mismatch, then decide what to do.',
    ],
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
  },
} as const;
