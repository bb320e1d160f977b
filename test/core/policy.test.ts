/**
 * Policies: the presets carry the numbers of the brief and the standards
 * (docs: /work/shared/guide/standards.md), nonsense is refused field by
 * field, and the derived numbers (rules, odds, waits) follow the sources.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { waitFor } from 'xstate';
import {
  assertPolicy,
  bruteForceOdds,
  channelAllowed,
  PolicyError,
  preset,
  PRESET_IDS,
  SeededRandom,
  SimulatedClock,
  SIM_EPOCH,
  policyRules,
  startChallenge,
  throttleWaitMs,
  totp,
  validatePolicy,
  type Policy,
  type PresetId,
  type RuleId,
} from '../../src/core';
import { TOTP_ENROLMENT, TOTP_SECRET } from '../support/harness';

const SEC = 1_000;
const MIN = 60 * SEC;

describe('presets', () => {
  it('has exactly the four presets', () => {
    expect([...PRESET_IDS].sort()).toEqual(['nist', 'retail', 'strict', 'weak']);
    for (const id of PRESET_IDS) expect(preset(id).id).toBe(id);
  });

  it('retail: 6 digits, 5 min, 5 failures, 15 min lockout, 30 s cooldown, 3 resends', () => {
    expect(preset('retail')).toMatchObject({
      digits: 6,
      lifetimeMs: 5 * MIN,
      maxFailures: 5,
      lockoutMs: 15 * MIN,
      resendCooldownMs: 30 * SEC,
      maxResends: 3,
      throttle: null,
      resendSupersedes: true,
      resendResetsFailures: false,
    });
  });

  it('nist: 6 digits, 10 min, throttled (30 s up to an hour), no email for sign-in', () => {
    const p = preset('nist');
    expect(p).toMatchObject({
      digits: 6,
      lifetimeMs: 10 * MIN,
      emailForAuthentication: false,
      resendSupersedes: true,
      resendResetsFailures: false,
    });
    // §3.2.2: at most 100 consecutive failures.
    expect(p.maxFailures).not.toBeNull();
    expect(p.maxFailures).toBeLessThanOrEqual(100);
    expect(p.throttle).toMatchObject({ firstWaitMs: 30 * SEC, maxWaitMs: 60 * MIN });
  });

  it('strict: 8 digits, 2 min, 3 failures', () => {
    expect(preset('strict')).toMatchObject({ digits: 8, lifetimeMs: 2 * MIN, maxFailures: 3 });
  });

  it('weak: 4 digits, 60 min, no lockout, resend keeps old codes and resets the count', () => {
    expect(preset('weak')).toMatchObject({
      digits: 4,
      lifetimeMs: 60 * MIN,
      maxFailures: null,
      resendSupersedes: false,
      resendResetsFailures: true,
    });
  });

  it('hands out copies, so changing one cannot change the preset', () => {
    const a = preset('nist');
    a.digits = 1;
    a.throttle!.firstWaitMs = 1;
    expect(preset('nist').digits).toBe(6);
    expect(preset('nist').throttle?.firstWaitMs).toBe(30 * SEC);
  });
});

describe('validatePolicy', () => {
  it.each(PRESET_IDS)('accepts the %s preset unchanged', (id) => {
    const r = validatePolicy(preset(id));
    expect(r).toEqual({ ok: true, policy: preset(id) });
  });

  it('returns a copy, not the object it was given', () => {
    const input = preset('nist');
    const r = validatePolicy(input);
    if (!r.ok) throw new Error('nist must be valid');
    expect(r.policy).not.toBe(input);
    expect(r.policy.throttle).not.toBe(input.throttle);
  });

  const retail = () => preset('retail') as unknown as Record<string, unknown>;
  const throttle = { freeFailures: 3, firstWaitMs: 30 * SEC, maxWaitMs: 60 * MIN };

  // The ranges doc/api.md documents ("Policy fields"), at their edges.
  const WEEK = 7 * 24 * 60 * MIN;
  const EDGES: [string, Record<string, unknown>, boolean][] = [
    ['1 digit', { digits: 1 }, true],
    ['10 digits', { digits: 10 }, true],
    ['a lifetime of 1 s', { lifetimeMs: 1_000 }, true],
    ['a lifetime of 999 ms', { lifetimeMs: 999 }, false],
    ['a lifetime of 7 days', { lifetimeMs: WEEK }, true],
    ['a lifetime over 7 days', { lifetimeMs: WEEK + 1 }, false],
    ['a failure limit of 1', { maxFailures: 1 }, true],
    ['a failure limit of 100,000', { maxFailures: 100_000 }, true],
    ['a failure limit of 100,001', { maxFailures: 100_001 }, false],
    ['no failure limit and no lockout', { maxFailures: null, lockoutMs: 0 }, true],
    ['a lockout of 7 days', { lockoutMs: WEEK }, true],
    ['a lockout over 7 days', { lockoutMs: WEEK + 1 }, false],
    ['no resend cooldown', { resendCooldownMs: 0 }, true],
    ['a resend cooldown over 7 days', { resendCooldownMs: WEEK + 1 }, false],
    ['no resends', { maxResends: 0 }, true],
    ['100,000 resends', { maxResends: 100_000 }, true],
    ['100,001 resends', { maxResends: 100_001 }, false],
    ['an id of 40 characters', { id: 'x'.repeat(40) }, true],
    [
      'the smallest throttle',
      { throttle: { freeFailures: 0, firstWaitMs: 1, maxWaitMs: 1 } },
      true,
    ],
    [
      'a throttle of 100,000 free failures',
      { throttle: { ...throttle, freeFailures: 100_000 } },
      true,
    ],
    ['a throttle wait over 7 days', { throttle: { ...throttle, maxWaitMs: WEEK + 1 } }, false],
    [
      'a throttle whose longest wait is shorter than its first',
      { throttle: { ...throttle, maxWaitMs: 1_000 } },
      false,
    ],
  ];
  it.each(EDGES)('at the documented edge: %s', (_what, change, accepted) => {
    expect(validatePolicy({ ...retail(), ...change }).ok).toBe(accepted);
  });

  const BAD: [string, Record<string, unknown>, string][] = [
    ['0 digits', { digits: 0 }, 'digits'],
    ['11 digits', { digits: 11 }, 'digits'],
    ['2.5 digits', { digits: 2.5 }, 'digits'],
    ['negative digits', { digits: -6 }, 'digits'],
    ['NaN digits', { digits: NaN }, 'digits'],
    ['digits as a string', { digits: '6' }, 'digits'],
    ['a negative lifetime', { lifetimeMs: -1 }, 'lifetimeMs'],
    ['a zero lifetime', { lifetimeMs: 0 }, 'lifetimeMs'],
    ['a NaN lifetime', { lifetimeMs: NaN }, 'lifetimeMs'],
    ['an infinite lifetime', { lifetimeMs: Infinity }, 'lifetimeMs'],
    ['a lifetime as a string', { lifetimeMs: '300000' }, 'lifetimeMs'],
    ['a lifetime as a Number object', { lifetimeMs: new Number(300_000) }, 'lifetimeMs'],
    ['a failure limit of 0', { maxFailures: 0 }, 'maxFailures'],
    ['a NaN failure limit', { maxFailures: NaN }, 'maxFailures'],
    ['an infinite failure limit', { maxFailures: Infinity }, 'maxFailures'],
    ['a failure limit as a string', { maxFailures: '5' }, 'maxFailures'],
    ['a failure limit with a 0 lockout', { maxFailures: 5, lockoutMs: 0 }, 'lockoutMs'],
    ['a negative lockout', { lockoutMs: -1 }, 'lockoutMs'],
    ['a lockout of Infinity', { lockoutMs: Infinity }, 'lockoutMs'],
    ['a negative resend cooldown', { resendCooldownMs: -30 * SEC }, 'resendCooldownMs'],
    ['a fractional resend limit', { maxResends: 1.5 }, 'maxResends'],
    ['a resend limit as a string', { maxResends: '3' }, 'maxResends'],
    ['a boolean as a string', { resendSupersedes: 'true' }, 'resendSupersedes'],
    ['a boolean as a number', { resendResetsFailures: 0 }, 'resendResetsFailures'],
    ['a boolean that is null', { emailForAuthentication: null }, 'emailForAuthentication'],
    ['an empty id', { id: '' }, 'id'],
    ['a blank id', { id: '   ' }, 'id'],
    ['an id of 41 characters', { id: 'x'.repeat(41) }, 'id'],
    ['a numeric id', { id: 42 }, 'id'],
    ['a throttle that is a string', { throttle: 'on' }, 'throttle'],
    ['a throttle that is a number', { throttle: 30 }, 'throttle'],
    ['a throttle that is an array', { throttle: [3, 30_000, 3_600_000] }, 'throttle'],
    ['an empty throttle', { throttle: {} }, 'throttle'],
    [
      'a throttle with negative free failures',
      { throttle: { ...throttle, freeFailures: -1 } },
      'throttle',
    ],
    [
      'a throttle with a zero first wait',
      { throttle: { ...throttle, firstWaitMs: 0 } },
      'throttle',
    ],
    [
      'a throttle with a NaN first wait',
      { throttle: { ...throttle, firstWaitMs: NaN } },
      'throttle',
    ],
    [
      'a throttle whose cap is below its first wait',
      { throttle: { ...throttle, maxWaitMs: 10 * SEC } },
      'throttle',
    ],
    [
      'a throttle with string numbers',
      { throttle: { ...throttle, maxWaitMs: '3600000' } },
      'throttle',
    ],
  ];

  it.each(BAD)('refuses %s, naming the field', (_label, change, field) => {
    const r = validatePolicy({ ...retail(), ...change });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.field)).toEqual([field]);
    expect(r.problems[0]!.message.trim()).not.toBe('');
    expect(() => assertPolicy({ ...retail(), ...change })).toThrow(new RegExp(`\\b${field}\\b`));
  });

  it.each(Object.keys(preset('retail')))('refuses a policy missing %s', (field) => {
    const input = retail();
    delete input[field];
    const r = validatePolicy(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.field)).toEqual([field]);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['an array', [preset('retail')]],
    ['a preset name', 'retail'],
    ['a number', 42],
    ['a boolean', true],
    ['a function', () => preset('retail')],
  ])('refuses %s as a policy', (_label, input) => {
    const r = validatePolicy(input);
    expect(r).toEqual({ ok: false, problems: [{ field: 'policy', message: expect.any(String) }] });
  });

  it('accepts no throttle and no failure limit (the weak shape) as long as each is null', () => {
    expect(validatePolicy({ ...retail(), maxFailures: null, lockoutMs: 0 }).ok).toBe(true);
    expect(validatePolicy({ ...retail(), throttle }).ok).toBe(true);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true }), (input) => {
        const r = validatePolicy(input);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on objects shaped almost like a policy', () => {
    const base = preset('retail') as unknown as Record<string, unknown>;
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...Object.keys(base), 'extra'), fc.anything()),
        (patch) => {
          const r = validatePolicy({ ...base, ...patch });
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('assertPolicy', () => {
  it('returns a valid policy', () => {
    expect(assertPolicy(preset('strict'))).toEqual(preset('strict'));
  });

  it('throws a PolicyError listing every problem', () => {
    const input = {
      ...preset('retail'),
      digits: 0,
      lifetimeMs: -5,
      emailForAuthentication: 'no',
      throttle: {},
    };
    let error: unknown;
    try {
      assertPolicy(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PolicyError);
    const e = error as PolicyError;
    expect(e.name).toBe('PolicyError');
    const fields = ['digits', 'lifetimeMs', 'emailForAuthentication', 'throttle'];
    expect(e.problems.map((p) => p.field).sort()).toEqual([...fields].sort());
    for (const field of fields) expect(e.message).toContain(`${field}:`);
  });

  it('throws for a non-object', () => {
    expect(() => assertPolicy('retail')).toThrow(PolicyError);
    expect(() => assertPolicy(null)).toThrow(/policy/);
  });
});

describe('policyRules', () => {
  const verdicts = (id: PresetId) =>
    Object.fromEntries(policyRules(preset(id)).map((r) => [r.rule, r.verdict]));

  const ALL: RuleId[] = [
    'code-length',
    'code-lifetime',
    'failure-limit',
    'resend-keeps-count',
    'resend-kills-old-code',
    'single-use',
    'no-email-authentication',
  ];

  it('checks every rule once', () => {
    for (const id of PRESET_IDS) {
      expect(
        policyRules(preset(id))
          .map((r) => r.rule)
          .sort(),
      ).toEqual([...ALL].sort());
    }
  });

  it('retail meets every rule but uses email to authenticate', () => {
    expect(verdicts('retail')).toEqual({
      'code-length': 'meets',
      'code-lifetime': 'meets',
      'failure-limit': 'meets',
      'resend-keeps-count': 'meets',
      'resend-kills-old-code': 'meets',
      'single-use': 'meets',
      'no-email-authentication': 'breaks',
    });
  });

  it('nist meets every rule', () => {
    expect(Object.values(verdicts('nist'))).toEqual(ALL.map(() => 'meets'));
  });

  it('weak breaks length, lifetime, failure limit and both resend rules', () => {
    expect(verdicts('weak')).toMatchObject({
      'code-length': 'breaks',
      'code-lifetime': 'breaks',
      'failure-limit': 'breaks',
      'resend-keeps-count': 'breaks',
      'resend-kills-old-code': 'breaks',
    });
  });

  it('follows the thresholds of the standards, not the presets', () => {
    const at = (change: Partial<Policy>) =>
      Object.fromEntries(
        policyRules({ ...preset('nist'), ...change }).map((r) => [r.rule, r.verdict]),
      );
    expect(at({ digits: 6 })['code-length']).toBe('meets');
    expect(at({ digits: 5 })['code-length']).toBe('breaks');
    expect(at({ lifetimeMs: 10 * MIN })['code-lifetime']).toBe('meets');
    expect(at({ lifetimeMs: 10 * MIN + 1 })['code-lifetime']).toBe('breaks');
    expect(at({ maxFailures: 100 })['failure-limit']).toBe('meets');
    expect(at({ maxFailures: 101 })['failure-limit']).toBe('breaks');
  });

  it('gives every rule a source naming a standard', () => {
    for (const id of PRESET_IDS) {
      for (const r of policyRules(preset(id))) {
        expect(r.source).toMatch(/NIST SP 800-63B|OWASP|RFC \d+/);
      }
    }
  });
});

describe('bruteForceOdds (RFC 4226 §6: v / 10^digits)', () => {
  it('retail: 5 guesses at 10^6 codes, 1 in 200,000', () => {
    const odds = bruteForceOdds(preset('retail'));
    expect(odds).toMatchObject({ guesses: 5, space: 10 ** 6 });
    expect(odds.probability).toBeCloseTo(5 / 10 ** 6, 15);
    expect(Math.round(1 / odds.probability)).toBe(200_000);
  });

  it('strict: 3 guesses at 10^8 codes', () => {
    const odds = bruteForceOdds(preset('strict'));
    expect(odds).toMatchObject({ guesses: 3, space: 10 ** 8 });
    expect(odds.probability).toBeCloseTo(3 / 10 ** 8, 18);
  });

  it('weak: unlimited guesses make it certain', () => {
    expect(bruteForceOdds(preset('weak'))).toEqual({
      guesses: null,
      space: 10 ** 4,
      probability: 1,
    });
  });

  it('never gives a probability above 1', () => {
    const odds = bruteForceOdds({ ...preset('retail'), digits: 1, maxFailures: 50 });
    expect(odds.probability).toBe(1);
  });
});

describe('throttleWaitMs (NIST SP 800-63B-4 §3.2.2)', () => {
  const nist = preset('nist');

  it('waits nothing for the first 3 failures', () => {
    for (const failures of [0, 1, 2, 3]) expect(throttleWaitMs(nist, failures)).toBe(0);
  });

  it('then 30 s, doubling each time, capped at 60 min', () => {
    const waits = [4, 5, 6, 7].map((f) => throttleWaitMs(nist, f));
    expect(waits).toEqual([30 * SEC, 60 * SEC, 120 * SEC, 240 * SEC]);
    let previous = 0;
    for (let failures = 4; failures <= 200; failures++) {
      const wait = throttleWaitMs(nist, failures);
      expect(wait).toBe(Math.min(30 * SEC * 2 ** (failures - 4), 60 * MIN));
      expect(wait).toBeGreaterThanOrEqual(previous);
      previous = wait;
    }
    expect(throttleWaitMs(nist, 100)).toBe(60 * MIN);
    expect(throttleWaitMs(nist, 10_000)).toBe(60 * MIN);
  });

  it('never waits without a throttle', () => {
    for (const failures of [0, 4, 100]) expect(throttleWaitMs(preset('retail'), failures)).toBe(0);
  });
});

describe('channelAllowed', () => {
  const signIn = { kind: 'sign-in', device: 'Firefox on Linux' } as const;
  const reset = { kind: 'password-reset' } as const;

  it('nist refuses email for sign-in (§3.1.3.1) but allows it for a password reset (§4.2)', () => {
    expect(channelAllowed(preset('nist'), signIn, 'email')).toEqual({
      ok: false,
      rule: 'no-email-authentication',
    });
    expect(channelAllowed(preset('nist'), reset, 'email')).toEqual({ ok: true });
    expect(channelAllowed(preset('nist'), signIn, 'sms')).toEqual({ ok: true });
  });

  it('retail allows email for both', () => {
    expect(channelAllowed(preset('retail'), signIn, 'email')).toEqual({ ok: true });
    expect(channelAllowed(preset('retail'), reset, 'email')).toEqual({ ok: true });
  });
});

describe('any accepted policy can run', () => {
  const DAY = 24 * 60 * MIN;
  /** Mostly plausible values, sometimes nonsense, so both sides of the check are reached. */
  const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
    fc.oneof({ arbitrary: good, weight: 9 }, { arbitrary: bad, weight: 1 });
  const anyNumber = fc.oneof(fc.integer(), fc.double());
  const candidate = fc.record({
    id: mostly(fc.constantFrom('custom', 'a', 'x'.repeat(40)), fc.string({ maxLength: 45 })),
    digits: mostly(fc.integer({ min: 1, max: 10 }), anyNumber),
    lifetimeMs: mostly(fc.integer({ min: SEC, max: 7 * DAY }), anyNumber),
    maxFailures: mostly(fc.option(fc.integer({ min: 1, max: 100_000 })), anyNumber),
    lockoutMs: mostly(fc.integer({ min: 0, max: 7 * DAY }), anyNumber),
    throttle: mostly(
      fc.option(
        fc.record({
          freeFailures: fc.integer({ min: 0, max: 200 }),
          firstWaitMs: fc.integer({ min: 1, max: DAY }),
          maxWaitMs: fc.integer({ min: DAY, max: 2 * DAY }),
        }),
      ),
      fc.anything(),
    ),
    resendCooldownMs: mostly(fc.integer({ min: 0, max: 7 * DAY }), anyNumber),
    maxResends: mostly(fc.integer({ min: 0, max: 100_000 }), anyNumber),
    resendSupersedes: fc.boolean(),
    resendResetsFailures: fc.boolean(),
    emailForAuthentication: fc.boolean(),
  });

  it('starts a challenge whose first code has exactly `digits` digits', () => {
    let accepted = 0;
    fc.assert(
      fc.property(candidate, fc.integer(), (input, seed) => {
        const r = validatePolicy(input);
        if (!r.ok) return;
        accepted++;
        const clock = new SimulatedClock(SIM_EPOCH);
        const actor = startChallenge(
          { purpose: { kind: 'sign-in', device: 'x' }, channel: 'sms', policy: r.policy },
          { clock, random: new SeededRandom(seed) },
        );
        const snap = actor.getSnapshot();
        expect(snap.value).toBe('pending');
        const code = snap.context.codes[0]?.code ?? '';
        expect(code).toMatch(new RegExp(`^[0-9]{${r.policy.digits}}$`));
        expect(snap.context.log[0]).toMatchObject({ outcome: 'issued' });
        actor.stop();
      }),
      { numRuns: 300 },
    );
    // The generator must really reach accepted policies for this to mean anything.
    expect(accepted).toBeGreaterThan(50);
  });

  it('with every digit count from 1 to 10', () => {
    for (let digits = 1; digits <= 10; digits++) {
      const policy = assertPolicy({ ...preset('retail'), digits });
      const actor = startChallenge(
        { purpose: { kind: 'password-reset' }, channel: 'sms', policy },
        { clock: new SimulatedClock(0), random: new SeededRandom(digits) },
      );
      expect(actor.getSnapshot().context.codes[0]?.code).toHaveLength(digits);
      actor.stop();
    }
  });
});

describe('single use: the verdict policyRules gives is what the engine does', () => {
  const verdict = (policy: Policy) =>
    policyRules(policy).find((r) => r.rule === 'single-use')!.verdict;

  /** Accepts the first code, then types it again: what the shop answers each time. */
  function typedTwice(policy: Policy, channel: 'sms' | 'email', seed: number) {
    const actor = startChallenge(
      { purpose: { kind: 'password-reset' }, channel, policy },
      { clock: new SimulatedClock(SIM_EPOCH), random: new SeededRandom(seed) },
    );
    const code = actor.getSnapshot().context.codes[0]!.code;
    const answer = () => actor.getSnapshot().context.log.at(-1)!.outcome;
    actor.send({ type: 'SUBMIT', code });
    const first = answer();
    actor.send({ type: 'SUBMIT', code });
    const second = answer();
    actor.stop();
    return { first, second };
  }

  it('every preset: an accepted code is refused as used on a second try', () => {
    for (const id of PRESET_IDS) {
      for (const channel of ['sms', 'email'] as const) {
        const { first, second } = typedTwice(preset(id), channel, 3);
        expect(first, `${id} ${channel}`).toBe('accepted');
        expect(second, `${id} ${channel}`).toBe('used');
        expect(verdict(preset(id))).toBe(second === 'used' ? 'meets' : 'breaks');
      }
    }
  });

  it('any valid policy: no setting turns single use off', () => {
    const policy = fc.record({
      base: fc.constantFrom(...PRESET_IDS),
      digits: fc.integer({ min: 1, max: 10 }),
      maxFailures: fc.option(fc.integer({ min: 1, max: 1000 })),
      lockoutMs: fc.integer({ min: 1, max: 60 * MIN }),
      resendSupersedes: fc.boolean(),
      resendResetsFailures: fc.boolean(),
      emailForAuthentication: fc.boolean(),
      resendCooldownMs: fc.integer({ min: 0, max: 10 * MIN }),
    });
    fc.assert(
      fc.property(policy, fc.integer({ min: 1, max: 2 ** 31 - 1 }), ({ base, ...over }, seed) => {
        const p = assertPolicy({ ...preset(base), ...over });
        const { first, second } = typedTwice(p, 'sms', seed);
        expect(first).toBe('accepted');
        expect(second).toBe('used');
        expect(verdict(p)).toBe('meets');
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it('an authenticator code: its time step is refused as used by the next challenge', async () => {
    const secret = TOTP_SECRET;
    const enrolment = TOTP_ENROLMENT;
    const clock = new SimulatedClock(SIM_EPOCH);
    const runtime = { clock, random: new SeededRandom(1) };
    const input = {
      purpose: { kind: 'sign-in', device: 'x' },
      channel: 'authenticator',
      policy: preset('retail'),
      enrolment,
    } as const;
    const code = await totp(secret, clock.now());
    const first = startChallenge(input, runtime);
    first.send({ type: 'SUBMIT', code });
    const accepted = await waitFor(first, (s) => s.value !== 'verifying');
    expect(accepted.value).toBe('accepted');
    const again = startChallenge(
      { ...input, lastUsedStep: accepted.context.lastUsedStep },
      runtime,
    );
    again.send({ type: 'SUBMIT', code });
    const refused = await waitFor(again, (s) => s.value !== 'verifying');
    expect(refused.context.log.at(-1)!.outcome).toBe('used');
    expect(verdict(preset('retail'))).toBe('meets');
  });
});

// Written against the surviving mutants of `npm run mutation`: the words of each problem.
describe('validatePolicy: every problem says what and which range (doc/api.md, "Policies")', () => {
  // The accepted ranges, from doc/api.md's Policy table.
  const RANGES: [field: string, min: number, max: number][] = [
    ['digits', 1, 10],
    ['lifetimeMs', 1000, 604_800_000],
    ['maxFailures', 1, 100_000],
    ['lockoutMs', 0, 604_800_000],
    ['resendCooldownMs', 0, 604_800_000],
    ['maxResends', 0, 100_000],
  ];

  it.each(RANGES)('%s: a thing named in words, then its range', (field, min, max) => {
    const r = validatePolicy({ ...preset('retail'), [field]: 1.5 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const problem = r.problems.find((p) => p.field === field);
    // "<what> must be a whole number from <min> to <max>", with <what> in words.
    expect(problem?.message).toMatch(
      new RegExp(`^[a-z][a-z ()]+ must be a whole number from ${min} to ${max}$`),
    );
  });

  it('the five names are different, so each message says which field it is about', () => {
    const names = RANGES.map(([field]) => {
      const r = validatePolicy({ ...preset('retail'), [field]: -1 });
      return r.ok ? '' : (r.problems[0]?.message.split(' must be')[0] ?? '');
    });
    expect(new Set(names).size).toBe(RANGES.length);
  });

  it('a policy that is not an object is told so', () => {
    expect(validatePolicy(null)).toEqual({
      ok: false,
      problems: [{ field: 'policy', message: 'must be an object' }],
    });
  });

  it('a policy without a throttle field is refused, not thrown on', () => {
    const input: Record<string, unknown> = { ...preset('retail') };
    delete input.throttle;
    const r = validatePolicy(input);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.field)).toEqual(['throttle']);
  });

  it("PolicyError's message lists the problems as `field: message`, joined by '; '", () => {
    const problems = [
      { field: 'digits' as const, message: 'a' },
      { field: 'lockoutMs' as const, message: 'b' },
    ];
    expect(new PolicyError(problems).message).toBe('digits: a; lockoutMs: b');
  });
});
