import { loadScenarioCatalogue, textsOf } from '../../src/core/i18n/scenarios';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESET_IDS } from '../../src/core/policy';
import type { PresetId } from '../../src/core/policy';
import { describePurpose } from '../../src/core/challenge';
import { loadScenario } from '../../src/core/scenario/library';
import { SCENARIO_IDS } from '../support/builtins';
import type { Scenario } from '../../src/core/scenario/types';
import {
  AttackerSeat,
  bruteForcePlan,
  decide,
  GUESS_MS,
  LEAKED,
  PRETEXT_IDS,
  pretextLines,
  PRETEXTS,
  seatTexts,
  TARGET_PROFILES,
} from '../../src/core/scam/seat';
import type { PretextId, TargetProfile } from '../../src/core/scam/seat';
import { preset } from '../../src/core/policy';
import { LEARNER } from '../../src/core/world';

// Every scenario's texts (a played scenario loads only its own).
const SCENARIO_TEXTS = await loadScenarioCatalogue();

const scenario: Scenario = await loadScenario('scam-call');
const current = LEAKED.find((l) => l.note === 'current')!;

function seat(profile: TargetProfile = 'trusting', policy: PresetId = 'retail', seed = 1) {
  return new AttackerSeat({ scenario, profile, policy, seed });
}

function signedIn(profile: TargetProfile = 'trusting', policy: PresetId = 'retail', seed = 1) {
  const s = seat(profile, policy, seed);
  expect(s.signIn(current.email, current.password)).toBe('ok');
  return s;
}

/** The code on the target's phone: what only the target can read. */
function targetCode(s: AttackerSeat): string {
  s.wait(10_000);
  const m = s.state.targetMessage;
  if (!m) throw new Error('no message reached the target');
  return m.code;
}

describe('attacker seat: the shop’s sign-in', () => {
  it('a wrong or stale leaked password never starts a challenge', () => {
    for (const leak of LEAKED.filter((l) => l.note !== 'current')) {
      const s = seat();
      expect(s.signIn(leak.email, leak.password)).toBe('wrong');
      s.wait(60_000);
      expect(s.challengeSnapshot).toBeNull();
      expect(s.state.targetMessage).toBeNull();
      expect(s.state.signedIn).toBe(false);
    }
  });

  it('no password but the current one starts a challenge (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (email, password) => {
        fc.pre(password !== current.password);
        const s = seat();
        const r = s.signIn(email, password);
        expect(['wrong', 'empty']).toContain(r);
        expect(s.challengeSnapshot).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('the right password sends a genuine code to the target’s phone, not the attacker', () => {
    const s = signedIn();
    const code = targetCode(s);
    const m = s.state.targetMessage!;
    expect(m.to).toBe(LEARNER.sms);
    expect(m.body).toContain('approve a sign-in on a new device');
    expect(s.challengeSnapshot?.value).toBe('pending');
    // Nothing the attacker's console shows holds the code.
    expect(JSON.stringify(s.state.events)).not.toContain(code);
    expect(s.state.relayed).toEqual([]);
  });

  it('a second sign-in while a challenge runs changes nothing', () => {
    const s = signedIn();
    const before = s.challengeSnapshot;
    expect(s.signIn(current.email, current.password)).toBe('already');
    expect(s.challengeSnapshot).toBe(before);
  });
});

describe('attacker seat: the pretexts are the scenarios’ stories', () => {
  it('each sourced pretext speaks its scam scenario’s own call or text, word for word', async () => {
    const used = new Set<string>();
    for (const p of PRETEXTS.filter((p) => p.source)) {
      const src = p.source!;
      const source = await loadScenario(src.scenario);
      expect(source.flow, p.id).toBe('scam');
      expect(source.number, p.id).toBe(src.number);
      const beat = source.beats.find((b) => b.id === src.beat);
      expect(beat?.byAttacker, `${p.id}: ${src.beat}`).toBe(true);
      // The same medium and the same pressure as in the scenario.
      expect(beat!.kind).toBe(p.via === 'call' ? 'call' : 'sms');
      expect(beat!.flags?.includes('urgency') ?? false, p.id).toBe(p.urgency);
      const texts = textsOf(SCENARIO_TEXTS, src.scenario);
      const expected = p.via === 'call' ? texts.calls[src.beat] : [texts.beats[src.beat]];
      expect(expected?.length, p.id).toBeGreaterThan(0);
      expect(pretextLines(p.id, 'any device')).toEqual(expected);
      // One story, one source: no two pretexts retell the same beat.
      expect(used.has(src.scenario)).toBe(false);
      used.add(src.scenario);
    }
    // All scam scenarios whose attacker calls or texts a story are on offer.
    expect([...used].sort()).toEqual(
      [
        'scam-call',
        'scam-delivery',
        'scam-friend',
        'scam-mismatch',
        'scam-refund',
        'scam-reply',
      ].sort(),
    );
  });

  it('the seat keeps its own words only for the stories no scenario tells', () => {
    const own = seatTexts('en').ownLines;
    const unsourced = PRETEXTS.filter((p) => !p.source).map((p) => p.id);
    expect(Object.keys(own).sort()).toEqual([...unsourced].sort());
    for (const id of unsourced) {
      const lines = pretextLines(id, 'Pixel tablet, York');
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.join(' ')).toContain('Pixel tablet, York');
      expect(lines.join(' ')).not.toMatch(/\{\w+\}/);
    }
    // Every pretext has a name on its button.
    for (const id of PRETEXT_IDS)
      expect(seatTexts('en').pretexts[id].label.length).toBeGreaterThan(3);
  });

  it('the console shows the scenario’s words when the attacker uses a pretext', () => {
    const s = signedIn('cautious');
    s.ask('friend-mistake');
    const said = s.state.events.find((e) => e.kind === 'pretext');
    expect(said?.kind === 'pretext' && said.lines).toEqual([
      textsOf(SCENARIO_TEXTS, 'scam-friend').beats['friend-text'],
    ]);
  });
});

describe('attacker seat: the scenario it plays', () => {
  const scams = SCENARIO_IDS.filter((id) => id.startsWith('scam-'));
  for (const id of scams) {
    it(`${id}: the genuine message and the loot come from its attacker script`, async () => {
      const sc = await loadScenario(id);
      const script = sc.attacker!;
      const s = new AttackerSeat({ scenario: sc, profile: 'trusting', policy: 'retail', seed: 7 });
      expect(s.purpose).toEqual(script.purpose);
      s.signIn(current.email, current.password);
      expect(s.challengeSnapshot?.context.purpose).toEqual(script.purpose);
      s.wait(10_000);
      // The message on the target's phone names the script's device or order.
      const p = script.purpose;
      const detail = 'device' in p ? p.device : 'orderId' in p ? p.orderId : '';
      expect(detail).not.toBe('');
      expect(s.state.targetMessage?.body).toContain(detail);
      // The target reads the script's purpose off that message, whatever the story.
      const block = s.ask('new-device-call')!;
      expect(block.matched).toBe(p.kind === 'sign-in');
      expect(block.text).toContain(describePurpose(p, 'en'));
      // An urgent story gets the code out of a trusting target, and the attacker in.
      const r = s.ask('support-call')!;
      expect(r.shared).toBe(true);
      s.enterCode(r.code!);
      expect(s.state.outcome).toBe('got-in');
      expect(s.state.taken.map((l) => l.kind)).toEqual(script.loot.map((l) => l.kind));
      expect(s.state.taken.map((l) => l.amount)).toEqual(script.loot.map((l) => l.amount));
    });
  }

  it('scenario 17: the calm order-desk call that explains the text away stops a trusting target', async () => {
    const sc = await loadScenario('scam-mismatch');
    const s = new AttackerSeat({ scenario: sc, profile: 'trusting', policy: 'retail', seed: 2 });
    s.signIn(current.email, current.password);
    const r = s.ask('order-desk-call')!;
    expect(r).toMatchObject({ shared: false, reason: 'trusting-mismatch', matched: false });
    expect(r.text).toContain('cancel an order you did not make');
    expect(r.text).toContain('approve a payment of £1,249.00');
  });

  it('scenario 15: the courier’s story matches a delivery code, so even a calm version convinces', async () => {
    const sc = await loadScenario('scam-delivery');
    const courier = PRETEXTS.find((p) => p.id === 'delivery-driver')!;
    expect(decide('trusting', { ...courier, urgency: false }, sc.attacker!.purpose)).toEqual({
      shared: true,
      reason: 'trusting-match',
      matched: true,
    });
  });

  it('a hurried target puts off a calm story, even one that matches', () => {
    const s = signedIn('hurried');
    expect(s.ask('new-device-call')).toMatchObject({
      shared: false,
      reason: 'hurried-busy',
      matched: true,
    });
  });
});

describe('attacker seat: the target', () => {
  // The rule table the profiles follow (see decide()).
  const SHARES: Record<TargetProfile, PretextId[]> = {
    cautious: [],
    // Every story but the two calm ones carries a deadline.
    hurried: [
      'support-call',
      'compromised-text',
      'friend-mistake',
      'delivery-driver',
      'refund-call',
    ],
    // Only the calm story that contradicts the message (scenario 17's) stops them.
    trusting: [
      'support-call',
      'compromised-text',
      'friend-mistake',
      'delivery-driver',
      'refund-call',
      'new-device-call',
    ],
  };

  for (const profile of TARGET_PROFILES) {
    for (const id of PRETEXT_IDS) {
      it(`${profile} answers “${id}” the same way every time, and says why`, () => {
        const replies = [3, 3, 11].map((seed) => {
          const s = signedIn(profile, 'retail', seed);
          const reply = s.ask(id)!;
          return { reply, code: s.state.targetMessage!.code };
        });
        const [a, b, c] = replies;
        expect(a!.reply).toEqual(b!.reply);
        // Another seed: another code, the same decision and reason.
        expect(c!.reply.reason).toBe(a!.reply.reason);
        for (const { reply, code } of replies) {
          expect(reply.shared).toBe(SHARES[profile].includes(id));
          expect(reply.text.length).toBeGreaterThan(30);
          expect(reply.text).not.toMatch(/\{\w+\}/);
          if (reply.shared) {
            expect(reply.code).toBe(code);
            expect(reply.text).toContain(code);
          } else {
            expect(reply.code).toBeNull();
            expect(reply.text).not.toContain(code);
          }
        }
      });
    }
  }

  it('a cautious target never shares, whatever the attacker does (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.constantFrom(...PRESET_IDS),
        fc.array(fc.constantFrom(...PRETEXT_IDS), { maxLength: 8 }),
        fc.boolean(),
        (seed, policy, asks, signInFirst) => {
          const s = seat('cautious', policy, seed);
          if (signInFirst) s.signIn(current.email, current.password);
          for (const id of asks) {
            const r = s.ask(id);
            if (r) expect(r.shared).toBe(false);
          }
          expect(s.state.relayed).toEqual([]);
          // The code appears in no text the seat shows (times and code references, #3f09a1, may
          // hold its digits by chance).
          const code = s.state.targetMessage?.code;
          const texts: string[] = [];
          JSON.stringify(s.state.events, (_k, v: unknown) => {
            if (typeof v === 'string' && !/^#[0-9a-f]{6}$/.test(v)) texts.push(v);
            return v;
          });
          if (code)
            for (const text of texts) expect(text).not.toMatch(new RegExp(`(^|\\D)${code}(\\D|$)`));
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('the cautious answer names what the message approves', () => {
    const s = signedIn('cautious');
    const r = s.ask('new-device-call')!;
    expect(r.reason).toBe('cautious-match');
    expect(r.text).toContain('approve a sign-in on a new device (Android phone, Leeds)');
    const m = s.ask('support-call')!;
    expect(m.reason).toBe('cautious-mismatch');
    expect(m.text).toContain('cancel an order');
  });

  it('a story that matches the message convinces a trusting target; the same story mismatched does not', () => {
    const calm = { ...PRETEXTS.find((p) => p.id === 'refund-call')!, urgency: false };
    const refund = { kind: 'refund', amount: { minor: 8999, currency: 'GBP' }, orderId: 'R1' };
    const signIn = { kind: 'sign-in', device: 'x' } as const;
    expect(decide('trusting', calm, refund as never).shared).toBe(true);
    expect(decide('trusting', calm, signIn)).toEqual({
      shared: false,
      reason: 'trusting-mismatch',
      matched: false,
    });
  });

  it('asking before signing in gets "what code?" and does not use up the pretext', () => {
    const s = seat('trusting');
    const r = s.ask('new-device-call')!;
    expect(r.reason).toBe('no-code');
    expect(r.shared).toBe(false);
    expect(s.state.asked).toEqual([]);
    s.signIn(current.email, current.password);
    expect(s.ask('new-device-call')?.shared).toBe(true);
    expect(s.ask('new-device-call')).toBeNull();
  });

  it('a relayed code gets the attacker in, and the loot is the scenario’s', () => {
    const s = signedIn('trusting');
    const r = s.ask('support-call')!;
    expect(r.shared).toBe(true);
    const entry = s.enterCode(r.code!);
    expect(entry?.outcome).toBe('accepted');
    expect(s.state.outcome).toBe('got-in');
    expect(s.state.taken.map((l) => l.kind)).toEqual(scenario.attacker!.loot.map((l) => l.kind));
    const d = s.debrief()!;
    expect(d.relayed).toBe(true);
    expect(d.lines[0]).toContain('read the code out to you');
    // The story (cancel an order) did not match the message: the debrief says so.
    expect(d.lines.join(' ')).toContain('here: approve a sign-in on a new device');
  });

  it('a target who refuses, then the code expiring, ends as “refused”', () => {
    const s = signedIn('cautious');
    s.ask('support-call');
    s.wait(preset('retail').lifetimeMs);
    expect(s.state.outcome).toBe('refused');
    expect(s.debrief()!.lines.join(' ')).toContain('never share a code');
  });

  it('holding the password but never getting the code is “stopped by the OTP”', () => {
    const s = signedIn('trusting');
    s.wait(preset('retail').lifetimeMs);
    expect(s.state.outcome).toBe('stopped-by-otp');
    expect(s.debrief()!.lines[0]).toContain('expired');
    const t = seat('trusting');
    t.signIn(current.email, 'lark-meadow-41');
    t.giveUp();
    expect(t.state.outcome).toBe('stopped-by-otp');
    expect(t.debrief()!.lines[0]).toContain('never got past the password');
  });
});

describe('attacker seat: guessing the code', () => {
  it('bad input in the code box is refused and never counts as a guess', () => {
    const s = signedIn();
    for (const raw of ['', 'abc', '12345', '1234567', '１２３４５６']) s.enterCode(raw);
    expect(s.state.guesses).toBe(0);
    expect(s.challengeSnapshot?.context.failures).toBe(0);
  });

  it('the plan: only the weak preset can be swept within one code’s lifetime', () => {
    expect(bruteForcePlan(preset('weak'))).toEqual({
      space: 10_000,
      beforeLock: null,
      beforeExpiry: (60 * 60_000) / GUESS_MS,
      sureWinWithin: 10_000,
    });
    for (const id of ['retail', 'nist', 'strict'] as const) {
      expect(bruteForcePlan(preset(id)).sureWinWithin).toBeNull();
    }
  });

  it('retail: brute force is locked out before it succeeds, for every seed sampled', () => {
    const limit = preset('retail').maxFailures!;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const s = signedIn('cautious', 'retail', seed);
        const code = targetCode(s);
        // The sweep starts at 000000: excluded are the 5 seeds in a million whose code it would hit.
        fc.pre(Number(code) >= limit);
        const r = s.tryGuesses(1000);
        expect(r.accepted).toBe(false);
        expect(r.tried).toBe(limit);
        expect(s.state.outcome).toBe('locked-out');
        expect(s.tryGuesses(1000).tried).toBe(0);
        expect(s.debrief()!.lines[0]).toContain('1 in 200,000');
      }),
      { numRuns: 200, seed: 4351 },
    );
  }, 60_000);

  it('strict locks after 3; NIST throttles until the code expires', () => {
    const strict = signedIn('cautious', 'strict', 9);
    expect(strict.tryGuesses(1000).tried).toBe(3);
    expect(strict.state.outcome).toBe('locked-out');
    const nist = signedIn('cautious', 'nist', 9);
    const r = nist.tryGuesses(1000);
    expect(r.accepted).toBe(false);
    expect(r.tried).toBeLessThan(20);
    expect(nist.state.outcome).toBe('stopped-by-otp');
    expect(nist.debrief()!.lines[0]).toContain('wait longer');
  });

  it('weak: brute force wins within the stated number of guesses, inside one code’s lifetime', () => {
    const plan = bruteForcePlan(preset('weak'));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const s = signedIn('cautious', 'weak', seed);
        const code = targetCode(s);
        const start = s.clock.now();
        const r = s.tryGuesses(plan.sureWinWithin!);
        expect(r.accepted).toBe(true);
        expect(s.state.guesses).toBeLessThanOrEqual(plan.sureWinWithin!);
        // A sequential sweep finds code c on guess c + 1.
        expect(s.state.guesses).toBe(Number(code) + 1);
        expect(s.clock.now() - start).toBeLessThan(preset('weak').lifetimeMs);
        expect(s.state.outcome).toBe('got-in');
        expect(s.debrief()!.relayed).toBe(false);
      }),
      { numRuns: 6, seed: 4351 },
    );
  }, 60_000);

  it('weak: “try N guesses” in steps picks up where it left off', () => {
    const s = signedIn('cautious', 'weak', 5);
    const code = Number(targetCode(s));
    let rounds = 0;
    while (!s.state.outcome && rounds++ < 200) s.tryGuesses(100);
    expect(s.state.outcome).toBe('got-in');
    expect(s.state.guesses).toBe(code + 1);
  }, 60_000);
});
