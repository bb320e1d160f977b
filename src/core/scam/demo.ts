import { LEARNER_PASSWORD } from '../scenario/run';
import type { ScenarioRun } from '../scenario/run';
import { newestCode } from '../scenario/selectors';
import type { RedFlag } from './flags';
import type { ShareVia } from './types';

/**
 * A demo is a scam scenario played along a fixed path, step by step: what
 * a trainer shows a room, what a share link's `beat` counts, and what the
 * headless tests replay. Each step waits until its time on the run's clock,
 * then does one thing as the target would. Its caption (speaker notes) is
 * the catalogue's `scenario.<id>.notes.<step id>`.
 */
export type DemoAction =
  /** Nothing to do: let the clock reach this moment (a text lands, the phone rings). */
  | { do: 'wait' }
  | { do: 'answer' }
  | { do: 'decline' }
  | { do: 'hang-up' }
  /** Opens the newest message (or `item`, an arrival id) and reads it through. */
  | { do: 'read'; item?: string }
  /**
   * Hands over the newest code on the phone, as a victim reading it out
   * would; by `page`, it is typed into the open look-alike page.
   */
  | { do: 'share'; via: ShareVia }
  | { do: 'open-link' }
  /** Types the account's real password into the look-alike page. */
  | { do: 'page-password' }
  | { do: 'choose'; decision: string; choice: string }
  | { do: 'mark'; item: string; flag: RedFlag };

export interface DemoStep {
  id: string;
  /** When it happens, ms after the scenario starts. */
  at: number;
  action: DemoAction;
}

export type Ending = 'foiled' | 'taken-over';
export const ENDINGS: readonly Ending[] = ['foiled', 'taken-over'];

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
