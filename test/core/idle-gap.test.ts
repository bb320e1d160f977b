/**
 * No dead air (issue 11): at 1× a learner never waits more than 10 real
 * seconds with nothing to do. Every scenario is played on the simulated
 * clock along each careful path (each set of safe choices; a lost text
 * also by email instead), and the longest stretch with nothing new
 * arriving and nothing to do (`learnerMoves` empty: doc/model.md,
 * "Something to do") is measured. At 1×, simulated time is real time.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/core/scenario/library';
import { SCENARIO_IDS } from '../support/builtins';
import { ScenarioRun } from '../../src/core/scenario/run';
import { LEARNER_PASSWORD } from '../../src/core/world';
import { comingUp, learnerMoves } from '../../src/core/scenario/selectors';
import type { Scenario } from '../../src/core/scenario/types';
import { playCareful, safePicks } from '../support/learner';

const MAX_IDLE_MS = 10_000;

const scenarios = await Promise.all(SCENARIO_IDS.map((id) => loadScenario(id)));

describe('the longest wait with nothing to do, in every scenario', () => {
  it.each(scenarios.map((s) => [s.id, s] as [string, Scenario]))(
    '%s: at most 10 s on every careful path',
    async (_id, scenario) => {
      const lossy = scenario.deliveries?.some((d) => d.fate === 'lost');
      for (const picks of safePicks(scenario)) {
        for (const resendBy of lossy ? ([undefined, 'email'] as const) : [undefined]) {
          const { run, did, longestIdle } = await playCareful(scenario, picks, { resendBy });
          const gap = longestIdle.to - longestIdle.from;
          const how = `${JSON.stringify(picks)} ${resendBy ?? ''}: idle ${longestIdle.from / 1000}–${longestIdle.to / 1000} s; ${did.join('; ')}`;
          expect(run.state.endedAt, how).not.toBeNull();
          expect(gap, how).toBeLessThanOrEqual(MAX_IDLE_MS);
        }
      }
    },
  );
});

describe('"something to do", as doc/model.md defines it', () => {
  it('waiting for a text that is on its way is idle; once it is late, the cooldown countdown explains the wait', async () => {
    const run = new ScenarioRun(await loadScenario('new-device'), { seed: 2 });
    expect(learnerMoves(run)).toEqual(['form']);
    run.signIn(LEARNER_PASSWORD);
    expect(learnerMoves(run)).toEqual([]);
    run.advance(4_000); // a text usually takes 4 s; this one is lost, which the learner cannot know
    expect(learnerMoves(run)).toEqual([]);
    run.advance(1);
    expect(learnerMoves(run)).toEqual(['countdown']);
    run.advance(26_000); // the 30 s cooldown is over: a new code can be asked for
    expect(learnerMoves(run)).toEqual(['new-code']);
    run.resend();
    run.advance(4_000);
    expect(learnerMoves(run)).toEqual(['code']);
  });

  it('a courier due today is named as coming; a scammer’s call never is', async () => {
    const delivery = new ScenarioRun(await loadScenario('delivery'), { seed: 2 });
    expect(comingUp(delivery)?.id).toBe('courier');
    expect(learnerMoves(delivery)).toContain('coming');
    for (const s of scenarios.filter((x) => x.flow === 'scam')) {
      for (const beat of s.beats) {
        if (beat.byAttacker) expect(beat.expected, `${s.id} ${beat.id}`).toBeFalsy();
      }
    }
  });

  it('a code in hand is not a move while a decision is still to come (the courier is not at the door)', async () => {
    const run = new ScenarioRun(await loadScenario('delivery'), { seed: 2 });
    run.advance(5_000);
    expect(run.state.arrivals).toHaveLength(1);
    expect(learnerMoves(run)).toEqual(['coming']);
  });

  it('an authenticator code whose time step is spent is a countdown; "Next event" stops at the next code', async () => {
    const scenario = await loadScenario('authenticator');
    const run = new ScenarioRun(scenario, { seed: 2 });
    await run.confirmEnrolment((await run.phoneCode())!);
    run.signIn(LEARNER_PASSWORD);
    expect(learnerMoves(run)).toEqual(['countdown']);
    const before = run.clock.now();
    expect(run.skipToNext()).toBe(true);
    // The app's next time step, not the challenge's expiry minutes later.
    expect(run.clock.now() - before).toBeLessThanOrEqual(scenario.enrolment!.period * 1000);
    expect(learnerMoves(run)).toEqual(['code']);
  });

  it('a look-alike link ignored: once every choice is made, the run ends (no ten-minute wait)', async () => {
    const scenario = await loadScenario('scam-link');
    const run = new ScenarioRun(scenario, { seed: 2 });
    run.advance(scenario.beats[0]!.at);
    run.choose('after-text', 'open-app');
    expect(run.state.step).toBe('done');
    expect(run.debrief().outcome).toBe('foiled');
  });
});
