import type { RedFlag } from '../scam/flags';
import { leaked } from './recovery';
import type { Debrief } from './debrief';
import type { RunLogEntry } from './log';
import type { RunState } from './state';
import type { Scenario } from './types';

/**
 * The card's "What you will do" objectives, ticked from the run: each
 * objective of a scenario (by its place in the card's list) has a check
 * here, or `null` when it asks only to read or notice something, which a
 * run cannot see (an objective that is only shown, never ticked).
 */
export type ObjectiveCheck =
  /** The run ended this way. */
  | { is: 'outcome'; outcomes: Debrief['outcome'][] }
  /** A new code was asked for (resent, by text or email, or started again). */
  | { is: 'new-code' }
  /** "Remember this device" was ticked on a sign-in that worked. */
  | { is: 'remembered' }
  /** The authenticator app was added and confirmed. */
  | { is: 'enrolled' }
  /** The phone's clock was set wrong. */
  | { is: 'drift' }
  /** The call of this beat was picked up. */
  | { is: 'answered'; beat: string }
  /** At least one red flag really there was marked (this one, or on this item, when given). */
  | { is: 'marked'; flag?: RedFlag; item?: string }
  /** This choice was made (any choice of the decision, when none is named). */
  | { is: 'chose'; decision: string; choice?: string }
  /** Every choice met was made, none unsafe, and no code or password was handed over. */
  | { is: 'decided-safely' }
  /** No code or password left the learner's hands. */
  | { is: 'kept' }
  | { is: 'all'; of: ObjectiveCheck[] };

const done: ObjectiveCheck = { is: 'outcome', outcomes: ['completed'] };
const safely: ObjectiveCheck = { is: 'decided-safely' };

/**
 * The checks, by scenario id, one per objective of its card (`texts.en.objectives` of library/<id>.json),
 * in the same order. A scenario not listed shows its objectives unticked.
 */
export const OBJECTIVE_CHECKS: Readonly<Record<string, readonly (ObjectiveCheck | null)[]>> = {
  'new-device': [done, { is: 'new-code' }, { is: 'remembered' }],
  'password-reset': [null, null, done],
  'phone-change': [null, done, null],
  checkout: [null, done, null],
  delivery: [
    // Waiting for the door: the handover question comes only once the courier is there.
    { is: 'chose', decision: 'handover' },
    { is: 'chose', decision: 'handover', choice: 'check-parcel-first' },
    done,
  ],
  'gift-card': [null, done],
  refund: [null, done],
  subscription: [null, done],
  'unrequested-code': [
    null,
    { is: 'chose', decision: 'reply', choice: 'ignore' },
    { is: 'chose', decision: 'next-step', choice: 'change-password' },
  ],
  authenticator: [{ is: 'enrolled' }, done, { is: 'drift' }],
  'scam-call': [
    { is: 'answered', beat: 'agent-call' },
    null,
    { is: 'all', of: [{ is: 'marked' }, safely] },
  ],
  'scam-reply': [null, null, { is: 'all', of: [{ is: 'marked' }, safely] }],
  'scam-friend': [
    null,
    { is: 'marked', item: 'beat-friend-text' },
    {
      is: 'all',
      of: [
        { is: 'chose', decision: 'check-friend', choice: 'call-friend' },
        { is: 'chose', decision: 'next-step', choice: 'change-password' },
      ],
    },
  ],
  'scam-link': [null, { is: 'marked' }, safely],
  'scam-delivery': [
    null,
    { is: 'all', of: [{ is: 'answered', beat: 'fake-courier-call' }, { is: 'marked' }] },
    {
      is: 'all',
      of: [{ is: 'kept' }, { is: 'chose', decision: 'handover', choice: 'check-parcel-first' }],
    },
  ],
  'scam-refund': [{ is: 'answered', beat: 'refund-call' }, { is: 'marked' }, safely],
  'email-change': [null, done, null],
  'payment-change': [null, done, null],
  'scam-alert': [null, null, { is: 'all', of: [{ is: 'marked' }, safely] }],
  'scam-mismatch': [
    { is: 'answered', beat: 'cancel-call' },
    null,
    { is: 'all', of: [{ is: 'marked', flag: 'purpose-mismatch' }, safely] },
  ],
};

/** What a check reads: the scenario, the run's state and log, and its debrief. */
export interface ObjectiveRun {
  scenario: Scenario;
  state: RunState;
  log: readonly RunLogEntry[];
  debrief: Debrief;
}

/** Whether one check holds for a finished run. */
export function objectiveMet(check: ObjectiveCheck, run: ObjectiveRun): boolean {
  const { scenario, state, debrief } = run;
  switch (check.is) {
    case 'outcome':
      return check.outcomes.includes(debrief.outcome);
    case 'new-code':
      return debrief.resends > 0 || state.challenges > 1;
    case 'remembered':
      return state.trustedDevice;
    case 'enrolled':
      return run.log.some((e) => e.actor === 'flow' && e.from === 'enrol' && e.to === 'password');
    case 'drift':
      return state.phoneDriftMs !== 0;
    case 'answered':
      // Each scam has one call, so the run's latest call is the one.
      return state.call?.beat === check.beat && ['answered', 'ended'].includes(state.call.status);
    case 'marked':
      return debrief.redFlags.some(
        (f) =>
          f.found &&
          (check.flag === undefined || f.flag === check.flag) &&
          (check.item === undefined || f.item === check.item),
      );
    case 'chose':
      return state.decisions.some(
        (d) => d.id === check.decision && (check.choice === undefined || d.choice === check.choice),
      );
    case 'kept': {
      const leak = leaked(scenario, state);
      return !leak.code && !leak.password;
    }
    case 'decided-safely': {
      const leak = leaked(scenario, state);
      const made = scenario.decisions.filter((d) => state.decisions.some((x) => x.id === d.id));
      return made.length > 0 && !leak.code && !leak.password && debrief.unsafeChoices.length === 0;
    }
    case 'all':
      return check.of.every((c) => objectiveMet(c, run));
  }
}

/**
 * Each objective of the scenario's card, in order: `true` met, `false` not
 * met, `null` not checked (reading or noticing, which a run cannot see).
 * `count` is how many objectives the card has.
 */
export function objectivesMet(run: ObjectiveRun, count: number): (boolean | null)[] {
  const checks = checksOf(run.scenario.id);
  return Array.from({ length: count }, (_, i) => {
    const check = checks[i];
    return check ? objectiveMet(check, run) : null;
  });
}

/**
 * Whether a run can tick at least one of the scenario's `count` objectives.
 * Never for a trainer's own scenario (its objectives are its author's, and
 * the checks above are the built-ins'): its debrief lists them plainly.
 */
export function objectivesCheckable(scenarioId: string, count: number): boolean {
  return checksOf(scenarioId)
    .slice(0, count)
    .some((check) => check !== null);
}

/** The checks of a scenario's objectives; none for an id not listed (a trainer's, even "constructor"). */
function checksOf(scenarioId: string): readonly (ObjectiveCheck | null)[] {
  return Object.hasOwn(OBJECTIVE_CHECKS, scenarioId) ? OBJECTIVE_CHECKS[scenarioId]! : [];
}
