/** What a learner decides about a situation. */
export type Verdict = 'real' | 'scam';
export const VERDICTS: readonly Verdict[] = ['real', 'scam'];

/**
 * One short situation of "Real or scam?", as data: a moment taken from a
 * library scenario (the message, call or doorstep it is built on), whether
 * it is genuine or a scam, and how it reaches the learner. Its words (what
 * the learner is doing, the message, the cue that carries the lesson, and
 * why) are in the catalogue under `quiz.situations.<id>` (i18n/en-quiz.ts).
 * Nothing in the data a learner sees (the channel, the sender) gives the
 * answer away: scam texts can show the shop's name, and real calls come
 * from ordinary numbers.
 */
export interface Situation {
  id: string;
  /** The built-in scenario this moment comes from (its id; test/core/quiz.test.ts checks it is one). */
  scenario: string;
  kind: Verdict;
  channel: 'sms' | 'email' | 'call' | 'door';
  /** Who it seems to come from, as the phone, inbox or door shows it. */
  from: string;
}

const SHOP_TEXT = 'Larkspur';
const SHOP_MAIL = 'Larkspur <security@larkspur.example>';

export const SITUATIONS = [
  // ---- genuine ----
  { id: 'sign-in-code', scenario: 'new-device', kind: 'real', channel: 'sms', from: SHOP_TEXT },
  {
    id: 'reset-email',
    scenario: 'password-reset',
    kind: 'real',
    channel: 'email',
    from: SHOP_MAIL,
  },
  { id: 'payment-code', scenario: 'checkout', kind: 'real', channel: 'sms', from: SHOP_TEXT },
  {
    id: 'courier-ahead',
    scenario: 'delivery',
    kind: 'real',
    channel: 'call',
    from: '+44 7700 900777',
  },
  { id: 'courier-door', scenario: 'delivery', kind: 'real', channel: 'door', from: 'Front door' },
  {
    id: 'phone-notice',
    scenario: 'phone-change',
    kind: 'real',
    channel: 'email',
    from: SHOP_MAIL,
  },
  {
    id: 'email-change-code',
    scenario: 'email-change',
    kind: 'real',
    channel: 'sms',
    from: SHOP_TEXT,
  },
  {
    id: 'card-notice',
    scenario: 'payment-change',
    kind: 'real',
    channel: 'email',
    from: SHOP_MAIL,
  },
  { id: 'real-alert', scenario: 'scam-alert', kind: 'real', channel: 'email', from: SHOP_MAIL },
  // ---- scams ----
  { id: 'reply-text', scenario: 'scam-reply', kind: 'scam', channel: 'sms', from: SHOP_TEXT },
  {
    id: 'cancel-call',
    scenario: 'scam-call',
    kind: 'scam',
    channel: 'call',
    from: '+44 7700 900100',
  },
  {
    id: 'friend-text',
    scenario: 'scam-friend',
    kind: 'scam',
    channel: 'sms',
    from: 'Alex',
  },
  { id: 'link-text', scenario: 'scam-link', kind: 'scam', channel: 'sms', from: SHOP_TEXT },
  {
    id: 'early-courier',
    scenario: 'scam-delivery',
    kind: 'scam',
    channel: 'call',
    from: '+44 7700 900888',
  },
  {
    id: 'refund-call',
    scenario: 'scam-refund',
    kind: 'scam',
    channel: 'call',
    from: '+44 7700 900246',
  },
  {
    id: 'verify-call',
    scenario: 'scam-mismatch',
    kind: 'scam',
    channel: 'call',
    from: '+44 7700 900135',
  },
  { id: 'fake-alert', scenario: 'scam-alert', kind: 'scam', channel: 'sms', from: SHOP_TEXT },
  {
    id: 'stranger-text',
    scenario: 'unrequested-code',
    kind: 'scam',
    channel: 'sms',
    from: '+44 7700 900871',
  },
] as const satisfies readonly Situation[];

export type SituationId = (typeof SITUATIONS)[number]['id'];
