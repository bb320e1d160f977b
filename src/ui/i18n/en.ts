import { fill } from '../../core/i18n/fill';

/**
 * English texts of the first screen (the picker, its notices): labels,
 * buttons and hints. The views a link opens read theirs from views.en.ts,
 * which loads with them, so the first screen stays small. The model's own
 * words (messages, outcomes, scenario texts) come from `catalogue()` in core.
 */
export const en = {
  'settings.open': 'Settings',
  'picker.results': 'My results',
  'storage.reset':
    'Your saved progress could not be read, so the sandbox starts afresh. Nothing was thrown away: a copy of the old save is kept in this browser’s storage, under “{key}”.',
  'storage.dropped':
    'Some of your saved progress could not be read, so it was left out: {names}. Everything else you saved is kept, and a copy of the old save is in this browser’s storage, under “{key}”.',
  'storage.droppedSettings': 'how strict the shop is (back to Retail)',
  'storage.droppedRegion': 'your region (back to the UK)',
  'storage.droppedMore': '{count} more',
  'storage.droppedHistory': 'the list of your results',
  'storage.droppedPlay': 'result number {number} in your list',
  'storage.and': 'and',
  'storage.unavailable': 'Progress cannot be saved in this browser; everything still works.',
  'picker.progress': 'Played {plays} · best score {best} · last: {last}',
  'picker.once': 'once',
  'picker.times': '{count} times',
  'last.completed': 'completed',
  'last.safe': 'safe',
  'last.compromised': 'compromised',
  'last.locked-out': 'locked out',
  'last.gave-up': 'gave up',
  'last.unfinished': 'unfinished',
  'last.foiled': 'scam foiled',
  'last.password-at-risk': 'password still at risk',
  'last.taken-over': 'account taken over',
  'picker.notPlayed': 'Not played yet',
  'app.name': 'OTP Sandbox',
  'app.intro':
    'Learn how one-time passcodes work, and how scammers try to get them, by playing with a simulated shop, phone and inbox. Nothing is sent anywhere.',
  'app.loading': 'Loading the scenario…',
  'app.allScenarios': 'All scenarios',
  'picker.heading': 'Scenarios',
  'picker.quiz.heading': 'Real or scam?',
  'picker.quiz.intro': 'Is each short moment real, or a scam?',
  'picker.quiz.play': 'Play a round',
  'picker.own.heading': 'Your scenarios',
  'picker.own.intro': 'Scenarios you wrote, or were sent, kept in this browser.',
  'picker.own.open': 'Open your scenarios',
  'picker.trainers': 'For trainers',
  'picker.unknown': 'There is no scenario called “{id}”. Pick one of the scenarios below.',
  'picker.number': 'Scenario {number}',
  'picker.objectives': 'What you will do',
  'picker.minutes': 'About {minutes} minutes',
  'picker.play': 'Play',
} as const;

export type TextKey = keyof typeof en;

/** The view's text for `key`, with `{name}` slots filled. */
export function t(key: TextKey, values: Record<string, string | number> = {}): string {
  return fill(en[key], values);
}
