/**
 * Every way a scenario run can end, as one list: the runner's `RunOutcome`
 * type and the save parser both come from it, so a new ending cannot be
 * played without also being readable from a save. This module imports
 * nothing, so the save parser (on the first screen) never loads the runner.
 */
export const RUN_OUTCOMES = [
  'completed',
  'safe',
  'foiled',
  // A scam in which nobody got in, but the scammer still holds the password.
  'password-at-risk',
  'taken-over',
  'compromised',
  'locked-out',
  'gave-up',
  'unfinished',
] as const;

export type RunOutcome = (typeof RUN_OUTCOMES)[number];
