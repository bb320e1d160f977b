/**
 * Rules of the challenge that the other tests did not reach, written from
 * doc/model.md and doc/api.md against the survivors of a mutation run of
 * src/core/challenge/machine.ts (doc/benchmarks.md). A resend never repeats
 * a value the challenge has issued, and should the random source leave no
 * choice, the code in the newest message still works. A source that always
 * gives the same number is the only way to reach that case: with 6 digits
 * the challenge would otherwise need a million resends.
 */
import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import {
  catalogue,
  PolicyError,
  PRESETS,
  SIM_EPOCH,
  SeededRandom,
  SimulatedClock,
  startChallenge,
} from '../../src/core';
import { TOTP_ENROLMENT } from '../support/harness';
import type { ChallengeInput, Policy, RandomSource } from '../../src/core';

const SIGN_IN = { kind: 'sign-in', device: 'Firefox on Linux' } as const;

/** Always the same number, and how many were drawn. */
function stuck(): RandomSource & { draws: number } {
  const source = { draws: 0, below: () => (source.draws++, 0) };
  return source;
}

const policy = PRESETS.retail;

/** A sign-in challenge (retail, by text, on a stuck source unless told otherwise) on its own clock. */
function begin(input: Partial<ChallengeInput> = {}, random: RandomSource = stuck()) {
  const clock = new SimulatedClock(SIM_EPOCH);
  const actor = startChallenge(
    { purpose: SIGN_IN, channel: 'sms', policy, ...input },
    { clock, random },
  );
  return { actor, clock };
}

/** A retail text challenge on a stuck source, its resend cooldown over: a resend may go now. */
function readyToResend(random: RandomSource = stuck()) {
  const started = begin({}, random);
  started.clock.increment(policy.resendCooldownMs);
  return started;
}

describe('a resend when the random source repeats itself', () => {
  it('draws 1,000 values before it settles for a repeat, and the newest message’s code works', () => {
    const random = stuck();
    const { actor } = readyToResend(random);
    const before = random.draws;
    actor.send({ type: 'RESEND' });
    // One draw for the value, then up to 999 more looking for one not issued before.
    expect(random.draws - before).toBe(1_000);
    const codes = actor.getSnapshot().context.codes;
    expect(codes.map((c) => [c.code, c.status])).toEqual([
      ['000000', 'superseded'],
      ['000000', 'live'],
    ]);
    actor.send({ type: 'SUBMIT', code: '000000' });
    expect(actor.getSnapshot().context.log.at(-1)?.outcome).toBe('accepted');
  });
});

describe('two live codes with the same value (weak: resends keep old codes alive)', () => {
  // doc/model.md: under weak every code still dies at its own expiry, and the code in the
  // newest message works. With one value left to draw, both messages show the same code.
  it('the newest message’s code works after the older one ran out', () => {
    const weak = PRESETS.weak;
    const { actor, clock } = begin({ policy: weak });
    clock.increment(weak.lifetimeMs - 60_000);
    actor.send({ type: 'RESEND' });
    clock.increment(120_000); // the first code's own lifetime is over; the second has most of its
    const codes = actor.getSnapshot().context.codes;
    expect(codes.map((c) => [c.code, c.status])).toEqual([
      ['0000', 'live'],
      ['0000', 'live'],
    ]);
    actor.send({ type: 'SUBMIT', code: '0000' });
    expect(actor.getSnapshot().context.log.at(-1)?.outcome).toBe('accepted');
    expect(actor.getSnapshot().context.codes.map((c) => c.status)).toEqual(['dead', 'used']);
  });
});

describe('a resend naming a channel that does not exist', () => {
  it.each(['voice', 'authenticator', ''])(
    'RESEND by "%s" is refused as a channel not allowed, and nothing is sent',
    (channel) => {
      const { actor } = readyToResend();
      // Events can come from a trace file or the workbench's console: not only from typed code.
      actor.send({ type: 'RESEND', channel } as unknown as { type: 'RESEND' });
      const { codes, log } = actor.getSnapshot().context;
      expect(codes).toHaveLength(1);
      expect(log.at(-1)).toMatchObject({
        outcome: 'resend-refused',
        reason: 'channel-not-allowed',
      });
    },
  );
});

describe('what ended each code', () => {
  // doc/api.md, CodeRecord.status: live until a resend supersedes it, it is accepted, or
  // expiry, a lockout or a cancel kills it. A status, once not live, says why and stays.
  it('an older code stays "superseded" when the newest one expires, or is cancelled', () => {
    for (const end of ['expire', 'cancel'] as const) {
      const { actor, clock } = readyToResend();
      actor.send({ type: 'RESEND' });
      if (end === 'expire') clock.increment(policy.lifetimeMs);
      else actor.send({ type: 'CANCEL' });
      const statuses = actor.getSnapshot().context.codes.map((c) => c.status);
      expect(statuses, end).toEqual(['superseded', 'dead']);
    }
  });

  it('a lockout kills the live code', () => {
    const { actor } = begin();
    // The stuck source issued 000000; any other well-formed code is wrong.
    for (let i = 0; i < (policy.maxFailures ?? 0); i++)
      actor.send({ type: 'SUBMIT', code: '111111' });
    expect(actor.getSnapshot().value).toBe('locked');
    expect(actor.getSnapshot().context.codes.map((c) => c.status)).toEqual(['dead']);
  });

  it('accepting a code leaves an older superseded code superseded', () => {
    const { actor } = readyToResend(new SeededRandom(7));
    actor.send({ type: 'RESEND' });
    actor.send({ type: 'SUBMIT', code: actor.getSnapshot().context.codes[1]!.code });
    expect(actor.getSnapshot().context.codes.map((c) => c.status)).toEqual(['superseded', 'used']);
  });

  it('accepting one of several live codes (weak: resends keep them) kills the others', () => {
    const weak = PRESETS.weak;
    const { actor } = begin({ policy: weak }, new SeededRandom(7));
    actor.send({ type: 'RESEND' });
    actor.send({ type: 'RESEND' });
    const codes = actor.getSnapshot().context.codes;
    expect(codes.map((c) => c.status)).toEqual(['live', 'live', 'live']);
    actor.send({ type: 'SUBMIT', code: codes[1]!.code });
    expect(actor.getSnapshot().context.codes.map((c) => c.status)).toEqual([
      'dead',
      'used',
      'dead',
    ]);
  });
});

describe('the throttle wait', () => {
  // doc/api.md, ChallengeContext.waitUntil: when the current wait ends, null when none runs.
  it('is cleared once the wait is over', () => {
    const nist = PRESETS.nist;
    const { actor, clock } = begin({ policy: nist });
    expect(actor.getSnapshot().context.waitUntil).toBeNull();
    // The first failures beyond the free ones start a wait of firstWaitMs.
    for (let i = 0; i <= nist.throttle.freeFailures; i++)
      actor.send({ type: 'SUBMIT', code: '111111' });
    expect(actor.getSnapshot().value).toBe('throttled');
    expect(actor.getSnapshot().context.waitUntil).toBe(SIM_EPOCH + nist.throttle.firstWaitMs);
    clock.increment(nist.throttle.firstWaitMs);
    expect(actor.getSnapshot().value).toBe('pending');
    expect(actor.getSnapshot().context.waitUntil).toBeNull();
  });
});

describe('the length of a code', () => {
  // doc/model.md: a text or email code has the policy's digits; only an authenticator
  // app's code has its enrolment's. An enrolment given to a text challenge changes nothing.
  it('a text code has the policy’s digits, even beside an 8-digit app enrolment', () => {
    const { actor } = begin({ enrolment: { ...TOTP_ENROLMENT, digits: 8 } });
    const [code] = actor.getSnapshot().context.codes;
    expect(code?.code).toHaveLength(policy.digits);
    actor.send({ type: 'SUBMIT', code: code!.code });
    expect(actor.getSnapshot().context.log.at(-1)?.outcome).toBe('accepted');
  });
});

describe('a challenge that cannot start', () => {
  // doc/api.md: PolicyError has problems `{ field, message }`, field a Policy key or 'policy';
  // email is refused outside recovery when emailForAuthentication is false (NIST SP 800-63B-4).
  function problemsOf(input: Parameters<typeof startChallenge>[0]) {
    const clock = new SimulatedClock(SIM_EPOCH);
    try {
      startChallenge(input, { clock, random: stuck() });
    } catch (e) {
      expect(e).toBeInstanceOf(PolicyError);
      return (e as PolicyError).problems;
    }
    throw new Error('the challenge started');
  }

  it('an email sign-in code under a policy that refuses it names the policy, in the learner’s words and the rule’s source', () => {
    const problems = problemsOf({ purpose: SIGN_IN, channel: 'email', policy: PRESETS.nist });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('policy');
    expect(problems[0]?.message).toContain(catalogue('en').reason['channel-not-allowed']);
    expect(problems[0]?.message).toMatch(/\(.*800-63B.*\)$/);
  });

  it('an authenticator challenge without an enrolled secret names the policy', () => {
    const problems = problemsOf({ purpose: SIGN_IN, channel: 'authenticator', policy });
    expect(problems).toEqual([
      { field: 'policy', message: 'the authenticator channel needs an enrolled secret' },
    ]);
  });
});

describe('what a new challenge holds', () => {
  // doc/api.md, ChallengeContext: id is the input's or `ch-${salt}`; plan is the deliveries or [];
  // coolingDown is true from a send with a cooldown, and an authenticator challenge sends nothing.
  it('its id defaults to ch- and its salt, its plan to none', () => {
    const { actor } = readyToResend();
    const { id, salt, plan } = actor.getSnapshot().context;
    expect(id).toBe(`ch-${salt}`);
    expect(plan).toEqual([]);
  });

  it('an authenticator challenge sent nothing, so nothing is cooling down', () => {
    const { actor } = begin({ channel: 'authenticator', enrolment: TOTP_ENROLMENT });
    expect(actor.getSnapshot().context.coolingDown).toBe(false);
  });
});

describe('an app code that cannot be checked', () => {
  // doc/api.md: an enrolment outside 6 … 10 digits makes every check fail, logged as `wrong`
  // with reason `verify-error`, not counted.
  it('is logged as wrong with reason verify-error, back to pending, not counted', async () => {
    const { actor } = begin({
      channel: 'authenticator',
      enrolment: { ...TOTP_ENROLMENT, digits: 5 },
    });
    actor.send({ type: 'SUBMIT', code: '12345' });
    const snap = await waitFor(actor, (s) => s.value !== 'verifying', { timeout: 2000 });
    expect(snap.value).toBe('pending');
    expect(snap.context.failures).toBe(0);
    expect(snap.context.log.at(-1)).toMatchObject({
      outcome: 'wrong',
      reason: 'verify-error',
      to: 'pending',
    });
  });

  it('a cancel while the app code is being checked is the learner’s', () => {
    const { actor } = begin({ channel: 'authenticator', enrolment: TOTP_ENROLMENT });
    actor.send({ type: 'SUBMIT', code: '123456' });
    expect(actor.getSnapshot().value).toBe('verifying');
    actor.send({ type: 'CANCEL' });
    expect(actor.getSnapshot().value).toBe('cancelled');
    expect(actor.getSnapshot().context.log.at(-1)).toMatchObject({
      outcome: 'cancelled',
      reason: 'by-user',
      to: 'cancelled',
    });
  });
});

describe('during a throttle wait', () => {
  // doc/model.md and doc/api.md: no new code during the wait (`while-throttled`); a cancel is
  // the learner's (`by-user`) and kills the code; a code can run out during the wait.
  const nist = PRESETS.nist;

  function throttledRun(p: Policy = nist) {
    const { actor, clock } = begin({ policy: p });
    for (let i = 0; i <= (p.throttle?.freeFailures ?? 0); i++)
      actor.send({ type: 'SUBMIT', code: '111111' });
    expect(actor.getSnapshot().value).toBe('throttled');
    return { actor, clock };
  }

  it('a resend is refused as while-throttled', () => {
    const { actor } = throttledRun();
    actor.send({ type: 'RESEND' });
    expect(actor.getSnapshot().value).toBe('throttled');
    expect(actor.getSnapshot().context.codes).toHaveLength(1);
    expect(actor.getSnapshot().context.log.at(-1)).toMatchObject({
      outcome: 'resend-refused',
      reason: 'while-throttled',
    });
  });

  it('a cancel ends the wait and the code, by the learner', () => {
    const { actor } = throttledRun();
    actor.send({ type: 'CANCEL' });
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('cancelled');
    expect(context.waitUntil).toBeNull();
    expect(context.codes.map((c) => c.status)).toEqual(['dead']);
    expect(context.log.at(-1)).toMatchObject({
      outcome: 'cancelled',
      reason: 'by-user',
      to: 'cancelled',
    });
  });

  it('a code that runs out during the wait expires, and the wait ends with it', () => {
    // The wait (30 s) outlasts what is left of a 20 s code.
    const { actor, clock } = throttledRun({ ...nist, lifetimeMs: 20_000 });
    clock.increment(20_000);
    const { value, context } = actor.getSnapshot();
    expect(value).toBe('expired');
    expect(context.waitUntil).toBeNull();
    expect(context.codes.map((c) => c.status)).toEqual(['dead']);
    expect(context.log.at(-1)).toMatchObject({
      outcome: 'expired',
      reason: 'lifetime-elapsed',
      from: 'throttled',
      to: 'expired',
    });
  });
});

describe('after a lockout voided the code', () => {
  it('a cancel is the learner’s', () => {
    const { actor, clock } = begin();
    for (let i = 0; i < (policy.maxFailures ?? 0); i++)
      actor.send({ type: 'SUBMIT', code: '111111' });
    clock.increment(policy.lockoutMs);
    expect(actor.getSnapshot().value).toBe('voided');
    actor.send({ type: 'CANCEL' });
    expect(actor.getSnapshot().value).toBe('cancelled');
    expect(actor.getSnapshot().context.log.at(-1)).toMatchObject({
      outcome: 'cancelled',
      reason: 'by-user',
      from: 'voided',
      to: 'cancelled',
    });
  });
});
