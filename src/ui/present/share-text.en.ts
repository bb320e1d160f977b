import type { ShareError } from '../../core/share';

/**
 * The few demo texts the first screen needs: the picker's demo links and
 * why a share link could not open. The demo views' own texts are in
 * text.en.ts, loaded with them.
 */
export const PICKER_DEMO_TEXT = {
  present: 'Present',
  both: 'Both sides',
  seatHeading: 'Play the attacker',
  seatIntro:
    'Sit on the other side: you hold a leaked password, the shop texts the code to the account holder, and you try to talk it out of them or guess it. Pick how they behave:',
  seatProfiles: {
    cautious: 'A cautious person',
    hurried: 'A hurried person',
    trusting: 'A trusting person',
  },
} as const;

/** Why a share link could not open, shown above the picker. */
export const SHARE_ERROR_TEXT: Record<ShareError, string> = {
  malformed: 'This link is not a link the sandbox can read (“{detail}”).',
  'too-long': 'This link is {detail} bytes long, far longer than any link the sandbox makes.',
  'unknown-mode': 'This link asks for “{detail}”, which the sandbox does not have.',
  'unknown-scenario': 'There is no scenario called “{detail}”.',
  'unknown-parameter': 'This link has a setting the sandbox does not know: “{detail}”.',
  'unknown-policy': 'This link names shop rules the sandbox does not have: “{detail}”.',
  'unknown-ending': 'This link names an ending the demo does not have: “{detail}”.',
  'unknown-profile':
    'This link names a kind of person the attacker’s seat does not have: “{detail}”.',
  'seed-not-integer': 'The seed in this link must be a whole number, not “{detail}”.',
  'seed-out-of-range': 'The seed in this link must be from 1 to 2147483647, not {detail}.',
  'beat-not-integer': 'The step in this link must be a whole number, not “{detail}”.',
  'beat-out-of-range':
    'This link points to step {detail}, which this demo does not have: the link is out of date.',
  'not-a-scam': 'The scenario “{detail}” is not a scam, so it has no demo or attacker’s seat.',
  'not-kept':
    'This round uses “{detail}”, a trainer’s own scenario, and this browser does not keep it. Open the trainer’s link to that scenario, keep it in Your scenarios, then open this round again.',
  'no-situations':
    'This round uses “{detail}”, a trainer’s own scenario, but it has no moments for Real or scam?.',
};

export const SHARE_NOTICE_TAIL = 'Pick a scenario below instead.';
