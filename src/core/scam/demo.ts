import type { ScenarioRun } from '../scenario/run';
import { newestCode } from '../scenario/selectors';
import { LEARNER_PASSWORD } from '../world';
import type { DemoStep } from './types';

// The demo's data types now live in types.ts, which imports no runner; kept
// here too for modules written against the old place.
export type { DemoAction, DemoStep, Ending } from './types';
export { ENDINGS } from './types';

/*
 * A demo is a scam scenario played along a fixed path (`DemoStep`s, in
 * types.ts): what a trainer shows a room, what a share link's `beat`
 * counts, and what the headless tests replay.
 */

/** Moves the run to a step's time (never backwards) and does its action. */
export function playStep(run: ScenarioRun, step: DemoStep): void {
  const due = run.state.startedAt + step.at;
  if (run.clock.now() < due) run.advance(due - run.clock.now());
  const a = step.action;
  switch (a.do) {
    case 'wait':
      return;
    case 'answer':
      return run.answerCall();
    case 'decline':
      return run.declineCall();
    case 'hang-up':
      return run.hangUp();
    case 'read': {
      const id = a.item ?? run.state.arrivals.at(-1)?.id;
      if (id !== undefined) run.markRead(id);
      return;
    }
    case 'share': {
      const code = newestCode(run.state);
      if (code === null) return;
      if (a.via === 'page' && run.state.page?.step === 'code') return run.submitPage(code);
      return run.shareCode(code, a.via);
    }
    case 'open-link':
      if (run.scenario.page) run.openLink(run.scenario.page.url);
      return;
    case 'page-password':
      return run.submitPage(LEARNER_PASSWORD);
    case 'choose':
      return run.choose(a.decision, a.choice);
    case 'mark':
      return run.markFlag(a.item, a.flag);
  }
}

/** Plays the first `count` steps of a demo on a fresh run. */
export function playDemo(run: ScenarioRun, steps: readonly DemoStep[], count = steps.length): void {
  for (const step of steps.slice(0, count)) playStep(run, step);
}
