import type { Arrival, RunState } from './run';

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
