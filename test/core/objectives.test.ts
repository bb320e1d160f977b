/**
 * The card's "What you will do" objectives, ticked in the debrief from the
 * run (issue 11). Expected ticks are read off each objective's words in
 * its card (library/<id>.json): "Confirm the change with the code" is met by a run that
 * ended completed; "Check the parcel is yours … before giving the code" by
 * choosing to check it first; "Mark what looks wrong, then decide what to
 * do" by a found flag and safe choices with nothing handed over. An
 * objective that only asks to read or notice is never ticked either way.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadScenario } from '../../src/core/scenario/library';
import { builtInTexts, SCENARIO_IDS } from '../support/builtins';
import { documentToScenario } from '../../src/core/scenario/document';
import {
  OBJECTIVE_CHECKS,
  objectivesCheckable,
  objectivesMet,
} from '../../src/core/scenario/objectives';
import { ScenarioRun } from '../../src/core/scenario/run';
import { LEARNER_PASSWORD } from '../../src/core/world';
import { newestCode } from '../../src/core/scenario/selectors';
import { playDemo } from '../../src/core/scam/demo';

function ticks(run: ScenarioRun): (boolean | null)[] {
  const count = builtInTexts(run.scenario.id).objectives.length;
  return objectivesMet(
    { scenario: run.scenario, state: run.state, log: run.log, debrief: run.debrief() },
    count,
  );
}

/** Lets time run until a code reaches the phone or inbox, then types it. */
function typeNextCode(run: ScenarioRun): void {
  const before = newestCode(run.state);
  while (newestCode(run.state) === before && run.skipToNext()) {
    /* wait for the message */
  }
  const code = newestCode(run.state);
  if (code !== null) run.submitCode(code);
}

describe('objectives ticked from the run', () => {
  it('every listed scenario has one check (or null) per objective on its card', () => {
    for (const id of Object.keys(OBJECTIVE_CHECKS)) {
      expect(SCENARIO_IDS as readonly string[], id).toContain(id);
      expect(OBJECTIVE_CHECKS[id]!.length, id).toBe(builtInTexts(id).objectives.length);
    }
    // Every scenario of the library is mapped.
    expect(Object.keys(OBJECTIVE_CHECKS).sort()).toEqual([...SCENARIO_IDS].sort());
  });

  it('a run stopped at once meets nothing it could have met', async () => {
    for (const id of Object.keys(OBJECTIVE_CHECKS)) {
      const run = new ScenarioRun(await loadScenario(id as string), { seed: 2 });
      run.stop();
      for (const tick of ticks(run)) expect(tick === true, id).toBe(false);
    }
  });

  it('new-device: signed in after a new code, device remembered: all three', async () => {
    const run = new ScenarioRun(await loadScenario('new-device'), { seed: 2 });
    run.signIn(LEARNER_PASSWORD, true);
    // The first text never arrives: wait out the cooldown and ask again.
    while (run.resend()?.outcome !== 'resent' && run.skipToNext()) {
      /* wait */
    }
    typeNextCode(run);
    expect(run.debrief().outcome).toBe('completed');
    expect(ticks(run)).toEqual([true, true, true]);
  });

  it('new-device: signed in without remembering the device: the last one is not met', async () => {
    const run = new ScenarioRun(await loadScenario('new-device'), { seed: 2 });
    run.signIn(LEARNER_PASSWORD, false);
    while (run.resend()?.outcome !== 'resent' && run.skipToNext()) {
      /* wait */
    }
    typeNextCode(run);
    expect(ticks(run)).toEqual([true, true, false]);
  });

  it('phone, email and card changes: confirmed with the code; reading objectives are not ticked', async () => {
    for (const id of ['phone-change', 'email-change', 'payment-change'] as const) {
      if (!(SCENARIO_IDS as readonly string[]).includes(id)) continue;
      const run = new ScenarioRun(await loadScenario(id), { seed: 2 });
      typeNextCode(run);
      expect(run.debrief().outcome, id).toBe('completed');
      expect(ticks(run), id).toEqual([null, true, null]);
    }
  });

  it('delivery: parcel checked first, then the code: all three; code first: the check is missed', async () => {
    for (const [choice, expected] of [
      ['check-parcel-first', [true, true, true]],
      ['code-first', [true, false, false]],
    ] as const) {
      const run = new ScenarioRun(await loadScenario('delivery'), { seed: 2 });
      while (!run.decisionOpen('handover') && run.skipToNext()) {
        /* wait for the courier at the door */
      }
      run.choose('handover', choice);
      const code = newestCode(run.state);
      if (code !== null) run.submitCode(code);
      expect(ticks(run), choice).toEqual(expected);
    }
  });

  it('unrequested-code: ignored the stranger and changed the password', async () => {
    const scenario = await loadScenario('unrequested-code');
    const good = new ScenarioRun(scenario, { seed: 2 });
    while (!good.decisionOpen('reply') && good.skipToNext()) {
      /* wait for the stranger */
    }
    good.choose('reply', 'ignore');
    good.choose('next-step', 'change-password');
    expect(ticks(good)).toEqual([null, true, true]);
    const bad = new ScenarioRun(scenario, { seed: 2 });
    while (!bad.decisionOpen('reply') && bad.skipToNext()) {
      /* wait for the stranger */
    }
    bad.choose('reply', 'send-code');
    bad.choose('next-step', 'do-nothing');
    expect(ticks(bad)).toEqual([null, false, false]);
  });

  it('authenticator: enrolled, signed in with the app, and the clock set wrong', async () => {
    const run = new ScenarioRun(await loadScenario('authenticator'), { seed: 2 });
    expect(await run.confirmEnrolment((await run.phoneCode())!)).toBe(true);
    run.signIn(LEARNER_PASSWORD);
    run.advance(30_000);
    run.submitCode((await run.phoneCode())!);
    await vi.waitFor(() => expect(run.debrief().outcome).toBe('completed'));
    expect(ticks(run)).toEqual([true, true, false]);
    run.setPhoneDrift(90_000);
    expect(ticks(run)).toEqual([true, true, true]);
  });

  /** Each scam's two demo endings, read off the card: [foiled, taken-over]. */
  const SCAMS: Record<string, [(boolean | null)[], (boolean | null)[]]> = {
    // Answered the call in both; marked and called the shop only when foiled.
    'scam-call': [
      [true, null, true],
      [true, null, false],
    ],
    'scam-reply': [
      [null, null, true],
      [null, null, false],
    ],
    // Foiled: marked Alex's text, called Alex, changed the password.
    'scam-friend': [
      [null, true, true],
      [null, false, false],
    ],
    'scam-link': [
      [null, true, true],
      [null, false, false],
    ],
    // Foiled: answered and marked, kept the code until the parcel was checked.
    'scam-delivery': [
      [null, true, true],
      [null, false, false],
    ],
    'scam-refund': [
      [true, true, true],
      [true, false, false],
    ],
    'scam-mismatch': [
      [true, null, true],
      [true, null, false],
    ],
    // Reading both alerts and the code message is not ticked; marking and deciding is.
    'scam-alert': [
      [null, null, true],
      [null, null, false],
    ],
  };

  for (const [id, [foiled, takenOver]] of Object.entries(SCAMS).filter(([id]) =>
    (SCENARIO_IDS as readonly string[]).includes(id),
  )) {
    it(`${id}: the foiled and taken-over demos`, async () => {
      const scenario = await loadScenario(id as string);
      const a = new ScenarioRun(scenario, { seed: 7 });
      playDemo(a, scenario.demo!.foiled);
      a.stop();
      expect(ticks(a), 'foiled').toEqual(foiled);
      const b = new ScenarioRun(scenario, { seed: 7 });
      playDemo(b, scenario.demo!['taken-over']);
      b.stop();
      expect(ticks(b), 'taken over').toEqual(takenOver);
    });
  }
});

describe('whether any objective can be checked', () => {
  it('every built-in can tick at least one of its objectives (its debrief keeps the ✓ and ○ key)', () => {
    for (const id of SCENARIO_IDS) {
      expect(objectivesCheckable(id, builtInTexts(id).objectives.length), id).toBe(true);
    }
  });

  it('only the objectives the card has count: none, or only unchecked ones, cannot be ticked', () => {
    // password-reset: read, read, then signed in.
    expect(objectivesCheckable('password-reset', 0)).toBe(false);
    expect(objectivesCheckable('password-reset', 2)).toBe(false);
    expect(objectivesCheckable('password-reset', 3)).toBe(true);
  });

  it('a trainer’s own scenario (the example of doc/scenarios.md) can tick none, and each is left unchecked', () => {
    const text = readFileSync('doc/examples/scenario-example.json', 'utf8');
    const opened = documentToScenario(JSON.parse(text));
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    const count = opened.texts.objectives.length;
    expect(count).toBeGreaterThan(0);
    expect(objectivesCheckable(opened.scenario.id, count)).toBe(false);
    const run = new ScenarioRun(opened.scenario, { seed: 2 });
    playDemo(run, opened.scenario.demo!.foiled);
    run.stop();
    const met = objectivesMet(
      { scenario: run.scenario, state: run.state, log: run.log, debrief: run.debrief() },
      count,
    );
    expect(met).toEqual(Array.from({ length: count }, () => null));
  });

  it('an id the checks do not list is never read off the object’s prototype', () => {
    for (const id of ['constructor', '__proto__', 'my-scenario']) {
      expect(objectivesCheckable(id, 3), id).toBe(false);
    }
  });
});
