/**
 * A careful learner, played headless on the simulated clock: the path a
 * scenario is written to teach. They act the moment something can be done
 * (answer a call, make a choice, type the code that came, ask for a new
 * one when none came) and otherwise let time run to the next event. Used
 * by the path-to-100 and the idle-gap tests.
 */
import type { Scenario } from '../../src/core/scenario/types';
import { ScenarioRun } from '../../src/core/scenario/run';
import { LEARNER_PASSWORD } from '../../src/core/world';
import { learnerMoves } from '../../src/core/scenario/selectors';
import type { LearnerMove } from '../../src/core/scenario/selectors';

/** How finely an idle stretch is watched: a move can open between two timers. */
const TICK_MS = 100;

/** For each decision, the id of the choice this learner makes. */
export type Picks = Record<string, string>;

/**
 * Every way a careful learner can answer a scenario's decisions: each
 * decision's safe choices, in every combination.
 */
export function safePicks(scenario: Scenario): Picks[] {
  let all: Picks[] = [{}];
  for (const d of scenario.decisions) {
    const safe = d.choices.filter((c) => c.safe);
    all = all.flatMap((p) => safe.map((c) => ({ ...p, [d.id]: c.id })));
  }
  return all;
}

/** One stretch of time with nothing to do, for a test's message. */
export interface Gap {
  from: number;
  to: number;
}

export interface Played {
  run: ScenarioRun;
  /** What the learner did, in order, with the time (ms since the start). */
  did: string[];
  /** The longest stretch of simulated time with nothing new and nothing to do. */
  longestIdle: Gap;
}

/** The code in a message as its owner reads it ("482 913" or "482913"). */
function codeIn(body: string): string | null {
  const m = /\b(\d{3,4}) ?(\d{3,4})\b/.exec(body);
  return m ? `${m[1]}${m[2]}` : null;
}

/**
 * Plays `scenario` as a careful learner who answers each decision with
 * `picks` and marks every red flag there is (the learner who found them
 * all). `resendBy` is how they ask for a new code when none came.
 */
export async function playCareful(
  scenario: Scenario,
  picks: Picks,
  options: { seed?: number; resendBy?: 'sms' | 'email'; markFlags?: boolean } = {},
): Promise<Played> {
  const run = new ScenarioRun(scenario, { seed: options.seed ?? 5 });
  const did: string[] = [];
  const start = run.clock.now();
  const log = (what: string) => did.push(`${(run.clock.now() - start) / 1000}s ${what}`);
  let longestIdle: Gap = { from: 0, to: 0 };
  let idleSince: number | null = null;
  let seen = { arrivals: 0, call: '' };

  for (let i = 0; i < 20_000; i++) {
    const now = run.clock.now() - start;
    // Something new on the phone or in the inbox, or a call ringing, ends a wait.
    const call = run.state.call;
    const ringing = call?.status === 'ringing' ? call.beat : '';
    const fresh = run.state.arrivals.length > seen.arrivals || (ringing && ringing !== seen.call);
    seen = { arrivals: run.state.arrivals.length, call: ringing || seen.call };
    const moves = learnerMoves(run);
    if (idleSince !== null && (fresh || moves.length > 0 || run.state.endedAt !== null)) {
      if (now - idleSince > longestIdle.to - longestIdle.from) {
        longestIdle = { from: idleSince, to: now };
      }
      idleSince = null;
    }
    if (run.state.endedAt !== null) break;
    if (options.markFlags !== false) markAll(run);
    const waits: LearnerMove[] = ['countdown', 'coming'];
    if (moves.some((m) => !waits.includes(m))) {
      await act(run, moves, picks, options.resendBy, log);
      continue;
    }
    // A wait the screen explains is not idle: the learner presses "Next event".
    if (moves.length > 0) {
      log(`next event (${moves.join(', ')})`);
      if (!run.skipToNext()) break;
      continue;
    }
    // Nothing to do: time runs at 1×, watched in small steps (a move can open between timers).
    idleSince ??= now;
    const due = run.clock.nextDue();
    if (due === null) break;
    run.advance(Math.min(TICK_MS, due - run.clock.now()));
  }
  return { run, did, longestIdle };
}

/** Marks every red flag in everything seen so far. */
function markAll(run: ScenarioRun): void {
  for (const item of run.items()) {
    const marked = run.state.marks[item] ?? [];
    for (const flag of run.flagsOf(item)) if (!marked.includes(flag)) run.markFlag(item, flag);
  }
}

async function act(
  run: ScenarioRun,
  moves: LearnerMove[],
  picks: Picks,
  resendBy: 'sms' | 'email' | undefined,
  log: (what: string) => void,
): Promise<void> {
  const s = run.state;
  if (moves.includes('form')) {
    if (s.step === 'enrol') {
      await run.confirmEnrolment((await run.phoneCode())!);
      log('set up the app');
      return;
    }
    run.signIn(LEARNER_PASSWORD);
    log('sign in');
    return;
  }
  if (moves.includes('call')) {
    if (s.call?.status === 'ringing') {
      run.answerCall();
      log('answer the call');
    } else {
      run.hangUp();
      log('hang up');
    }
    return;
  }
  if (moves.includes('decision')) {
    for (const d of run.scenario.decisions) {
      if (!run.decisionOpen(d.id)) continue;
      const choice = picks[d.id] ?? d.choices.find((c) => c.safe)!.id;
      run.choose(d.id, choice);
      log(`choose ${d.id}: ${choice}`);
    }
    return;
  }
  if (moves.includes('code')) {
    const snap = run.challenge!;
    let code: string | null;
    if (snap.context.channel === 'authenticator') code = await run.phoneCode();
    else {
      const newest = snap.context.codes.at(-1)!;
      const arrival = s.arrivals.find((a) => a.delivery?.codeRef === newest.ref);
      code = arrival?.delivery ? codeIn(arrival.delivery.body) : null;
    }
    run.submitCode(code ?? '');
    log(`type the code from the ${snap.context.codes.at(-1)?.channel ?? 'app'}`);
    // The app code is checked with Web Crypto, asynchronously: wait for the verdict.
    for (let i = 0; i < 200 && String(run.challenge?.value) === 'verifying'; i++) {
      await new Promise((r) => setTimeout(r, 5));
    }
    return;
  }
  if (moves.includes('new-code')) {
    run.resend(resendBy);
    log(`ask for a new code${resendBy ? ` by ${resendBy}` : ''}`);
    return;
  }
  // A look-alike page is never part of a careful path.
  throw new Error('the careful learner has opened a look-alike page');
}
