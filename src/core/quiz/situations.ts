/** What a learner decides about a situation. */
export type Verdict = 'real' | 'scam';
export const VERDICTS = ['real', 'scam'] as const satisfies readonly Verdict[];

/** How a situation reaches the learner: a text, an email, a phone call, or someone at the door. */
export const SITUATION_CHANNELS = ['sms', 'email', 'call', 'door'] as const;
export type SituationChannel = (typeof SITUATION_CHANNELS)[number];

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
  /** The scenario this moment comes from: a built-in, or a trainer's (`ownSituations`). */
  scenario: string;
  kind: Verdict;
  channel: SituationChannel;
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

/**
 * A trainer's scenario's situations as the quiz's own: each id becomes
 * `<scenario id>/<situation id>`, so it never meets a built-in's, and its
 * words are found in the scenario's texts (`quizText`).
 */
export function ownSituations(scenario: {
  id: string;
  situations?: readonly Omit<Situation, 'scenario'>[];
}): Situation[] {
  return (scenario.situations ?? []).map((x) => ({
    ...x,
    id: `${scenario.id}${OWN_SEPARATOR}${x.id}`,
    scenario: scenario.id,
  }));
}

/** Between a trainer's scenario's id and its situation's in a quiz id; never in an id (a slug). */
export const OWN_SEPARATOR = '/';
