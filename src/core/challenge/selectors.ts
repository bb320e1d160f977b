import type { ChallengeContext } from './types';

/*
 * Rules read off a challenge's context at a given moment. The machine's
 * guards, the views and the workbench all ask these, so a rule is written
 * once. Each takes the time explicitly: a deadline is reached at its very
 * millisecond, whether or not the timer that marks it has fired yet.
 */

/** When the resend cooldown ends (newest send + the policy's cooldown), or null when there is none. */
export function cooldownEndsAt(context: ChallengeContext): number | null {
  const newest = context.codes.at(-1);
  if (!newest || context.policy.resendCooldownMs <= 0) return null;
  return newest.sentAt + context.policy.resendCooldownMs;
}

/** Whether a resend is still refused for the cooldown at `at`. */
export function coolingDownAt(context: ChallengeContext, at: number): boolean {
  const end = cooldownEndsAt(context);
  return end !== null && at < end;
}
