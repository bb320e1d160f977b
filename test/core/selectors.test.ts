/**
 * The selectors every view and the workbench read: each rule is checked
 * against numbers the test knows (the policy and the times it acted at),
 * never against the machine's own context.
 */
import { describe, expect, it } from 'vitest';
import {
  attemptsLeft,
  cooldownEndsAt,
  coolingDownAt,
  mergeByTime,
  metersAt,
  newestCode,
  newestRecord,
  preset,
  runEnded,
  ScenarioRun,
  SeededRandom,
  SimulatedClock,
  SIM_EPOCH,
  startChallenge,
  type Policy,
  type RunState,
} from '../../src/core';
import { loadScenario } from '../../src/core/scenario/library';

const SEC = 1_000;
const MIN = 60 * SEC;

function start(policy: Policy) {
  const clock = new SimulatedClock(SIM_EPOCH);
  const actor = startChallenge(
    { purpose: { kind: 'sign-in', device: 'Firefox on Linux' }, channel: 'sms', policy },
    { clock, random: new SeededRandom(4) },
  );
  return { clock, actor, snap: () => actor.getSnapshot(), ctx: () => actor.getSnapshot().context };
}

const wrong = (code: string) => (code === '000000' ? '000001' : '000000');

describe('challenge selectors', () => {
  it('cooldown: ends a cooldown after the newest send, read from the time', () => {
    const p = preset('retail');
    const c = start(p);
    expect(cooldownEndsAt(c.ctx())).toBe(SIM_EPOCH + p.resendCooldownMs);
    expect(coolingDownAt(c.ctx(), SIM_EPOCH + p.resendCooldownMs - 1)).toBe(true);
    // At its very millisecond the cooldown is over, whether or not the timer fired.
    c.clock.reach(SIM_EPOCH + p.resendCooldownMs);
    expect(c.ctx().coolingDown).toBe(true);
    expect(coolingDownAt(c.ctx(), SIM_EPOCH + p.resendCooldownMs)).toBe(false);
    const resentAt = SIM_EPOCH + 40 * SEC;
    c.clock.set(resentAt);
    c.actor.send({ type: 'RESEND' });
    expect(newestRecord(c.ctx())?.sentAt).toBe(resentAt);
    expect(cooldownEndsAt(c.ctx())).toBe(resentAt + p.resendCooldownMs);
    expect(cooldownEndsAt(start({ ...p, resendCooldownMs: 0 }).ctx())).toBeNull();
  });

  it('attempts left: the policy’s limit less the failures counted, or null without a limit', () => {
    const p = preset('retail');
    const c = start(p);
    const code = newestRecord(c.ctx())!.code;
    expect(attemptsLeft(c.ctx())).toBe(p.maxFailures);
    c.actor.send({ type: 'SUBMIT', code: wrong(code) });
    c.actor.send({ type: 'SUBMIT', code: wrong(code) });
    expect(attemptsLeft(c.ctx())).toBe(p.maxFailures! - 2);
    // The machine locks at the last attempt the selector counts.
    for (let i = 2; i < p.maxFailures!; i++) c.actor.send({ type: 'SUBMIT', code: wrong(code) });
    expect(attemptsLeft(c.ctx())).toBe(0);
    expect(c.snap().value).toBe('locked');
    expect(attemptsLeft(start(preset('weak')).ctx())).toBeNull();
  });

  it('meters: what the shop shows at a moment, from the policy and the times acted at', () => {
    const p: Policy = {
      ...preset('retail'),
      id: 'meters',
      throttle: { freeFailures: 0, firstWaitMs: 20 * SEC, maxWaitMs: 40 * SEC },
    };
    const c = start(p);
    const at = SIM_EPOCH + 10 * SEC;
    expect(metersAt(c.snap(), at)).toEqual({
      attemptsLeft: p.maxFailures,
      expiry: {
        leftMs: p.lifetimeMs - 10 * SEC,
        endsAt: SIM_EPOCH + p.lifetimeMs,
        ofMs: p.lifetimeMs,
      },
      expired: false,
      cooldown: {
        leftMs: p.resendCooldownMs - 10 * SEC,
        endsAt: SIM_EPOCH + p.resendCooldownMs,
        ofMs: p.resendCooldownMs,
      },
      throttle: null,
      lockout: null,
    });
    // A deadline reached shows nothing, even before its timer fires.
    expect(metersAt(c.snap(), SIM_EPOCH + p.resendCooldownMs).cooldown).toBeNull();
    c.clock.set(at);
    c.actor.send({ type: 'SUBMIT', code: wrong(newestRecord(c.ctx())!.code) });
    expect(c.snap().value).toBe('throttled');
    const m = metersAt(c.snap(), at + 5 * SEC);
    expect(m.throttle).toEqual({ leftMs: 15 * SEC, endsAt: at + 20 * SEC, ofMs: 40 * SEC });
    expect(m.attemptsLeft).toBe(p.maxFailures! - 1);
    c.clock.set(SIM_EPOCH + p.lifetimeMs);
    expect(metersAt(c.snap(), c.clock.now())).toMatchObject({ expiry: null, expired: true });
  });

  it('meters: the lockout, from the moment it started', () => {
    const p = preset('retail');
    const c = start(p);
    const code = newestRecord(c.ctx())!.code;
    const lockedAt = SIM_EPOCH + 3 * SEC;
    c.clock.set(lockedAt);
    for (let i = 0; i < p.maxFailures!; i++) c.actor.send({ type: 'SUBMIT', code: wrong(code) });
    expect(c.snap().value).toBe('locked');
    expect(metersAt(c.snap(), lockedAt + MIN)).toMatchObject({
      attemptsLeft: 0,
      expiry: null,
      expired: false,
      lockout: { leftMs: p.lockoutMs - MIN, endsAt: lockedAt + p.lockoutMs, ofMs: p.lockoutMs },
    });
  });
});

describe('meters show a wait only in the state that has it (doc/model.md, the states table)', () => {
  it('a throttle wait cut short by the code running out shows no throttle meter', () => {
    // The wait (90 s) outlasts the code (60 s): "throttled --> expired : code lifetime runs out during the wait".
    const p: Policy = {
      ...preset('retail'),
      id: 'short-code',
      lifetimeMs: MIN,
      throttle: { freeFailures: 0, firstWaitMs: 90 * SEC, maxWaitMs: 90 * SEC },
    };
    const c = start(p);
    const failedAt = SIM_EPOCH + 10 * SEC;
    c.clock.set(failedAt);
    c.actor.send({ type: 'SUBMIT', code: wrong(newestRecord(c.ctx())!.code) });
    expect(c.snap().value).toBe('throttled');
    c.clock.set(SIM_EPOCH + p.lifetimeMs);
    expect(c.snap().value).toBe('expired');
    // The wait would still run to failedAt + 90 s, but the challenge is no longer throttled.
    expect(metersAt(c.snap(), SIM_EPOCH + p.lifetimeMs + SEC)).toMatchObject({
      expired: true,
      throttle: null,
    });
  });

  it('a lockout cancelled before it ends shows no lockout meter', () => {
    const p = preset('retail');
    const c = start(p);
    const code = newestRecord(c.ctx())!.code;
    for (let i = 0; i < p.maxFailures!; i++) c.actor.send({ type: 'SUBMIT', code: wrong(code) });
    expect(c.snap().value).toBe('locked');
    // "locked --> cancelled : CANCEL": the lockout's end is still ahead, but nothing is locked.
    c.actor.send({ type: 'CANCEL' });
    expect(c.snap().value).toBe('cancelled');
    expect(metersAt(c.snap(), SIM_EPOCH + MIN).lockout).toBeNull();
  });
});

describe('run selectors', () => {
  const state = (over: Partial<RunState>) => ({ step: 'code', arrivals: [], ...over }) as RunState;

  it('a run has ended when its flow is done or it was stopped', () => {
    for (const step of ['enrol', 'password', 'code', 'decide'] as const) {
      expect(runEnded(state({ step }))).toBe(false);
    }
    expect(runEnded(state({ step: 'done' }))).toBe(true);
    expect(runEnded(state({ step: 'stopped' }))).toBe(true);
  });

  it('the newest code is the newest message that carries one', async () => {
    const run = new ScenarioRun(await loadScenario('new-device'), { seed: 2 });
    expect(newestCode(run.state)).toBeNull();
    run.signIn('lark-meadow-42');
    run.advance(MIN); // the first text is lost
    expect(newestCode(run.state)).toBeNull();
    run.resend();
    run.advance(10 * SEC);
    // The code as the text shows it, grouped ("482 913").
    const texted = run.state.arrivals[0]!.delivery!.body.match(/\d{3} \d{3}/)![0].replace(' ', '');
    expect(newestCode(run.state)).toBe(texted);
    expect(newestCode(run.state, (a) => a.cause !== null)).toBeNull();
    run.stop();
    expect(runEnded(run.state)).toBe(true);
  });
});

describe('mergeByTime', () => {
  it('orders by time, then rank, then keeps each log’s own order', () => {
    const a = [
      { at: 1, id: 'a1', r: 1 },
      { at: 2, id: 'a2', r: 0 },
      { at: 2, id: 'a3', r: 0 },
    ];
    const b = [
      { at: 0, id: 'b1', r: 0 },
      { at: 1, id: 'b2', r: 0 },
      { at: 2, id: 'b3', r: 0 },
    ];
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
    expect(ids(mergeByTime([a, b], (x) => x.r))).toEqual(['b1', 'b2', 'a1', 'a2', 'a3', 'b3']);
    expect(ids(mergeByTime([b, a]))).toEqual(['b1', 'b2', 'a1', 'b3', 'a2', 'a3']);
  });
});

describe('shopAnswer: what the shop page can say', () => {
  // doc/model.md: a lost message is known to the log, "the learner never sees it"; a real
  // service cannot know whether a text arrived either.
  it('never a message arriving or going missing, only the shop’s own answers', async () => {
    const { harness } = await import('../support/harness');
    const { shopAnswer } = await import('../../src/core');
    const h = harness({ deliveries: [{ fate: 'lost' }, { fate: 'inbox' }] });
    h.clock.increment(10_000);
    expect(h.log().at(-1)).toMatchObject({ event: 'otp.deliver', outcome: 'lost' });
    expect(shopAnswer(h.actor.getSnapshot().context)).toMatchObject({ outcome: 'issued' });
    h.clock.increment(30_000);
    const resent = h.resend();
    h.clock.increment(10_000);
    expect(h.log().at(-1)).toMatchObject({ event: 'otp.deliver', outcome: 'delivered' });
    expect(shopAnswer(h.actor.getSnapshot().context)).toEqual(resent);
  });
});
