import { loadScenarioCatalogue } from '../../src/core/i18n/scenarios';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { playDemo } from '../../src/core/scam/demo';
import { ENDINGS } from '../../src/core/scam/types';
import { DemoSession, causedLog } from '../../src/core/scam/session';
import { loadScenario } from '../../src/core/scenario/library';
import { SCENARIO_IDS } from '../support/builtins';
import { fingerprint } from '../support/demo';
import { ScenarioRun } from '../../src/core/scenario/run';
import type { Scenario } from '../../src/core/scenario/types';
import { preset } from '../../src/core/policy';

// Every scenario's texts (a played scenario loads only its own).
const SCENARIO_TEXTS = await loadScenarioCatalogue();

async function scams(): Promise<Scenario[]> {
  const all = await Promise.all(SCENARIO_IDS.map((id) => loadScenario(id)));
  return all.filter((s) => s.demo);
}

describe('DemoSession', () => {
  it('steps forward to each ending and back to the start', async () => {
    for (const scenario of await scams()) {
      for (const ending of ENDINGS) {
        const session = new DemoSession(scenario, { policy: 'retail', seed: 3, ending });
        expect(session.beat).toBe(0);
        expect(session.current).toBeNull();
        while (session.forward());
        expect(session.beat).toBe(scenario.demo![ending].length);
        expect(session.atEnd).toBe(true);
        expect(session.run.debrief().outcome).toBe(ending);
        while (session.back());
        expect(session.beat).toBe(0);
        expect(session.run.state.arrivals).toEqual([]);
        session.dispose();
      }
    }
  });

  it('any beat looks the same however it was reached: forward, back, or opened directly', async () => {
    const scenarios = await scams();
    fc.assert(
      fc.property(
        fc.constantFrom(...scenarios),
        fc.constantFrom(...ENDINGS),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(fc.constantFrom('forward', 'back', 'reset') as fc.Arbitrary<string>, {
          maxLength: 25,
        }),
        (scenario, ending, seed, moves) => {
          const settings = { policy: 'retail' as const, seed, ending };
          const stepped = new DemoSession(scenario, settings);
          for (const m of moves) {
            if (m === 'forward') stepped.forward();
            else if (m === 'back') stepped.back();
            else stepped.reset();
          }
          const direct = new DemoSession(scenario, settings, stepped.beat);
          const plain = new ScenarioRun(scenario, { policy: preset('retail'), seed });
          playDemo(plain, scenario.demo![ending], stepped.beat);
          expect(fingerprint(direct.run)).toEqual(fingerprint(stepped.run));
          expect(fingerprint(plain)).toEqual(fingerprint(stepped.run));
        },
      ),
      { numRuns: 60 },
    );
  }, 30_000);

  it('auto-play reaches exactly the states stepping by hand does', async () => {
    for (const scenario of await scams()) {
      for (const ending of ENDINGS) {
        const settings = { policy: 'nist' as const, seed: 11, ending };
        const auto = new DemoSession(scenario, settings);
        const byHand = new DemoSession(scenario, settings);
        // Odd slices of time, as animation frames give them.
        let guard = 0;
        while (auto.advance(7_919) && guard++ < 10_000) {
          if (auto.beat > byHand.beat) {
            byHand.forward();
            expect(fingerprint(auto.run)).toEqual(fingerprint(byHand.run));
          }
        }
        byHand.goTo(auto.beat);
        expect(auto.atEnd).toBe(true);
        expect(fingerprint(auto.run)).toEqual(fingerprint(byHand.run));
      }
    }
  });

  it('every step of every demo has speaker notes for the presenter', async () => {
    const texts = SCENARIO_TEXTS as unknown as Record<string, { notes?: Record<string, string> }>;
    const scenarios = await scams();
    expect(scenarios.length).toBeGreaterThan(0);
    for (const scenario of scenarios) {
      for (const ending of ENDINGS) {
        for (const step of scenario.demo![ending]) {
          expect(texts[scenario.id]?.notes?.[step.id], `${scenario.id} ${step.id}`).toBeTruthy();
        }
      }
    }
  });

  it('clamps a beat out of range and refuses a scenario without a demo', async () => {
    const scenario = await loadScenario('scam-call');
    const s = new DemoSession(scenario, { policy: 'retail', seed: 1, ending: 'foiled' }, 999);
    expect(s.beat).toBe(scenario.demo!.foiled.length);
    s.goTo(-4);
    expect(s.beat).toBe(0);
    const plain = await loadScenario('new-device');
    expect(() => new DemoSession(plain, { policy: 'retail', seed: 1, ending: 'foiled' })).toThrow(
      /no demo/,
    );
  });

  it('tells listeners about every step, and stops telling them once disposed', async () => {
    const scenario = await loadScenario('scam-call');
    const s = new DemoSession(scenario, { policy: 'retail', seed: 1, ending: 'foiled' });
    let heard = 0;
    s.subscribe(() => heard++);
    s.forward();
    expect(heard).toBeGreaterThan(0);
    s.dispose();
    const before = heard;
    s.forward();
    expect(heard).toBe(before);
  });
});

describe('causedLog', () => {
  it('scam-call taken over: the code was sent because the attacker signed in, relayed because Sam read it out', async () => {
    const scenario = await loadScenario('scam-call');
    const run = new ScenarioRun(scenario, { seed: 1 });
    playDemo(run, scenario.demo!['taken-over']);
    const log = causedLog(run);
    const start = run.state.startedAt;
    const signIn = run.state.attacker!.startedAt!;
    expect(signIn).toBe(start + Number(scenario.attacker!.startsAt));

    const issued = log.find((e) => e.source === 'shop' && e.what === 'issued');
    expect(issued?.cause).toEqual({ kind: 'sign-in', at: signIn });
    const delivered = log.find((e) => e.source === 'shop' && e.what === 'delivered');
    expect(delivered?.cause).toEqual({ kind: 'issued', at: signIn });
    const share = log.find((e) => e.source === 'target' && e.what === 'share code by call');
    expect(share).toBeDefined();
    const relay = log.find((e) => e.source === 'attacker' && e.what === 'after relay');
    expect(relay?.cause).toEqual({ kind: 'shared-call', at: share!.at });
    const submitted = log.find((e) => e.source === 'shop' && e.what === 'accepted');
    expect(submitted?.cause).toEqual({ kind: 'shared-call', at: share!.at });
    const accepted = log.find((e) => e.source === 'attacker' && e.what === 'ACCEPTED');
    expect(accepted?.cause).toEqual({ kind: 'relayed', at: submitted!.at });
    const loot = log.filter((e) => e.source === 'attacker' && e.what === 'after nextLoot');
    expect(loot).toHaveLength(2);
    for (const l of loot) expect(l.cause).toEqual({ kind: 'inside', at: accepted!.at });
    // In time order; a cause is never later than what it caused.
    for (let i = 1; i < log.length; i++) expect(log[i]!.at).toBeGreaterThanOrEqual(log[i - 1]!.at);
    for (const e of log) if (e.cause) expect(e.cause.at).toBeLessThanOrEqual(e.at);
  });

  it('scam-call foiled: the shop cancels because Sam reported it', async () => {
    const scenario = await loadScenario('scam-call');
    const run = new ScenarioRun(scenario, { seed: 1 });
    playDemo(run, scenario.demo!.foiled);
    const log = causedLog(run);
    const report = run.state.decisions.find((d) => d.choice === 'call-official')!;
    const cancelled = log.find((e) => e.source === 'shop' && e.what === 'cancelled');
    expect(cancelled?.cause).toEqual({ kind: 'reported', at: report.at });
    const closed = log.find((e) => e.source === 'attacker' && e.what === 'CLOSED');
    expect(closed?.cause).toEqual({ kind: 'reported', at: report.at });
    expect(log.some((e) => e.what === 'accepted')).toBe(false);
  });

  it('before the attacker starts there is nothing to explain', async () => {
    const scenario = await loadScenario('scam-call');
    const run = new ScenarioRun(scenario, { seed: 1 });
    expect(causedLog(run)).toEqual([]);
  });
});
