/**
 * English texts of the "Real or scam?" view, loaded with it. The
 * situations' own words are in core (src/core/i18n/en-quiz.ts).
 */
export const QUIZ_TEXT = {
  title: 'Real or scam?',
  intro:
    'Here are {total} short moments: a text, an email, a call or a knock at the door. For each one, decide: is it real, or a scam? You see why at once.',
  own: 'This round includes moments from “{title}”, a trainer’s own scenario. They were not written by the makers of this sandbox.',
  byTrainer: 'From the trainer’s own scenario.',
  progress: 'Moment {n} of {total}',
  context: 'What is going on',
  channel: {
    sms: 'Text from {from}',
    email: 'Email from {from}',
    call: 'Call from {from}',
    door: 'At the door',
  },
  ask: 'Is this real, or a scam?',
  real: 'Real',
  scam: 'Scam',
  right: 'Right: this one is {kind}.',
  wrong: 'Not this time: this one is {kind}.',
  kind: { real: 'real', scam: 'a scam' },
  cueLabel: 'The words that tell you:',
  next: 'Next moment',
  seeTally: 'See how you did',
  tallyTitle: 'How you did',
  tally: 'You got {right} of {total} right.',
  scamsMissed: 'Scams you took for real: {count}.',
  realDoubted:
    'Real ones you took for a scam: {count}. Doubting is the safe mistake: check in the app yourself.',
  allRight: 'Every one right. Well spotted.',
  review: 'Each moment',
  yourAnswer: 'You said {verdict}.',
  share: 'Give this same round to a group with this link:',
  again: 'Play a new round',
  back: 'Back to the scenarios',
  badLink: 'This round’s link could not be read. ',
} as const;
