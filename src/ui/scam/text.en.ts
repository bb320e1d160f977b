import { fill } from '../../core/i18n';

/**
 * English texts of the scam views: the attacker's console, red-flag
 * marking, replies, calls and the look-alike page. The red flags' own
 * names and explanations, loot and triggers live in the core catalogue.
 */
export const SCAM_TEXT = {
  'console.title': 'The attacker’s console',
  'console.none': 'There is no attacker in this scenario.',
  'console.state.idle':
    'Holds the account’s password and is waiting for the right moment to use it.',
  'console.state.idlePhish': 'Waiting for someone to type the password into their fake page.',
  'console.state.idleCodeOnly': 'Needs no password: waiting for the shop to send the real code.',
  'console.state.waiting':
    'A real code has been on its way since {at}; waiting for someone to hand it over.',
  'console.state.relaying': 'Got a code; typing it into Larkspur.',
  'console.state.checking': 'Waiting for Larkspur to accept the code.',
  'console.state.inside': 'Inside the account since {at}.',
  'console.state.finished': 'Inside the account since {at}, and took everything they came for.',
  'console.state.gave-up': 'Gave up: {reason}.',
  'console.state.neverIn': 'Never got in.',
  'console.password': 'The account’s password',
  'console.passwordHeld': 'They have it',
  'console.passwordNot': 'They do not have it',
  'console.passwordUnneeded': 'Not needed for this trick',
  'console.started': 'Started the real flow',
  'console.notStarted': 'Not yet',
  'console.tries': 'Codes tried',
  'console.noTries': 'None',
  'console.tryOk': '{at}: accepted',
  'console.tryBad': '{at}: rejected',
  'console.taken': 'What they did inside',
  'console.tookNothing': 'Nothing: they never got into the account.',
  'console.nothingYet': 'Nothing yet.',
  'console.planned': 'What they planned to do, had they got in',
  'console.stillPlanned': 'Still to come',

  'flags.mark': 'Mark what looks wrong',
  'flags.legend': 'Red flags in this {item}',
  'flags.marked': 'You marked:',
  'flags.markedCount': '{count} marked',
  'flags.item.message': 'message',
  'flags.item.email': 'email',
  'flags.item.call': 'call',
  'flags.item.page': 'page',
  'flags.select': 'Mark the words I selected',
  'flags.selectHelp':
    'Select the words that look wrong with your mouse or finger, then press this.',
  'flags.selectFirst': 'Select some words in this {item} first.',
  'flags.selectFound': 'Yes: {flags}.',
  'flags.selectNone':
    'Those words do not carry a red flag on their own. Try fewer words, or use the list below.',
  'debrief.cue': 'What gave it away: {cue}',
  'debrief.quote': 'The words: “{quote}”',

  'reply.label': 'Reply to {from}',
  'reply.send': 'Send',
  'reply.empty': 'Type a reply first.',
  'reply.you': 'You',
  'reply.sentCode': '(texts the code back)',

  'call.readOut': 'Read the code out',
  'call.readOutHelp': 'The latest code on your phone: {code}.',
  'call.noCodeYet': 'No code has reached your phone yet.',
  'call.you': 'You',
  'call.readSomething': '(reads out the code)',

  'page.address': 'Address',
  'page.heading': 'Sign in to Larkspur',
  'page.intro': 'To keep your account safe, confirm it is you.',
  'page.password': 'Password',
  'page.continue': 'Continue',
  'page.codeHeading': 'Enter the code we sent you',
  'page.code': 'Code',
  'page.verify': 'Verify',
  'page.done': 'Thank you. Your account is verified.',
  'page.empty': 'This box is empty: nothing was sent.',
  'page.close': 'Close the page',

  'announce.page': 'A web page opened on your phone: {domain}.',

  'debrief.causeTitle': 'Texts the attacker made the shop send',
  'debrief.causeIntro':
    'These genuine codes looked like any other text, but someone else started them.',
  'debrief.flagsTitle': 'Red flags: what you spotted',
  'debrief.flagsIntro': 'You found {found} of {total} red flags.',
  'debrief.noFlags': 'This run had no red flags to find.',
  'debrief.flagName': 'Red flag',
  'debrief.flagFound': 'You',
  'debrief.found': 'Found',
  'debrief.missed': 'Missed',
  'debrief.falseTitle': 'Marked, but not there',
  'debrief.falseIntro':
    'These marks were on items that did not carry that flag. Worth a second look, not a penalty.',
  'debrief.item.call': 'The call from {from}',
  'debrief.item.page': 'The page at {domain}',
  'debrief.item.message': 'Text from {from} at {at}',
  'debrief.item.email': 'Email from {from} at {at}',
  'debrief.item.notice': 'Notice at {at}',
  'debrief.choices': 'What you did',
  'debrief.choice.share-code.call': '{at}: you read the code out on the call.',
  'debrief.choice.share-code.reply': '{at}: you texted the code back.',
  'debrief.choice.share-code.page': '{at}: you typed the code into the fake page.',
  'debrief.choice.page-password': '{at}: you typed your password into the fake page.',
  'debrief.choice.other': '{at}: {choice}',
  'debrief.choicesByTrainer':
    'Your choices are in the words of the trainer who made this scenario.',
  'debrief.cuesByTrainer':
    'What gave each flag away is in the words of the trainer who made this scenario.',
} as const;

export type ScamKey = keyof typeof SCAM_TEXT;

/** The scam views' text for `key`, with `{name}` slots filled. */
export function st(key: ScamKey, values: Record<string, string | number> = {}): string {
  return fill(SCAM_TEXT[key], values);
}
