import { fill } from '../../core/i18n';

/**
 * English texts of the attacker's seat view (AttackerSeat.svelte). What the
 * target says, the pretexts and the debrief come from the core
 * (src/core/i18n/en-seat.ts), since headless tests read them too.
 */
export const SEAT_TEXT = {
  title: 'The attacker’s seat',
  intro:
    'You play the attacker. You hold a list of leaked passwords and want into {name}’s Larkspur account. The shop will text a code to {name}’s phone, not to you: get it, or guess it.',
  setup: 'You are after: {name} ({profile}). The shop’s code rules: {policy}. Seed {seed}.',
  scenario:
    'Scenario {number}: {title}. The code the shop sends, and what you take once in, follow its attacker.',
  fictional:
    'Everything here is made up: the shop, the people and the .example addresses. Nothing is sent anywhere.',
  loading: 'Loading the scenario…',
  unknownScenario: 'There is no scenario “{id}”, so this seat uses the customer-service call.',
  'profile.cautious': 'cautious',
  'profile.hurried': 'hurried',
  'profile.trusting': 'trusting',

  'leak.title': 'Leaked passwords',
  'leak.caption': 'A list bought after breaches at other sites',
  'leak.use': 'Use',
  'leak.useLabel': 'Use {email} with password {password}',

  'shop.title': 'Larkspur sign-in',
  'shop.email': 'Email address',
  'shop.password': 'Password',
  'shop.submit': 'Sign in',
  'shop.done': 'Signed in with the password. Larkspur now wants the code it texted.',

  'pretext.title': 'Stories to tell',
  'pretext.hint': 'Call or text them with a story to get the code out of them.',
  'pretext.call': 'Call',
  'pretext.text': 'Text',
  'pretext.urgent': 'urgent',
  'pretext.contact': 'from a contact',
  'pretext.used': 'used',
  'pretext.from': 'from scenario {number}',

  'talk.title': 'What you both said',
  'talk.empty': 'Nothing said yet.',
  'talk.you': 'You',
  'talk.shared': 'Handed over the code',
  'talk.refused': 'Refused',
  'talk.noCode': 'No code yet: Larkspur only sends one when someone signs in with the password.',
  'talk.signIn': 'You tried {email} at Larkspur: {result}',
  'talk.signIn.ok': 'password accepted, code texted to their phone',
  'talk.signIn.wrong': 'wrong password, no code sent',
  'talk.signIn.empty': 'nothing typed',
  'talk.signIn.already': 'already past the password',
  'talk.guess': 'Typed {count} code(s) into Larkspur: {result}',
  'talk.guessNone': 'Larkspur checked nothing: {result}',

  'see.title': 'What you see',
  'see.password': 'Password',
  'see.passwordNone': 'None that works yet',
  'see.passwordOk': 'Works: {email}',
  'see.shop': 'Larkspur',
  'see.shopIdle': 'Nothing started',
  'see.code': 'The code',
  'see.codeHidden': 'On {name}’s phone ({phone}). You cannot see it.',
  'see.codeRelayed': '{code} (read out to you by {name})',
  'see.expires': 'Code expires',
  'see.time': 'Time',
  'state.pending': 'waiting for the code',
  'state.throttled': 'making you wait after wrong codes',
  'state.locked': 'locked after too many wrong codes',
  'state.expired': 'the code expired',
  'state.voided': 'the code was voided',
  'state.accepted': 'accepted a code: you are in',
  'state.cancelled': 'cancelled',
  'state.verifying': 'checking',

  'code.title': 'Code box',
  'code.label': 'Code for Larkspur',
  'code.submit': 'Enter code',
  'code.guesses': 'Guesses so far: {count}',
  'code.limit': 'Larkspur allows {limit} wrong codes before it locks.',
  'code.noLimit': 'Larkspur never locks: there is no limit on wrong codes.',
  'code.space': '{space} possible codes; one code lives {lifetime}.',
  'code.tryLabel': 'How many guesses',
  'code.try': 'Try {count} guesses',
  'code.tryHint': 'A script types codes in order (000000, 000001, …), {rate} a second.',
  'code.badCount': 'Type a whole number from 1 to {max}.',
  'code.needSignIn': 'Sign in first: there is no code to enter yet.',

  'time.wait': 'Wait 1 minute',
  'time.giveUp': 'Give up',

  'end.title': 'Debrief',
  'end.guesses': 'Codes typed into Larkspur: {count}',
  'end.asked': 'Stories tried: {count}',
  'end.loot': 'What you took',
  'end.again': 'Play again',
} as const;

export type SeatTextKey = keyof typeof SEAT_TEXT;

export function sst(key: SeatTextKey, values: Record<string, string | number> = {}): string {
  return fill(SEAT_TEXT[key], values);
}
