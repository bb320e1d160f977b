// The worked example of doc/api.md ("The attacker's seat"), kept identical: the last test checks it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PRESET_IDS, preset } from '../../src/core/policy';
import { loadScenario } from '../../src/core/scenario/library';
import { AttackerSeat, bruteForcePlan, LEAKED } from '../../src/core/scam/seat';

// ---- the example, as in doc/api.md -------------------------------------------
it('the attacker gets in only because the target reads the code out', async () => {
  const scenario = await loadScenario('scam-call');
  const seat = new AttackerSeat({ scenario, profile: 'trusting', policy: 'retail', seed: 1 });
  const leak = LEAKED.find((l) => l.note === 'current')!;
  expect(seat.signIn(leak.email, leak.password)).toBe('ok');
  // Scenario 11's call, word for word; the code on the target's phone approves a sign-in.
  const reply = seat.ask('support-call')!;
  expect(reply).toMatchObject({ shared: true, reason: 'trusting-urgent', matched: false });
  expect(seat.enterCode(reply.code!)?.outcome).toBe('accepted');
  expect(seat.state.outcome).toBe('got-in');
  expect(seat.state.taken.map((l) => l.kind)).toEqual(['address', 'order']);
  expect(seat.debrief()!.relayed).toBe(true);
});
// ---- end of the example --------------------------------------------------------

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

it('doc/api.md shows this file’s example, unchanged', () => {
  const doc = readFileSync('doc/api.md', 'utf8');
  const section = doc.slice(doc.indexOf("## The attacker's seat"));
  const block = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(block).toBeDefined();
  const source = readFileSync('test/core/seat-example.test.ts', 'utf8');
  const example = /\/\/ ---- the example.*\n([\s\S]*?)\/\/ ---- end of the example/.exec(
    source,
  )?.[1];
  expect(example).toBeDefined();
  expect(block!.trim()).toBe(example!.trim());
});
