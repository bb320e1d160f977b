import { fill } from '../../core/i18n';

/**
 * English texts of the demo views: presenter mode, both sides at once, and
 * their audit log. The captions (speaker notes) are the model's, in
 * the core catalogue under `scenario.<id>.notes`.
 */
export const PRESENT_TEXT = {
  'present.title': 'Presenting: {title}',
  'split.title': 'Both sides: {title}',
  'demo.ending': 'Ending',
  'demo.ending.taken-over': 'Taken over: the code is handed over',
  'demo.ending.foiled': 'Foiled: the scam is spotted',
  'demo.step': 'Step {beat} of {total}',
  'demo.notStarted': 'Not started',
  'demo.intro': 'Press Next (→) to play the first step.',
  'demo.end': 'End of the demo. Press Back (←) to step back or Reset (R) to start again.',
  'demo.announce': 'Step {beat} of {total}. {caption}',
  'demo.announceStart': 'Back at the start: nothing has happened yet.',
  'demo.controls': 'Demo controls',
  'demo.next': 'Next',
  'demo.back': 'Back',
  'demo.play': 'Play',
  'demo.pause': 'Pause',
  'demo.reset': 'Reset',
  'demo.fullscreen': 'Full screen',
  'demo.exitFullscreen': 'Leave full screen',
  'demo.help': 'Keys',
  'demo.copy': 'Copy link',
  'demo.copied': 'Link to step {beat} copied.',
  'demo.copyFailed': 'This browser would not copy. Select the link below and copy it yourself.',
  'demo.linkLabel': 'Link to this step',
  'demo.exit': 'Back to the scenarios',
  'demo.clock': 'Simulated time',
  'demo.notes': 'Speaker notes',
  'demo.noCaption': '(no notes for this step)',
  'demo.phoneNote': 'The target’s phone follows the demo: it cannot be used here.',
  'present.reveal': 'Show the room the attacker’s console',
  'present.revealLog': 'Show the shop’s audit log',
  'present.elapsed': 'Elapsed',
  'present.openAudience': 'Open the audience window',
  'present.showAudience': 'Show the audience window',
  'present.blocked':
    'This browser did not open a new window. Allow pop-ups for this page, or open this address in a second window:',
  'present.audienceOpen':
    'The audience window shows the phone and whatever you reveal. Your notes stay here; the keys work in both windows.',
  'present.next': 'Next step:',
  'present.nextEnd': 'None: this is the end of the demo.',
  'present.questions': 'Questions for the room',
  'audience.title': 'For the room: {title}',
  'audience.waiting': 'Looking for the presenter’s window…',
  'audience.alone':
    'No presenter’s window is open for this demo, so this window has the keys: → next, ← back, Space play, R reset, A the attacker’s console.',
  'audience.gone':
    'The presenter’s window has closed. This window now has the keys: → next, ← back, Space play, R reset, A the attacker’s console.',
  'present.hidden':
    'The attacker’s console is hidden. Tick “Show the room the attacker’s console” (or press A) to reveal it.',
  'split.attacker': 'The attacker',
  'split.phone': 'The target’s phone',
  'split.audit': 'The shop’s audit log',
  'split.auditHelp':
    'Everything the shop recorded, what the attacker did and what the target did, with what caused it.',
  'split.auditEmpty': 'Nothing has happened yet.',
  'split.because': 'because {cause}',
  'split.byAttacker': 'Sent by the attacker, as their script planned: not by Larkspur.',
  'split.link': '{label} (the link really goes to {href})',
  'help.title': 'Presenter keys',
  'help.close': 'Close',
  'help.next': 'Next step',
  'help.back': 'Previous step (replays the demo to it)',
  'help.play': 'Play or pause: steps follow the simulated clock',
  'help.reset': 'Back to the start',
  'help.fullscreen': 'Full screen on or off',
  'help.reveal': 'Show or hide the attacker’s console',
  'help.help': 'This list of keys',
  'help.clicker': 'A presentation clicker’s forward and back buttons work too.',
} as const;

/** Who did it, in the audit log. */
export const SOURCE_TEXT = {
  shop: 'Shop',
  attacker: 'Attacker',
  target: 'Target',
  phone: 'Phone',
} as const;

/** Each cause, as the end of "because …". */
export const CAUSE_TEXT = {
  'sign-in': 'the attacker signed in with the leaked password at {at}',
  checkout: 'the attacker started a payment with the saved card at {at}',
  dispatch: 'the parcel left the depot at {at}',
  script: 'the attacker planned this moment before the scenario began at {at}',
  'phished-password': 'the target typed the password into the look-alike page at {at}',
  issued: 'the shop issued the code at {at}',
  'shared-call': 'the target read the code out on the call at {at}',
  'shared-reply': 'the target texted the code back at {at}',
  'shared-page': 'the target typed the code into the look-alike page at {at}',
  relayed: 'the attacker typed the code into the shop at {at}',
  inside: 'the attacker got in at {at}',
  reported: 'the target told the shop at {at}',
  timer: 'a wait that began at {at} ran out',
} as const;

/** What the attacker and the target did, by source and event (the shop's words are the catalogue's audit outcomes). */
export const EVENT_TEXT: Record<string, string> = {
  'attacker:START': 'Started the real flow with the leaked password',
  'attacker:CODE': 'Got the code',
  'attacker:after relay': 'Typed the code into the shop',
  'attacker:ACCEPTED': 'Got in',
  'attacker:REJECTED': 'The code did not work',
  'attacker:after nextLoot': 'Took something from the account',
  'attacker:after patience': 'Gave up waiting for a code',
  'attacker:CLOSED': 'Gave up: the attempt was closed',
  'target:share code by call': 'Read the code out on the call',
  'target:share code by reply': 'Texted the code back',
  'target:share code by page': 'Typed the code into the look-alike page',
  'target:open link': 'Opened the link in the text',
  'target:type password into page': 'Typed the password into the look-alike page',
};

export type PresentKey = keyof typeof PRESENT_TEXT;

export function pt(key: PresentKey, values: Record<string, string | number> = {}): string {
  return fill(PRESENT_TEXT[key], values);
}
