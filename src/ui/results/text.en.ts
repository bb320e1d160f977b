import { fill } from '../../core/i18n';

/** English texts of My results: the learner's plays, their CSV and the certificate. */
export const RESULTS_TEXT = {
  title: 'My results',
  intro:
    'Every scenario you finish in this browser is listed here, newest first. It stays on this device: nothing is sent anywhere.',
  back: 'Back to the scenarios',
  empty: 'No results yet. Play a scenario to the end and it will appear here.',
  caption: 'Your plays, newest first',
  date: 'Date',
  scenario: 'Scenario',
  outcome: 'Outcome',
  score: 'Score',
  flags: 'Red flags found',
  flagsOf: '{found} of {there}',
  noFlags: 'none to find',
  found: 'Red flags found',
  there: 'Red flags there',
  kept: 'The newest {max} plays are kept.',
  csv: 'Download as a spreadsheet (CSV)',
  csvFile: 'otp-sandbox-results-{date}.csv',
  certificate: 'Certificate of completion',
  certificateIntro:
    'Type your name as it should appear, then print the certificate or save it as a PDF from the print window.',
  name: 'Your name',
  print: 'Print the certificate',
  printNeedsName: 'Type your name first.',
  printNeedsPlay: 'Finish a scenario first: the certificate lists the ones you finished.',
  certHeading: 'Certificate of completion',
  certLead: 'This certifies that',
  certBody:
    'worked through {count} of the OTP Sandbox’s scenarios about one-time passcodes and the scams that try to get them:',
  certBodyOne:
    'worked through one of the OTP Sandbox’s scenarios about one-time passcodes and the scams that try to get them:',
  certDate: 'Date: {date}',
  certNote: 'Made in the learner’s own browser. It records what was played there, not a test.',
} as const;

export function rt(
  key: keyof typeof RESULTS_TEXT,
  values: Record<string, string | number> = {},
): string {
  return fill(RESULTS_TEXT[key], values);
}
