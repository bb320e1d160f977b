/**
 * English texts of the model: what a code message says, why an outcome
 * happened, what a standard rule means. A translation is a new file of the
 * same shape (see `Catalogue`), never a code change. `{name}` marks a value.
 */
export const en = {
  purpose: {
    'sign-in': 'approve a sign-in on a new device ({device})',
    'password-reset': 'reset your password',
    'phone-change': 'change your phone number to {newPhone}',
    'email-change': 'change your email address to {newEmail}',
    'payment-change': 'add the card ending {cardLast4} to your account',
    checkout: 'approve a payment of {amount} for order {orderId}',
    delivery: 'hand over order {orderId} at your door',
    'gift-card': 'redeem a gift card worth {amount}',
    refund: 'send a refund of {amount} for order {orderId}',
    subscription: 'start the {plan} subscription at {amount}',
    'suspicious-activity': 'confirm it is really you after unusual activity on your account',
  },
  message: {
    sms: '{brand}: {code} is your code to {purpose}. It expires at {expiresAt}. Never share it: {brand} will never call or text to ask for it.',
    deliverySms:
      '{brand}: your delivery code for order {orderId} is {code}. Read it to the courier only at your door, once you hold the right parcel. {brand} will never call to ask for it. Valid until {expiresAt}.',
    emailSubject: 'Your {brand} code: {purposeShort}',
    email:
      'Hello,\n\nUse {code} to {purpose}.\n\nThe code expires at {expiresAt}. Never share it with anyone: {brand} will never call, text or email you to ask for it. {notYou}\n\n{brand} Security',
  },
  /**
   * What a code message says to someone who did not start the action: what
   * it means depends on what the code is for (a reset needs only an address).
   */
  notYou: {
    'sign-in':
      'If you are not signing in right now, someone else has your password. Do not use this code. Change your password on our site or app.',
    'password-reset':
      'If you did not ask to reset your password, do not use this code. Anyone can ask for a reset with just your email address, and your password stays as it is unless this code is used.',
    'phone-change':
      'If you did not ask for this change, do not use this code. Someone may be signed in to your account: change your password on our site or app.',
    'email-change':
      'If you did not ask for this change, do not use this code. Someone may be signed in to your account: change your password on our site or app.',
    'payment-change':
      'If you did not add this card, do not use this code. Someone may be signed in to your account: change your password on our site or app.',
    checkout:
      'If you did not start this payment, do not use this code. Someone may be signed in to your account: change your password on our site or app.',
    delivery: 'Read this code to the courier only at your door, once you hold the right parcel.',
    'gift-card':
      'If you are not adding a gift card, do not use this code. Someone may be signed in to your account: change your password on our site or app.',
    refund:
      'If you did not ask for this refund, do not use this code. Someone may be signed in to your account: change your password on our site or app.',
    subscription:
      'If you did not start this subscription, do not use this code. Someone may be signed in to your account: change your password on our site or app.',
    'suspicious-activity':
      'If this was not you, do not use this code. Change your password on our site or app.',
  },
  purposeShort: {
    'sign-in': 'new sign-in',
    'password-reset': 'password reset',
    'phone-change': 'phone number change',
    'email-change': 'email change',
    'payment-change': 'new payment card',
    checkout: 'payment approval',
    delivery: 'delivery code',
    'gift-card': 'gift card redemption',
    refund: 'refund',
    subscription: 'subscription',
    'suspicious-activity': 'security check',
  },
  outcome: {
    accepted: 'Code accepted.',
    wrong: 'That code is not right.',
    expired: 'That code has expired.',
    superseded: 'That is an older code: only the newest one works.',
    used: 'That code has already been used.',
    locked: 'Entry is paused after too many wrong codes.',
    voided: 'The lockout voided that code.',
    malformed: 'That does not look like a code.',
    'resend-refused': 'A new code cannot be sent yet.',
    resent: 'A new code is on its way.',
    cancelled: 'The challenge was cancelled.',
    closed: 'This challenge is over.',
    issued: 'A code was issued.',
    delivered: 'A message arrived.',
    lost: 'A message went missing on the way.',
    checking: 'Checking the code…',
    unlocked: 'The wait is over.',
    'cooldown-over': 'The wait before another code can be sent is over.',
  },
  reason: {
    'attempts-left': '{attemptsLeft} attempts left.',
    'last-attempt': '1 attempt left: one more wrong code locks entry.',
    'no-limit': 'This shop never locks entry, so a guesser can keep trying.',
    'limit-reached': 'That was the last allowed attempt: entry is locked for {lockout}.',
    throttled: 'Wait {wait} before the next try.',
    'locked-out': 'Entry is locked; even the right code is refused until {until}.',
    'lockout-voided-code':
      'The lockout is over, but it voided the code: only a new code works now.',
    'lifetime-elapsed': 'Codes only work for {lifetime}; only a new code works now.',
    'newer-code-sent': 'A newer code was sent, which cancels this one.',
    'single-use': 'Each code works once.',
    'totp-step-reused': 'This authenticator code was already used; wait for the next one.',
    'challenge-closed': 'This attempt is over; start again to get a new code.',
    'still-checking': 'Still checking the previous code; this one was not looked at.',
    empty: 'Type the code from your message.',
    'bad-characters': 'A code is made of digits only, like {example}.',
    'wrong-length': 'A code has {digits} digits; this has {length}.',
    'too-long': 'That is far longer than any code.',
    cooldown: 'You can ask for another code in {wait}.',
    'resend-limit': 'No more codes can be sent for this attempt ({maxResends} resends used).',
    'not-resendable': 'Authenticator codes are made by your app, not sent.',
    'while-locked': 'No new code while entry is locked.',
    'while-throttled': 'No new code during the wait.',
    'new-code': 'Code {codeRef} sent by {channel}.',
    'channel-not-allowed':
      'This shop does not take email codes for signing in: only for a password reset.',
    'on-phone': 'It is on the phone.',
    inbox: 'Delivered to the inbox.',
    spam: 'Delivered, but to the spam folder.',
    lost: 'It will never arrive: ask for a new code, or for another channel.',
    late: 'Delivered after the code expired.',
    'by-user': 'The account holder cancelled.',
    'verify-error': 'The code could not be checked; try again.',
  },
  channel: { sms: 'text message', email: 'email', authenticator: 'authenticator app' },
  rule: {
    'code-length': 'Codes have at least 6 digits',
    'code-lifetime': 'Codes die within 10 minutes',
    'failure-limit': 'Failed attempts are capped (at most 100)',
    'resend-keeps-count': 'A new code does not reset the failure count',
    'resend-kills-old-code': 'A new code cancels the old one',
    'single-use': 'A code works only once',
    'no-email-authentication': 'Email is not used to authenticate (only for recovery)',
  },
  redFlag: {
    'unexpected-contact': {
      name: 'Contact you did not start',
      explain:
        'An out-of-the-blue call, text or email is how these scams begin. Hang up and reach the company yourself, through its site or app.',
    },
    'asks-for-code': {
      name: 'Asks for a code or password',
      explain:
        'Anyone who asks for your code is a scammer. A real company never needs you to read it out, forward it or type it into a page it sent you.',
    },
    urgency: {
      name: 'Urgency or fear',
      explain:
        'A deadline ("in 30 minutes") or a threat ("your account will be closed") is there to stop you thinking. A real problem can wait for you to call back.',
    },
    'unrequested-code': {
      name: 'A code you did not ask for',
      explain:
        'A sign-in or payment code you did not ask for means someone else started it, so they have your password: change it. A password-reset code you did not ask for means only that someone typed your email address.',
    },
    'look-alike': {
      name: 'Look-alike sender or link',
      explain:
        'The name or link is close to the real one but not it: an extra word, a swapped letter, another domain. Check where the link really goes before you tap, or type the address yourself. A sender that looks right proves nothing, though: scam texts can show a real name.',
    },
    'payment-request': {
      name: 'Payment by gift card or transfer',
      explain:
        'Anyone who demands payment by gift card is a scammer. Refunds never need you to send money back.',
    },
    'remote-access': {
      name: 'Remote access or screen sharing',
      explain:
        'A caller who wants to see or control your screen can watch your codes arrive and your bank move money.',
    },
    'purpose-mismatch': {
      name: 'The purpose does not match',
      explain:
        'Anyone who asks for your code is a scammer, whatever they say it is for. Reading the whole message helps you notice: a real code message names what it approves, and here that is not what you were told it was for.',
    },
  },
  loot: {
    order: 'Ordered goods worth {amount} with your saved card',
    address: 'Changed your delivery address to theirs',
    'gift-card': 'Bought a gift card worth {amount} and redeemed it',
    'payment-card': 'Added their own card and removed yours',
    contacts: 'Texted your contacts the same trick, from your account',
    delivered: 'Had your parcel marked delivered; it never reached you',
  },
  trigger: {
    'sign-in': 'This code was sent because the attacker signed in with your password at {at}.',
    checkout:
      'This code was sent because the attacker started a payment with your saved card at {at}.',
    dispatch: 'This code was sent because your parcel left the depot at {at}.',
  },
  giveUp: {
    patience: 'nobody handed them what they needed in time',
    'code-dead': 'the code expired, locked or was used before they could use it',
    cancelled: 'in this run, the shop stopped their attempt after you told it',
  },
  /**
   * Where to report a scam, one text per region (`Region`, chosen in
   * Settings), for the debrief: it shows the learner's region only.
   */
  report: {
    title: 'Where to report a scam',
    uk: 'In the UK: in England, Wales and Northern Ireland, report it to Report Fraud at reportfraud.police.uk or call 0300 123 2040. Report Fraud replaced Action Fraud on 4 December 2025. In Scotland, call Police Scotland on 101. Forward a scam text to 7726.',
    us: 'In the US: report it at ReportFraud.ftc.gov. If someone got into your accounts, IdentityTheft.gov gives you a recovery plan, step by step. Forward a scam text to 7726.',
    elsewhere:
      'Elsewhere: report it to your national police or consumer protection service, and to the shop through its own site or app.',
  },
  /**
   * "If this happened for real": the steps after a code or password left the
   * learner's hands, one text per step of `recoverySteps` (report's words
   * come from `report`, by region), and the line every such debrief ends with.
   */
  recovery: {
    title: 'If this happened for real',
    intro: 'Do these things as soon as you can, in this order.',
    password:
      'Change your Larkspur password now. If you use the same password on other sites, change it there too, and use a new one for each site from now on. Turn on two-step sign-in.',
    devices: 'Sign out of every device. You can do it in your account’s security settings.',
    check:
      'Check what changed in your account: delivery addresses, payment cards, orders, and your phone number and email.',
    bank: 'Money may have gone from your card. Call your bank on the number on your card, not one from a message or a call.',
    shop: 'Tell the shop about any order you did not make, or a parcel you did not get. Use its own app or website, not a link or number someone sent you.',
    report: 'Report it.',
    friends:
      'Warn your friends: the scammer may text them from your account, the way they texted you. Call the friend whose account was used, so they can get it back.',
    careful:
      'This happens to careful people too. Scammers do this for a living, and they are good at it.',
  },
  /** The one-page handout ("Codes: the rules, and what to do if you shared one"); its second half is `recovery`. */
  handout: {
    title: 'Codes: the rules, and what to do if you shared one',
    intro:
      'A one-time code is a short number a company sends you when you sign in or pay. It proves the person typing it is you. So it is for you alone.',
    rulesTitle: 'The rules',
    never: 'Never read out, forward or type a code for anyone else.',
    anyone: 'Anyone who asks you for a code is a scammer, whatever they say it is for.',
    stop: 'If a call, text or email worries you, stop. Contact the company yourself, through its own website or app, not a number or link you were given.',
    read: 'Read what the message says the code is for. A code to sign in or to pay is never needed to cancel an order or stop a refund.',
    unasked:
      'A sign-in code you did not ask for means someone has your password. Change it, and turn on two-step sign-in.',
    sharedTitle: 'If you shared a code',
    shop: 'Larkspur is the made-up shop of the sandbox: read it as the real shop or site the code was for.',
  },
} as const;

/**
 * The sources of the texts above, by path (`redFlag.urgency.explain`): the
 * keys are listed, with dates, in doc/sources.md.
 */
export const enSources = {
  'message.sms': ['retailer-scam-help', 'owasp-asvs-5'],
  'message.deliverySms': ['retailer-delivery-guidance', 'bbc-watchdog-2024-delivery'],
  'message.email': ['retailer-scam-help', 'owasp-asvs-5'],
  'notYou.sign-in': ['which-otp-scams', 'ncsc-hacked-account'],
  'notYou.password-reset': ['seed-articles', 'nist-800-63b-4'],
  'notYou.phone-change': ['nist-800-63b-4', 'owasp-asvs-5'],
  'notYou.email-change': ['owasp-asvs-5', 'ncsc-hacked-account'],
  'notYou.payment-change': ['owasp-asvs-5', 'ncsc-hacked-account'],
  'notYou.checkout': ['which-otp-scams', 'ncsc-hacked-account'],
  'notYou.delivery': ['retailer-delivery-guidance'],
  'notYou.gift-card': ['ncsc-hacked-account'],
  'notYou.refund': ['ncsc-hacked-account'],
  'notYou.subscription': ['ncsc-hacked-account'],
  'notYou.suspicious-activity': ['owasp-asvs-5', 'ncsc-hacked-account'],
  'reason.limit-reached': ['nist-800-63b-4'],
  'reason.throttled': ['nist-800-63b-4'],
  'reason.newer-code-sent': ['owasp-mfa-cheat-sheet'],
  'reason.single-use': ['nist-800-63b-4'],
  'reason.totp-step-reused': ['rfc-6238'],
  'reason.channel-not-allowed': ['nist-800-63b-4'],
  'rule.code-length': ['nist-800-63b-4', 'owasp-asvs-4'],
  'rule.code-lifetime': ['nist-800-63b-4', 'nist-800-63b-3'],
  'rule.failure-limit': ['nist-800-63b-4', 'rfc-4226'],
  'rule.resend-keeps-count': ['nist-800-63b-4'],
  'rule.resend-kills-old-code': ['owasp-mfa-cheat-sheet'],
  'rule.single-use': ['nist-800-63b-4', 'owasp-asvs-5'],
  'rule.no-email-authentication': ['nist-800-63b-4', 'owasp-asvs-5'],
  'redFlag.unexpected-contact.explain': ['ftc-2024-verification-code', 'which-otp-scams'],
  'redFlag.asks-for-code.explain': ['ftc-2024-verification-code', 'retailer-scam-help'],
  'redFlag.urgency.explain': ['ftc-2024-verification-code', 'take-five'],
  'redFlag.unrequested-code.explain': ['which-otp-scams', 'ncsc-hacked-account', 'seed-articles'],
  'redFlag.look-alike.explain': ['take-five'],
  'redFlag.payment-request.explain': ['ftc-gift-cards', 'retailer-scam-help'],
  'redFlag.remote-access.explain': ['retailer-scam-help'],
  'redFlag.purpose-mismatch.explain': ['ftc-2024-verification-code', 'owasp-asvs-5', 'take-five'],
  'report.uk': ['report-fraud', 'police-scotland-101', 'spam-7726'],
  'report.us': ['ftc-reportfraud', 'ftc-identitytheft', 'spam-7726'],
  'report.elsewhere': ['retailer-scam-help'],
  'recovery.password': ['ncsc-hacked-account', 'ftc-identitytheft'],
  'recovery.devices': ['ncsc-hacked-account'],
  'recovery.check': ['ncsc-hacked-account'],
  'recovery.bank': ['ncsc-hacked-account'],
  'recovery.shop': ['retailer-scam-help', 'take-five'],
  'recovery.report': ['report-fraud', 'ftc-reportfraud'],
  'recovery.friends': ['ncsc-hacked-account', 'actionfraud-friend-code'],
  'recovery.careful': ['ncsc-hacked-account'],
  'handout.intro': ['ftc-2024-verification-code'],
  'handout.never': ['ftc-2024-verification-code', 'retailer-scam-help'],
  'handout.anyone': ['ftc-2024-verification-code'],
  'handout.stop': ['ftc-2024-verification-code', 'take-five'],
  'handout.read': ['which-otp-scams', 'take-five'],
  'handout.unasked': ['which-otp-scams', 'ncsc-hacked-account'],
} as const;
