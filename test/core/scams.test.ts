import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/core/scenario/library';
import { ScenarioRun } from '../../src/core/scenario/run';
import { playDemo } from '../../src/core/scam/demo';

describe('scam-call', () => {
  it('taken over: the code read out lets the attacker in, and the console shows the loot', async () => {
    const scenario = await loadScenario('scam-call');
    const run = new ScenarioRun(scenario, { seed: 7 });
    playDemo(run, scenario.demo!['taken-over']);
    const d = run.debrief();
    expect(d.outcome).toBe('taken-over');
    expect(d.attacker?.state).toBe('finished');
    expect(d.attacker?.taken.map((l) => l.kind)).toEqual(['address', 'order']);
    expect(d.timeline.some((e) => e.outcome === 'accepted')).toBe(true);
    expect(d.redFlags.filter((f) => f.found)).toEqual([]);
    expect(d.redFlags.map((f) => f.flag)).toContain('purpose-mismatch');
  });

  it('foiled: calling the official number cancels the attacker sign-in', async () => {
    const scenario = await loadScenario('scam-call');
    const run = new ScenarioRun(scenario, { seed: 7 });
    playDemo(run, scenario.demo!.foiled);
    const d = run.debrief();
    expect(d.outcome).toBe('foiled');
    expect(d.attacker?.gaveUp).toBe('cancelled');
    expect(d.attacker?.insideAt).toBeNull();
    expect(d.redFlags.find((f) => f.flag === 'purpose-mismatch')?.found).toBe(true);
    expect(d.score).toBe(100);
  });

  it('a wrong code read out does not let the attacker in', async () => {
    const scenario = await loadScenario('scam-call');
    const run = new ScenarioRun(scenario, { seed: 7 });
    run.advance(80_000);
    run.shareCode('000000', 'call');
    run.advance(10_000);
    expect(run.state.attacker?.tries).toEqual([{ at: expect.any(Number), ok: false }]);
    expect(run.state.attacker?.state).toBe('waiting');
    while (run.skipToNext()) {
      /* let the attacker give up */
    }
    expect(run.debrief().outcome).toBe('foiled');
  });
});
