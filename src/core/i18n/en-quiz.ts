import { OWN_SEPARATOR } from '../quiz/situations';
import type { SituationId } from '../quiz/situations';
import { trainerTexts } from './trainers';

/** One situation's words: `cue` is a part of `body`, word for word, shown marked after the answer. */
export interface SituationText {
  /** What the learner is doing when it happens. */
  context: string;
  /** The message, the call's words or what is said at the door. */
  body: string;
  /** The words that carry the lesson; a part of `body`, word for word. */
  cue: string;
  /** Why it is real or a scam, in a sentence or two. */
  why: string;
}

/**
 * English texts of "Real or scam?": each situation, taken from a library
 * scenario, in a few lines. Loaded with the quiz, never on the first screen.
 */
export const enQuiz: Record<SituationId, SituationText> = {
  'sign-in-code': {
    context: 'You are signing in to Larkspur on your new laptop.',
    body: 'Larkspur: 482 913 is your code to approve a sign-in on a new device (Chrome on Windows). It expires at 10:03. Never share it: Larkspur will never call or text to ask for it.',
    cue: 'approve a sign-in on a new device (Chrome on Windows)',
    why: 'You started this sign-in, and the code is for you to type on the site yourself. Nobody asks you to hand it over.',
  },
  'reset-email': {
    context: 'You asked Larkspur to reset your password a minute ago.',
    body: 'Hello,\nUse 305 118 to reset your password. The code expires at 10:13. Never share it with anyone: Larkspur will never call, text or email you to ask for it.',
    cue: 'Use 305 118 to reset your password.',
    why: 'You asked for this reset, and the code is for you to type yourself. The email asks you to share nothing.',
  },
  'payment-code': {
    context: 'You are buying a £1,299.00 laptop on the Larkspur site.',
    body: 'Larkspur: 660 274 is your code to approve a payment of £1,299.00 for order LK-4410. It expires at 14:22. Never share it: Larkspur will never call or text to ask for it.',
    cue: 'approve a payment of £1,299.00 for order LK-4410',
    why: 'The message names the payment you are making right now. You type the code on the site yourself.',
  },
  'courier-ahead': {
    context: 'Your Larkspur parcel is out for delivery today.',
    body: 'Hi, this is your Larkspur courier. I will be with you in about ten minutes. I will see you at the door.',
    cue: 'I will see you at the door.',
    why: 'A courier may call ahead, but this one asks for nothing. The code is only for the door, once you hold the right parcel.',
  },
  'courier-door': {
    context:
      'The courier is at your door. You have checked the parcel: it is yours and it is not damaged.',
    body: 'Here is your parcel. Could you read me your delivery code, please?',
    cue: 'Here is your parcel.',
    why: 'This is what the delivery code is for: you read it at your door, once the right parcel is in your hands.',
  },
  'phone-notice': {
    context: 'You have just changed your phone number on the Larkspur app.',
    body: 'Your Larkspur account asked to change its phone number to +44 7700 900456. If this was not you, open the Larkspur app, or type larkspur.example yourself, and change your password.',
    cue: 'open the Larkspur app, or type larkspur.example yourself',
    why: 'A real notice tells you what changed. It sends you to the app or site on your own, and asks for nothing.',
  },
  'email-change-code': {
    context: 'You are changing your email address on the Larkspur app.',
    body: 'Larkspur: 719 046 is your code to change your email address to sam.rivera@fernmail.example. It expires at 09:41. Never share it: Larkspur will never call or text to ask for it.',
    cue: 'change your email address to sam.rivera@fernmail.example',
    why: 'It names the new address you typed, and you use the code yourself. Never give this one to anyone: it hands over the whole account.',
  },
  'card-notice': {
    context: 'You have just added your new bank card to Larkspur.',
    body: 'Your Larkspur account asked to add a card ending 1881. If this was you, you do not need to do anything. If not, open the Larkspur app, or type larkspur.example yourself, and change your password.',
    cue: 'If this was you, you do not need to do anything.',
    why: 'A real notice only tells you what happened. It asks for no code, no reply and no call.',
  },
  'real-alert': {
    context: 'You are at home. You are not signing in to anything.',
    body: 'Someone is trying to sign in to your Larkspur account on an iPhone in Manchester. If it is not you, do not use any code we sent. Open the Larkspur app yourself and change your password. We will never call or text you to ask for a code.',
    cue: 'Open the Larkspur app yourself and change your password.',
    why: 'A real alert sends you to the app on your own. It does not ask for a code or say someone will call. (Still change your password: someone has it.)',
  },
  'reply-text': {
    context: 'You are at home. You are not signing in to anything.',
    body: 'LARKSPUR SECURITY: a sign-in from an unknown device was stopped. To keep your account open, reply to this message with the 6-digit code we send you next. Accounts not checked within 30 minutes will be closed.',
    cue: 'reply to this message with the 6-digit code we send you next',
    why: 'Anyone who asks for your code is a scammer. The text shows the shop’s name, but a sender’s name can be faked.',
  },
  'cancel-call': {
    context: 'Your phone rings. The caller ID shows Larkspur’s own number.',
    body: 'This is the Larkspur fraud team. Someone just ordered an £899 phone on your account. I am sending you a code to cancel it. Read me the six digits as soon as it comes.',
    cue: 'Read me the six digits',
    why: 'A real company never calls to ask for a code. Caller ID can be faked. The code would approve the caller’s sign-in.',
  },
  'friend-text': {
    context: 'A text comes from your friend Alex.',
    body: 'Hi, it’s Alex! I sent a 6-digit code to your number by mistake. Can you send it back to me? It’s urgent!',
    cue: 'Can you send it back to me?',
    why: 'The code is for your own account. Even a real mistake is never yours to forward. Call Alex on the number you already have.',
  },
  'link-text': {
    context: 'You are at home. You have no order waiting.',
    body: 'Larkspur: your order is on hold. Confirm your details within 24 hours at https://larkspur-help.example/verify',
    cue: 'larkspur-help.example',
    why: 'The link is not Larkspur’s own site, larkspur.example. Type the address yourself, or use the app.',
  },
  'early-courier': {
    context: 'Your parcel left the depot this morning. It is not here yet.',
    body: 'Hi, I am your courier. I am running late, so read me your delivery code now and I will log the parcel for you.',
    cue: 'read me your delivery code now',
    why: 'The delivery code is only for the door, once the right parcel is in your hands. Read out early, it marks the parcel delivered.',
  },
  'refund-call': {
    context: 'A caller says they are from Larkspur refunds. You let them see your screen.',
    body: 'Oh no, I sent you £495, not £45! Please send the difference back. Buy gift cards and read me the numbers on the back.',
    cue: 'Buy gift cards and read me the numbers on the back.',
    why: 'Anyone who wants to be paid in gift cards is a scammer. No real shop asks for that.',
  },
  'verify-call': {
    context: 'A caller from “Larkspur orders” says a £1,249 laptop is about to go on your card.',
    body: 'I can cancel it for you. I will send you a code that just checks it is you. Read it to me when it comes.',
    cue: 'Read it to me when it comes.',
    why: 'Anyone who asks for your code is a scammer, whatever they say it is for. The code would approve the payment.',
  },
  'fake-alert': {
    context: 'You are at home. You are not signing in to anything.',
    body: 'Larkspur Security: a new iPhone in Manchester just signed in to your account. Our team will call you in a few minutes to block it. Have the code we text you ready.',
    cue: 'Have the code we text you ready.',
    why: 'A real alert never asks for a code, and never says someone will call you for one. The text shows the shop’s name, but that can be faked.',
  },
  'stranger-text': {
    context: 'A Larkspur sign-in code you did not ask for has just come. Then this text comes.',
    body: 'Hi, I think I typed your number by mistake. Can you send me the code you just got?',
    cue: 'Can you send me the code you just got?',
    why: 'Even a real mistake is never yours to forward. A sign-in code you did not ask for means someone has your password: change it.',
  },
};

/** A situation's words by its id (a round's situations carry plain string ids). */
export function quizText(id: string): SituationText {
  const at = id.indexOf(OWN_SEPARATOR);
  const text =
    at < 0
      ? (enQuiz as Record<string, SituationText | undefined>)[id]
      : trainerTexts(id.slice(0, at))?.situations?.[id.slice(at + 1)];
  if (!text) throw new Error(`No words for the situation "${id}".`);
  return text;
}

/** The sources of these texts, by situation (keys listed in doc/sources.md). */
export const enQuizSources: Record<SituationId, readonly string[]> = {
  'sign-in-code': ['ftc-2024-verification-code', 'seed-articles'],
  'reset-email': ['ftc-2024-verification-code', 'seed-articles'],
  'payment-code': ['owasp-asvs-5', 'take-five'],
  'courier-ahead': ['retailer-delivery-guidance'],
  'courier-door': ['retailer-delivery-guidance'],
  'phone-notice': ['owasp-asvs-5', 'take-five'],
  'email-change-code': ['owasp-asvs-5', 'ftc-2024-verification-code'],
  'card-notice': ['owasp-asvs-5', 'retailer-scam-help'],
  'real-alert': ['owasp-asvs-5', 'retailer-scam-help', 'ncsc-hacked-account'],
  'reply-text': ['ftc-2024-verification-code', 'take-five'],
  'cancel-call': ['which-otp-scams', 'retailer-scam-help'],
  'friend-text': ['actionfraud-friend-code'],
  'link-text': ['take-five'],
  'early-courier': ['bbc-watchdog-2024-delivery', 'retailer-delivery-guidance'],
  'refund-call': ['ftc-gift-cards', 'retailer-scam-help'],
  'verify-call': ['ftc-2024-verification-code', 'owasp-asvs-5'],
  'fake-alert': ['ftc-2024-verification-code', 'retailer-scam-help', 'take-five'],
  'stranger-text': ['ftc-2024-verification-code', 'ncsc-hacked-account'],
};
