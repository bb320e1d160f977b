import { fill } from '../../core/i18n';

/**
 * English texts for the scenario view's own status signs: a pane whose
 * error boundary has stopped it (shown on its tab on narrow screens), and
 * the storage notice (its wording is the picker's, in the shared catalogue).
 */
export const STATUS_TEXT = {
  /** After the pane's name on its tab (read as "Phone — stopped"). */
  'tab.stopped': 'stopped',
  'announce.stopped': 'The {pane} pane hit an error and stopped. Open its tab to reset it.',
  /** Beside "Next event" while a beat the learner expects is still to come (`comingUp`). */
  'coming.courier': 'Coming up: the courier, at your door. Press Next event to skip the wait.',
  'coming.other': 'Something you expect is on its way. Press Next event to skip the wait.',
  'storage.dismiss': 'Dismiss',
  'storage.dismissLabel': 'Dismiss this notice',
} as const;

export type StatusKey = keyof typeof STATUS_TEXT;

/** The scenario view's status text for `key`, with `{name}` slots filled. */
export function vt(key: StatusKey, values: Record<string, string | number> = {}): string {
  return fill(STATUS_TEXT[key], values);
}
