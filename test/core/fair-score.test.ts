/**
 * A fair score (issue 11): the move a scenario exists to teach never costs
 * points, so every scenario in the library has a path to 100; a scam scores
 * what was learnt (safe choices and red flags found); and an ending that
 * leaves the scammer holding the password is named for what it is.
 * Expected scores come from doc/model.md ("Scores"), not from the code.
 */
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/core/scenario/library';
import { SCENARIO_IDS } from '../support/builtins';
import { ScenarioRun } from '../../src/core/scenario/run';
import { LEARNER_PASSWORD } from '../../src/core/world';
import type { Scenario } from '../../src/core/scenario/types';
import { playCareful, safePicks } from '../support/learner';

const scenarios = await Promise.all(SCENARIO_IDS.map((id) => loadScenario(id)));

describe('a path to 100 in every scenario', () => {
  it.each(scenarios.map((s) => [s.id, s] as [string, Scenario]))(
    '%s: every careful path (each set of safe choices) ends well and scores 100',
    async (_id, scenario) => {
      const all = safePicks(scenario);
      expect(all.length).toBeGreaterThan(0);
      for (const picks of all) {
        const { run, did } = await playCareful(scenario, picks);
        const d = run.debrief();
        const how = `${JSON.stringify(picks)}: ${did.join('; ')}`;
        expect(['completed', 'safe', 'foiled'], how).toContain(d.outcome);
        expect(d.unsafeChoices, how).toEqual([]);
        expect(d.score, how).toBe(100);
      }
    },
  );

  it('the library is read from the registry: every scenario is covered', () => {
    expect(scenarios.map((s) => s.id)).toEqual([...SCENARIO_IDS]);
  });
});

describe('the move a scenario teaches is free', () => {
  const lossy = scenarios.filter((s) => s.deliveries?.some((d) => d.fate === 'lost'));

  it('there is at least one scenario whose text is lost', () => {
    expect(lossy.map((s) => s.id)).toContain('new-device');
  });

  it.each(lossy.map((s) => [s.id, s] as [string, Scenario]))(
    '%s: a new code when the message never came, by text or by email instead, costs nothing',
    async (_id, scenario) => {
      for (const resendBy of [undefined, 'email'] as const) {
        const { run, did } = await playCareful(scenario, safePicks(scenario)[0]!, { resendBy });
        const d = run.debrief();
        expect(d.resends, did.join('; ')).toBeGreaterThanOrEqual(1);
        expect(d.costlyResends).toBe(0);
        expect(d.score, did.join('; ')).toBe(100);
      }
    },
  );

  it('a new code after the old one expired costs nothing either', async () => {
    const run = new ScenarioRun(await loadScenario('checkout'), { seed: 3 });
    run.advance(6 * 60_000); // the code (5 minutes) has run out
    expect(run.challenge?.value).toBe('expired');
    run.resend();
    run.advance(5_000);
    const message = run.state.arrivals.at(-1)!.delivery!;
    run.submitCode(message.code);
    expect(run.debrief()).toMatchObject({ outcome: 'completed', resends: 1, score: 100 });
  });

  it('a new code asked for while the last one had arrived and still worked costs 2', async () => {
    const run = new ScenarioRun(await loadScenario('new-device'), { seed: 3 });
    run.signIn(LEARNER_PASSWORD);
    run.advance(31_000);
    run.resend(); // the lost text: free
    run.advance(31_000); // the new one arrived 27 s ago
    run.resend(); // needless: it was on the phone
    run.advance(5_000);
    run.submitCode(run.state.arrivals.at(-1)!.delivery!.code);
    expect(run.debrief()).toMatchObject({
      outcome: 'completed',
      resends: 2,
      costlyResends: 1,
      score: 98,
    });
  });

  it('password reset: resending while the email waits in Spam costs 2 (look in Spam first)', async () => {
    const run = new ScenarioRun(await loadScenario('password-reset'), { seed: 3 });
    run.advance(31_000);
    expect(run.state.arrivals.map((a) => a.folder)).toEqual(['spam']);
    run.resend();
    run.advance(10_000);
    run.submitCode(run.state.arrivals.at(-1)!.delivery!.code);
    expect(run.debrief()).toMatchObject({ outcome: 'completed', costlyResends: 1, score: 98 });
  });
});

describe('a scam scores what was learnt', () => {
  const scams = scenarios.filter((s) => s.flow === 'scam');

  it.each(scams.map((s) => [s.id, s] as [string, Scenario]))(
    '%s: the safe path with no red flag marked scores 80; with every one, 100',
    async (_id, scenario) => {
      const picks = safePicks(scenario)[0]!;
      const none = (await playCareful(scenario, picks, { markFlags: false })).run.debrief();
      expect(none.outcome).toBe('foiled');
      expect(none.redFlags.length).toBeGreaterThan(0);
      expect(none.score).toBe(80);
      const all = (await playCareful(scenario, picks)).run.debrief();
      expect(all.redFlags.every((f) => f.found)).toBe(true);
      expect(all.score).toBe(100);
    },
  );

  it('a flag marked where there was none takes back what a found one earns', async () => {
    const scenario = await loadScenario('scam-reply');
    const run = new ScenarioRun(scenario, { seed: 3 });
    run.advance(9_000);
    const text = 'beat-alert-text';
    for (const flag of run.flagsOf(text)) run.markFlag(text, flag);
    run.markFlag(text, 'look-alike'); // not in this text
    run.choose('after-text', 'report');
    const d = run.debrief();
    expect(d.falseFlags).toEqual([{ item: text, flag: 'look-alike' }]);
    const there = d.redFlags.length;
    const found = d.redFlags.filter((f) => f.found).length;
    expect(d.score).toBe(Math.round(100 * (0.8 + (0.2 * (found - 1)) / there)));
    expect(d.score).toBeLessThan(100);
  });

  it('the flags spotted still count when the scammer got in (doc/model.md: up to 20, never 0)', async () => {
    const scenario = await loadScenario('scam-reply');
    const run = new ScenarioRun(scenario, { seed: 3 });
    run.advance(9_000);
    const text = 'beat-alert-text';
    for (const flag of run.flagsOf(text)) run.markFlag(text, flag);
    // Then the code is handed over all the same, when the demo's taken-over ending does (38 s).
    run.advance(29_000);
    const code = run.state.arrivals.filter((a) => a.delivery).at(-1)?.delivery?.code;
    expect(code).toBeDefined();
    run.shareCode(code ?? '', 'reply');
    run.advance(120_000);
    const d = run.debrief();
    expect(d.outcome).toBe('taken-over');
    const there = d.redFlags.length;
    const found = d.redFlags.filter((f) => f.found).length;
    expect(found).toBeGreaterThan(0);
    // The ending's own points are 20 − 40 (the handover), so nothing; the flags add 20 × share.
    expect(d.score).toBe(Math.round((20 * found) / there));
    expect(d.score).toBeGreaterThan(0);
  });
});

describe('an ending that leaves the scammer the password is named for what it is', () => {
  it('"Do nothing for now" after a code-seeking call: password at risk, far from 100', async () => {
    const scenario = await loadScenario('scam-call');
    const { run } = await playCareful(scenario, { 'after-call': 'wait-and-see' });
    const d = run.debrief();
    expect(d.attacker?.insideAt).toBeNull();
    expect(d.attacker?.hasPassword).toBe(true);
    expect(d.outcome).toBe('password-at-risk');
    // 60 for the ending (the choice that led there is not counted twice), counted 0.8, and every
    // flag found adds the whole 20 (doc/model.md, Scores).
    expect(d.redFlags.every((f) => f.found)).toBe(true);
    expect(d.score).toBe(0.8 * 60 + 20);
  });

  it('a scam with no password at stake (the courier) still ends foiled', async () => {
    const scenario = await loadScenario('scam-delivery');
    const { run } = await playCareful(scenario, {
      'after-call': 'wait-for-door',
      handover: 'check-parcel-first',
    });
    expect(run.debrief().outcome).toBe('foiled');
  });
});
