import type { AuditEntry, ChallengeContext, ChallengeState, CodeRecord } from './types';

/*
 * Rules read off a challenge's context at a given moment. The machine's
 * guards, the model walk, the views and the workbench all ask these, so a
 * rule is written once. Each takes the time explicitly where time matters:
 * a deadline is reached at its very millisecond, whether or not the timer
 * that marks it has fired yet.
 */

/** The newest code the challenge issued (the one in the newest message), or null (authenticator). */
export function newestRecord(context: ChallengeContext): CodeRecord | null {
  return context.codes.at(-1) ?? null;
}

/** When the resend cooldown ends (newest send + the policy's cooldown), or null when there is none. */
export function cooldownEndsAt(context: ChallengeContext): number | null {
  const newest = newestRecord(context);
  if (!newest || context.policy.resendCooldownMs <= 0) return null;
  return newest.sentAt + context.policy.resendCooldownMs;
}

/** Whether a resend is still refused for the cooldown at `at`. */
export function coolingDownAt(context: ChallengeContext, at: number): boolean {
  const end = cooldownEndsAt(context);
  return end !== null && at < end;
}

/** Failures the learner may still make before the lockout; null when the policy sets no limit. */
export function attemptsLeft(context: ChallengeContext): number | null {
  const max = context.policy.maxFailures;
  return max === null ? null : Math.max(0, max - context.failures);
}

/** When a message reaches the phone or inbox: its send time plus its latency. */
export function arrivalDueAt(record: CodeRecord): number {
  return record.sentAt + record.latencyMs;
}

/** The states in which the current code can still be typed in (its lifetime runs). */
const CODE_RUNS: readonly ChallengeState[] = ['pending', 'verifying', 'throttled'];

/** Whether the current code's lifetime is running in `state`. */
export function codeRunning(state: ChallengeState): boolean {
  return CODE_RUNS.includes(state);
}

/** A deadline counting down: how long is left at a moment, when it ends, and out of how long. */
export interface Meter {
  leftMs: number;
  endsAt: number;
  /** The whole span, for a progress bar. */
  ofMs: number;
}

/**
 * What the shop shows about a challenge at `at`: attempts left, and each
 * deadline running then. A deadline reached at `at` shows nothing, even if
 * its timer has not fired yet.
 */
export interface Meters {
  /** Failures left before the lockout; null when the policy sets no limit. */
  attemptsLeft: number | null;
  /** The current code's remaining life, while it can still be typed in. */
  expiry: Meter | null;
  /** The code ran out (the challenge is in `expired`). */
  expired: boolean;
  /** The resend cooldown. */
  cooldown: Meter | null;
  /** The throttle wait after a failure. */
  throttle: Meter | null;
  /** The lockout after too many failures. */
  lockout: Meter | null;
}

function meter(endsAt: number | null, ofMs: number, at: number): Meter | null {
  if (endsAt === null || at >= endsAt) return null;
  return { leftMs: endsAt - at, endsAt, ofMs };
}

/** The meters of a challenge in `state` with `context`, at time `at`. */
export function metersAt(
  snapshot: { value: unknown; context: ChallengeContext },
  at: number,
): Meters {
  const c = snapshot.context;
  const state = snapshot.value as ChallengeState;
  const p = c.policy;
  return {
    attemptsLeft: attemptsLeft(c),
    expiry: codeRunning(state) ? meter(c.expiresAt, p.lifetimeMs, at) : null,
    expired: state === 'expired',
    cooldown: meter(cooldownEndsAt(c), p.resendCooldownMs, at),
    throttle: state === 'throttled' ? meter(c.waitUntil, p.throttle?.maxWaitMs ?? 1, at) : null,
    lockout: state === 'locked' ? meter(c.lockedUntil, p.lockoutMs, at) : null,
  };
}

/**
 * The shop's last answer a learner can see: the newest audit entry that is
 * not about a message's journey. A real service cannot know a text arrived
 * or went missing, so the page never says so (doc/model.md: "the learner
 * never sees it"); the debrief's timeline shows those entries afterwards.
 */
export function shopAnswer(context: ChallengeContext): AuditEntry | null {
  for (let i = context.log.length - 1; i >= 0; i--) {
    const entry = context.log[i] as AuditEntry;
    if (entry.event !== 'otp.deliver') return entry;
  }
  return null;
}
