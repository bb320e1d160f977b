/**
 * Deadlines and reissued codes, checked against doc/model.md rather than the
 * machine: "An expired code ... does not count as an attempt", a resend's new
 * code works ("the code in the newest message"), and nothing at a deadline
 * depends on which of two timers due at the same millisecond fires first.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  preset,
  SeededRandom,
  SimulatedClock,
  SIM_EPOCH,
  startChallenge,
  type AuditEntry,
  type ChallengeActor,
  type ChallengeInput,
  type Delivery,
  type Policy,
  type TieOrder,
} from '../../src/core';

const SIGN_IN = { kind: 'sign-in', device: 'Firefox on Linux' } as const;

interface Run {
  actor: ChallengeActor;
  clock: SimulatedClock;
  deliveries: Delivery[];
}

function start(input: Partial<ChallengeInput> & { policy: Policy }, ties: TieOrder, seed = 5): Run {
  const clock = new SimulatedClock(SIM_EPOCH, { ties });
  const actor = startChallenge(
    { purpose: SIGN_IN, channel: 'sms', ...input },
    { clock, random: new SeededRandom(seed) },
  );
  const deliveries: Delivery[] = [];
  actor.on('delivery', (e) => deliveries.push(e.delivery));
  return { actor, clock, deliveries };
}

/** The code in the newest message, as the phone would show it (issued, even if not yet arrived). */
function newestCode(run: Run): string {
  return run.actor.getSnapshot().context.codes.at(-1)?.code ?? '';
}

function wrongCode(run: Run, digits: number): string {
  const issued = new Set(run.actor.getSnapshot().context.codes.map((c) => c.code));
  for (let n = 0; ; n++) {
    const code = String(n).padStart(digits, '0');
    if (!issued.has(code)) return code;
  }
}

type Act = 'right' | 'wrong' | 'resend' | 'cancel';

function act(run: Run, what: Act, digits: number): AuditEntry | undefined {
  const before = run.actor.getSnapshot().context.log.length;
  if (what === 'right') run.actor.send({ type: 'SUBMIT', code: newestCode(run) });
  if (what === 'wrong') run.actor.send({ type: 'SUBMIT', code: wrongCode(run, digits) });
  if (what === 'resend') run.actor.send({ type: 'RESEND' });
  if (what === 'cancel') run.actor.send({ type: 'CANCEL' });
  // The person's own entry is the last one their event added.
  const added = run.actor.getSnapshot().context.log.slice(before);
  return added.filter((e) => !e.event.startsWith('xstate.after')).at(-1);
}

/** Everything that must not depend on timer order: where it ends and what was counted. */
function settled(run: Run) {
  const { value, context } = run.actor.getSnapshot();
  return {
    state: value,
    failures: context.failures,
    totalFailures: context.totalFailures,
    acceptedAt: context.acceptedAt,
    resends: context.resends,
    codes: context.codes.map((c) => ({ n: c.n, status: c.status, arrivedAt: c.arrivedAt })),
    deliveries: run.deliveries.map((d) => ({ n: d.n, late: d.late, arrivedAt: d.arrivedAt })),
  };
}

interface TieCase {
  name: string;
  policy: Policy;
  deliveries?: ChallengeInput['deliveries'];
  /** Wrong codes typed at the start (to reach a lockout or a throttle wait). */
  wrongFirst: number;
  /** The moment (ms after the start) at which two or more timers fall due. */
  at: number;
  /** The state the challenge settles in at that moment when nobody acts. */
  settlesIn: string;
}

const retail = preset('retail');
const nist = preset('nist');

// Each case makes two or more timers fall due at the same millisecond, by the policy's own numbers.
const CASES: TieCase[] = [
  {
    name: 'a text arriving just as its code expires',
    policy: retail,
    deliveries: [{ latencyMs: retail.lifetimeMs }],
    wrongFirst: 0,
    at: retail.lifetimeMs,
    settlesIn: 'expired',
  },
  {
    name: 'the last attempt left when the code expires',
    policy: retail,
    deliveries: [{ latencyMs: retail.lifetimeMs }],
    wrongFirst: (retail.maxFailures ?? 0) - 1,
    at: retail.lifetimeMs,
    settlesIn: 'expired',
  },
  {
    name: 'the resend cooldown ending as the code expires',
    policy: { ...retail, lifetimeMs: retail.resendCooldownMs },
    wrongFirst: 0,
    at: retail.resendCooldownMs,
    settlesIn: 'expired',
  },
  {
    name: 'a throttle wait, the cooldown and the code all ending at once',
    // nist: 3 free failures, then a 30 s wait; a 30 s lifetime ends with it.
    policy: { ...nist, lifetimeMs: nist.throttle?.firstWaitMs ?? 0 },
    wrongFirst: (nist.throttle?.freeFailures ?? 0) + 1,
    at: nist.throttle?.firstWaitMs ?? 0,
    settlesIn: 'expired',
  },
  {
    name: 'a throttle wait ending as a late text arrives',
    policy: nist,
    deliveries: [{ latencyMs: nist.throttle?.firstWaitMs ?? 0 }],
    wrongFirst: (nist.throttle?.freeFailures ?? 0) + 1,
    at: nist.throttle?.firstWaitMs ?? 0,
    settlesIn: 'pending',
  },
  {
    name: 'a lockout ending as a late text arrives',
    policy: retail,
    deliveries: [{ latencyMs: retail.lockoutMs }],
    wrongFirst: retail.maxFailures ?? 0,
    at: retail.lockoutMs,
    settlesIn: 'voided',
  },
];

/**
 * Plays a case: the wrong codes, then time up to `at`. With `between`, the
 * clock steps one timer at a time and the person acts once the first timer
 * due at `at` has fired, the others still waiting; without, every timer due
 * at `at` has fired before the person acts.
 */
function play(c: TieCase, ties: TieOrder, what: Act | null, between: boolean) {
  const run = start({ policy: c.policy, deliveries: c.deliveries }, ties);
  for (let i = 0; i < c.wrongFirst; i++) act(run, 'wrong', c.policy.digits);
  const at = SIM_EPOCH + c.at;
  let dueAtOnce = 0;
  if (between) {
    while ((run.clock.nextDue() ?? Infinity) < at) run.clock.advanceToNext();
    expect(run.clock.nextDue()).toBe(at);
    run.clock.advanceToNext();
    expect(run.clock.now()).toBe(at);
    dueAtOnce = run.clock.nextDue() === at ? 1 : 0;
  } else {
    run.clock.set(at);
  }
  const entry = what ? act(run, what, c.policy.digits) : undefined;
  run.clock.set(at); // whatever is still due now fires
  // A timer taken early is "logged as that timer" (doc/model.md): the same entries, maybe reordered.
  const events = run.actor
    .getSnapshot()
    .context.log.map((e) => `${e.event} ${e.outcome}`)
    .sort();
  return { entry, settled: settled(run), dueAtOnce, events };
}

describe('at a deadline, the outcome does not depend on which timer fires first', () => {
  for (const c of CASES) {
    describe(c.name, () => {
      it('really has two timers due at once, and settles as doc/model.md says', () => {
        for (const ties of ['set-order', 'reverse'] as const) {
          const { dueAtOnce, settled: s } = play(c, ties, null, true);
          expect(dueAtOnce, 'a second timer is still due after the first fired').toBe(1);
          expect(s.state).toBe(c.settlesIn);
        }
      });

      for (const what of ['right', 'wrong', 'resend', 'cancel'] as const) {
        it(`a ${what === 'right' || what === 'wrong' ? `${what} code` : what} at that millisecond`, () => {
          const reference = play(c, 'set-order', what, false);
          for (const ties of ['set-order', 'reverse'] as const) {
            const between = play(c, ties, what, true);
            expect(between.settled).toEqual(reference.settled);
            // Under the same order of timers, the person acting between them changes nothing logged.
            expect(between.events).toEqual(play(c, ties, what, false).events);
            expect(between.entry?.outcome).toBe(reference.entry?.outcome);
            expect(between.entry?.reason).toBe(reference.entry?.reason);
          }
        });
      }
    });
  }

  it('an expired code is refused as expired and never counted, even at the exact millisecond', () => {
    // doc/model.md, "Expired": "Even the right code is refused now. This does not count as an attempt."
    const c = CASES[1] as TieCase;
    for (const ties of ['set-order', 'reverse'] as const) {
      const { entry, settled: s } = play(c, ties, 'right', true);
      expect(entry).toMatchObject({
        event: 'SUBMIT',
        outcome: 'expired',
        reason: 'lifetime-elapsed',
      });
      expect(s.state).toBe('expired');
      expect(s.failures).toBe(c.wrongFirst);
      expect(s.acceptedAt).toBeNull();
    }
  });
});

describe('a resend never repeats a value the challenge already issued', () => {
  it('the code in the newest text works (issue 10: retail, seed 1009313)', () => {
    const run = start({ policy: retail }, 'set-order', 1009313);
    run.clock.increment(retail.resendCooldownMs);
    run.actor.send({ type: 'RESEND' });
    const [first, second] = run.actor.getSnapshot().context.codes;
    expect(second?.code).not.toBe(first?.code);
    run.actor.send({ type: 'SUBMIT', code: newestCode(run) });
    expect(run.actor.getSnapshot().value).toBe('accepted');
  });

  it('under the weak preset every code of a long resend run is new', () => {
    const weak = preset('weak');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 2 }),
        fc.integer({ min: 1, max: 200 }),
        (seed, n) => {
          const run = start({ policy: weak }, 'set-order', seed);
          for (let i = 0; i < n; i++) run.actor.send({ type: 'RESEND' });
          const codes = run.actor.getSnapshot().context.codes.map((c) => c.code);
          expect(codes).toHaveLength(n + 1);
          expect(new Set(codes).size).toBe(n + 1);
        },
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('when a tiny code space runs out, the newest code still works', () => {
    // One digit: only 10 values, so resends past the tenth must repeat one.
    const tiny: Policy = { ...preset('weak'), id: 'tiny', digits: 1, resendSupersedes: true };
    for (let resends = 0; resends <= 15; resends++) {
      const run = start({ policy: tiny }, 'set-order', 11);
      for (let i = 0; i < resends; i++) run.actor.send({ type: 'RESEND' });
      run.actor.send({ type: 'SUBMIT', code: newestCode(run) });
      expect(run.actor.getSnapshot().value, `after ${resends} resends`).toBe('accepted');
    }
  });
});
