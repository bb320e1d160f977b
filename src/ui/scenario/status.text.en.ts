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
  'storage.dismiss': 'Dismiss',
  'storage.dismissLabel': 'Dismiss this notice',
} as const;

export type StatusKey = keyof typeof STATUS_TEXT;

/** The scenario view's status text for `key`, with `{name}` slots filled. */
export function vt(key: StatusKey, values: Record<string, string | number> = {}): string {
  return fill(STATUS_TEXT[key], values);
}
