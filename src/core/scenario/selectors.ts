import { coolingDownAt, newestRecord } from '../challenge/selectors';
import { DEFAULT_LATENCY_MS } from '../challenge/types';
import type { ScenarioRun } from './run';
import type { Arrival, RunState } from './state';
import type { Beat } from './types';

/*
 * Rules read off a scenario run's state: the runner, the views, the demo
 * player and the workbench all ask these, so each rule is written once.
 */

/** Whether the run is over: the learner's flow finished, or the run was stopped. */
export function runEnded(state: RunState): boolean {
  return state.step === 'done' || state.step === 'stopped';
}

/**
 * The newest code that reached the phone or inbox, as its owner would read
 * it; `only` narrows the messages looked at (e.g. the attacker's genuine code).
 */
export function newestCode(
  state: RunState,
  only: (arrival: Arrival) => boolean = () => true,
): string | null {
  for (let i = state.arrivals.length - 1; i >= 0; i--) {
    const a = state.arrivals[i]!;
    if (a.delivery && only(a)) return a.delivery.code;
  }
  return null;
}

/**
 * Something the learner can do now (see `learnerMoves`). The last two are
 * waits the screen explains, with "Next event" to skip them.
 */
export type LearnerMove =
  'form' | 'call' | 'decision' | 'code' | 'new-code' | 'page' | 'countdown' | 'coming';

/**
 * The next beat the learner knows is coming (a courier due today), while
 * it has not happened yet; the view says so beside "Next event".
 */
export function comingUp(run: ScenarioRun): Beat | null {
  const state = run.state;
  if (runEnded(state)) return null;
  const now = run.clock.now() - state.startedAt;
  const next = run.scenario.beats
    .filter((b) => b.expected && b.at > now)
    .sort((a, b) => a.at - b.at);
  return next[0] ?? null;
}

/**
 * What the learner can do at this moment, read off the run's state; empty
 * when they can only wait. doc/model.md ("Something to do") gives the same
 * list in words, and the idle-gap test measures the waits between.
 *
 * - `form`: the shop shows a form to fill (set up the app, sign in).
 * - `call`: the phone is ringing, or a call is in progress.
 * - `decision`: a choice is on screen, not yet made.
 * - `code`: a code can be typed in: the challenge waits for one and the
 *   newest code's message has reached the phone, inbox or Spam (or the
 *   authenticator app shows a code whose time step is not used yet). Not
 *   while a decision is still to come: the story is not there yet.
 * - `new-code`: a new code can be asked for right now (no cooldown, wait
 *   or lockout running, resends left, not an authenticator), and no code
 *   is in hand: it expired, was voided, or its message never came.
 * - `page`: a look-alike page is open and waiting for what is typed.
 * - `countdown`: no code in hand, and the screen counts down to when one
 *   can be had: a forced wait, a lockout, the authenticator app's next
 *   code, or the resend cooldown once the message is late (it has taken
 *   longer than its channel usually does: `DEFAULT_LATENCY_MS`).
 * - `coming`: a beat the learner expects (`Beat.expected`) is still to
 *   come, and the screen names it.
 */
export function learnerMoves(run: ScenarioRun): LearnerMove[] {
  const state = run.state;
  if (runEnded(state)) return [];
  const moves: LearnerMove[] = [];
  if (state.step === 'enrol' || state.step === 'password') moves.push('form');
  const status = state.call?.status;
  if (status === 'ringing' || status === 'answered') moves.push('call');
  const decisions = run.scenario.decisions;
  const open = decisions.filter((d) => run.decisionOpen(d.id));
  if (open.length > 0) moves.push('decision');
  const toCome = decisions.some(
    (d) => !open.includes(d) && !state.decisions.some((x) => x.id === d.id),
  );
  const snap = run.challenge;
  if (state.step === 'code' && snap) {
    const c = snap.context;
    const value = String(snap.value);
    const now = run.clock.now();
    const newest = newestRecord(c);
    const app = run.scenario.enrolment;
    const appStep = app
      ? Math.floor((now + state.phoneDriftMs) / (app.period * 1000))
      : Number.NEGATIVE_INFINITY;
    const inHand =
      value === 'pending' &&
      (c.channel === 'authenticator'
        ? c.lastUsedStep === null || appStep > c.lastUsedStep
        : newest !== null && newest.fate !== 'lost' && newest.arrivedAt !== null);
    const resendable =
      c.channel !== 'authenticator' &&
      c.resends < c.policy.maxResends &&
      ['expired', 'voided', 'pending'].includes(value);
    const cooling = coolingDownAt(c, now);
    if (inHand && !toCome) moves.push('code');
    if (!inHand && resendable && !cooling && !toCome) moves.push('new-code');
    // Late: the newest message has taken longer than its channel usually does.
    const overdue = newest !== null && now - newest.sentAt > DEFAULT_LATENCY_MS[newest.channel];
    const counting =
      value === 'throttled' ||
      value === 'locked' ||
      (resendable && cooling && overdue) ||
      (c.channel === 'authenticator' && value === 'pending');
    if (!inHand && counting) moves.push('countdown');
  }
  if (state.page && state.page.step !== 'done') moves.push('page');
  if (comingUp(run)) moves.push('coming');
  return moves;
}
