/**
 * No spoilers (issue 11): a lost message is never announced during play
 * (doc/model.md: "the log knows; the learner never sees it"). Nothing the
 * views read changes when it is lost: no arrival (so no announcement, badge
 * or bubble), no new answer from the shop, no new move, and "Next event"
 * does not stop at the moment it would have come. The debrief explains it.
 */
import { describe, expect, it } from 'vitest';
import { explain, shopAnswer } from '../../src/core/challenge';
import { loadScenario } from '../../src/core/scenario/library';
import { SCENARIO_IDS } from '../support/builtins';
import { ScenarioRun } from '../../src/core/scenario/run';
import { LEARNER_PASSWORD } from '../../src/core/world';
import { learnerMoves } from '../../src/core/scenario/selectors';
import type { Scenario } from '../../src/core/scenario/types';

const scenarios = await Promise.all(SCENARIO_IDS.map((id) => loadScenario(id)));
const lossy = scenarios.filter((s) => s.deliveries?.[0]?.fate === 'lost');

/** Starts the run's first challenge as the learner would. */
function start(scenario: Scenario): ScenarioRun {
  const run = new ScenarioRun(scenario, { seed: 6 });
  if (scenario.flow === 'sign-in') run.signIn(LEARNER_PASSWORD);
  expect(run.challenge, scenario.id).not.toBeNull();
  return run;
}

/** When the first code's message would have arrived. */
function dueAt(run: ScenarioRun): number {
  const first = run.challenge!.context.codes[0]!;
  return first.sentAt + first.latencyMs;
}

describe('a lost message shows nothing to the learner until the debrief', () => {
  it('the library has a scenario whose first message is lost', () => {
    expect(lossy.map((s) => s.id)).toContain('new-device');
  });

  it.each(lossy.map((s) => [s.id, s] as [string, Scenario]))(
    '%s: nothing the views read changes when it is lost',
    (_id, scenario) => {
      const run = start(scenario);
      run.advance(dueAt(run) - run.clock.now() - 1);
      const state = run.state;
      const answer = shopAnswer(run.challenge!.context);
      const moves = learnerMoves(run);
      run.advance(1); // the moment it would have arrived: it is lost
      expect(run.challenge!.context.log.at(-1)?.outcome).toBe('lost');
      // The state the phone, inbox, badges and announcements read is the very same object.
      expect(run.state).toBe(state);
      expect(run.state.arrivals).toEqual([]);
      // The shop's answer on the page is still "sent", never "lost".
      expect(shopAnswer(run.challenge!.context)).toEqual(answer);
      expect(answer?.outcome).not.toBe('lost');
      expect(learnerMoves(run)).toEqual(moves);
    },
  );

  it.each(lossy.map((s) => [s.id, s] as [string, Scenario]))(
    '%s: "Next event" goes past the lost message to something the learner can see',
    (_id, scenario) => {
      const run = start(scenario);
      const lostAt = dueAt(run);
      expect(run.skipToNext()).toBe(true);
      expect(run.clock.now()).toBeGreaterThan(lostAt);
      // It stopped where the shop shows something new: the cooldown is over.
      expect(run.challenge!.context.log.at(-1)?.outcome).toBe('cooldown-over');
    },
  );

  it.each(lossy.map((s) => [s.id, s] as [string, Scenario]))(
    '%s: the debrief explains it',
    (_id, scenario) => {
      const run = start(scenario);
      run.advance(dueAt(run) - run.clock.now());
      run.stop();
      const lost = run.debrief().timeline.filter((e) => e.outcome === 'lost');
      expect(lost).toHaveLength(1);
      expect(explain(lost[0]!).headline.length).toBeGreaterThan(0);
    },
  );
});
