// The brute-force figures of doc/api.md ("The attacker's seat"), from the real engine.
// The page's worked example runs in test/core/api-doc.test.ts.
import { describe, expect, it } from 'vitest';
import { PRESET_IDS, preset } from '../../src/core/policy';
import { loadScenario } from '../../src/core/scenario/library';
import { AttackerSeat, bruteForcePlan, LEAKED } from '../../src/core/scam/seat';

describe('the brute-force figures doc/api.md gives, from the real engine', () => {
  // What the seat's script gets with `tryGuesses(every code)`, for a few seeds.
  const FIGURES = {
    retail: { tried: 5, outcome: 'locked-out', chance: '1 in 200,000' },
    nist: { tried: 8, outcome: 'stopped-by-otp', chance: null },
    strict: { tried: 3, outcome: 'locked-out', chance: '1 in 33,333,333' },
  } as const;

  for (const id of PRESET_IDS) {
    it(`${id}`, async () => {
      const scenario = await loadScenario('scam-call');
      const leak = LEAKED.find((l) => l.note === 'current')!;
      for (const seed of [1, 2, 3, 1234]) {
        const seat = new AttackerSeat({ scenario, profile: 'cautious', policy: id, seed });
        seat.signIn(leak.email, leak.password);
        seat.wait(5_000);
        const code = Number(seat.state.targetMessage!.code);
        const r = seat.tryGuesses(10 ** preset(id).digits);
        if (id === 'weak') {
          expect(bruteForcePlan(preset(id)).sureWinWithin).toBe(10_000);
          expect(r.accepted).toBe(true);
          expect(r.tried).toBe(code + 1);
          expect(r.tried).toBeLessThanOrEqual(10_000);
          expect(seat.state.outcome).toBe('got-in');
        } else {
          const f = FIGURES[id];
          expect(bruteForcePlan(preset(id)).sureWinWithin).toBeNull();
          expect(r).toMatchObject({ tried: f.tried, accepted: false });
          expect(seat.state.outcome).toBe(f.outcome);
          if (f.chance) expect(seat.debrief()!.lines[0]).toContain(f.chance);
        }
      }
    });
  }

  it('the worst case for weak: 10,000 guesses at one every 200 ms, inside the 60 min lifetime', () => {
    const plan = bruteForcePlan(preset('weak'));
    expect(plan).toMatchObject({ space: 10_000, beforeLock: null, beforeExpiry: 18_000 });
    expect(plan.space * 200).toBe(2_000_000); // 33 min 20 s
  });
});
