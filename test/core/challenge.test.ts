import { describe, expect, it } from 'vitest';
import { fromPromise } from 'xstate';
import {
  createChallengeMachine,
  explain,
  PolicyError,
  preset,
  SeededRandom,
  SimulatedClock,
  SIM_EPOCH,
  startChallenge,
  totp,
  totpStep,
} from '../../src/core';
import { createActor, waitFor } from 'xstate';
import { harness, TOTP_ENROLMENT, TOTP_SECRET } from '../support/harness';

const MIN = 60_000;

describe('issue', () => {
  it('issues a code of the policy’s length and logs only its reference', () => {
    for (const id of ['retail', 'strict', 'weak'] as const) {
      const h = harness({ preset: id });
      expect(h.current()).toMatch(new RegExp(`^\\d{${preset(id).digits}}$`));
      expect(h.state()).toBe('pending');
      const first = h.log()[0];
      expect(first).toMatchObject({
        event: 'xstate.init',
        from: null,
        to: 'pending',
        outcome: 'issued',
      });
      expect(first?.codeRef).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it('gives the same codes for the same seed and different ones for another', () => {
    expect(harness({ seed: 3 }).current()).toBe(harness({ seed: 3 }).current());
    const codes = new Set([1, 2, 3, 4, 5, 6].map((seed) => harness({ seed }).current()));
    expect(codes.size).toBeGreaterThan(4);
  });

  it('refuses nonsense before anything starts', () => {
    let clock = new SimulatedClock(0);
    const random = new SeededRandom(1);
    const bad = { ...preset('retail'), digits: 0 };
    expect(() =>
      startChallenge(
        { purpose: { kind: 'password-reset' }, channel: 'sms', policy: bad },
        { clock, random },
      ),
    ).toThrow(PolicyError);
    expect(() =>
      startChallenge(
        { purpose: { kind: 'sign-in', device: 'x' }, channel: 'email', policy: preset('nist') },
        { clock, random },
      ),
    ).toThrow(/NIST SP 800-63B-4 §3.1.3.1/);
    expect(() =>
      startChallenge(
        {
          purpose: { kind: 'sign-in', device: 'x' },
          channel: 'authenticator',
          policy: preset('retail'),
        },
        { clock, random },
      ),
    ).toThrow(/enrolled secret/);
    expect(clock.pendingTimers).toBe(0);
    // Email stays allowed for recovery under nist (§4.2).
    clock = new SimulatedClock(0);
    expect(() =>
      startChallenge(
        { purpose: { kind: 'password-reset' }, channel: 'email', policy: preset('nist') },
        { clock, random },
      ),
    ).not.toThrow();
    expect(clock.pendingTimers).toBeGreaterThan(0);
  });
});

describe('deliver', () => {
  it('delivers an SMS after its latency, naming purpose, amount, expiry and the never-share rule', () => {
    const h = harness({
      purpose: {
        kind: 'checkout',
        amount: { minor: 129_900, currency: 'GBP' },
        orderId: 'LK-2210',
      },
      deliveries: [{ latencyMs: 9_000 }],
    });
    h.clock.increment(8_999);
    expect(h.deliveries).toHaveLength(0);
    h.clock.increment(1);
    expect(h.deliveries).toHaveLength(1);
    const d = h.deliveries[0]!;
    expect(d.arrivedAt - d.sentAt).toBe(9_000);
    expect(d.body).toContain('£1,299.00');
    expect(d.body).toContain('LK-2210');
    expect(d.body).toContain('10:03'); // 09:58 + 5 min
    expect(d.body).toMatch(/never share it/i);
    expect(d.body).toMatch(/never call/i);
    expect(d.body.replace(' ', '')).toContain(h.current().slice(0, 3));
    expect(h.last()).toMatchObject({
      event: 'otp.deliver',
      outcome: 'delivered',
      reason: 'on-phone',
    });
  });

  it('sends email with subject and full sender, and can land in spam', () => {
    const h = harness({
      purpose: { kind: 'password-reset' },
      channel: 'email',
      deliveries: [{ fate: 'spam' }],
    });
    h.clock.increment(MIN);
    const d = h.deliveries[0]!;
    expect(d.fate).toBe('spam');
    expect(d.from).toBe('Larkspur <security@larkspur.example>');
    expect(d.subject).toContain('password reset');
    expect(d.body).toContain('reset your password');
    expect(h.log().find((e) => e.event === 'otp.deliver')?.reason).toBe('spam');
  });

  it('can lose a message, and can deliver one after its code expired', () => {
    const lost = harness({ deliveries: [{ fate: 'lost' }] });
    lost.clock.increment(MIN);
    expect(lost.deliveries[0]?.fate).toBe('lost');
    expect(lost.log().find((e) => e.event === 'otp.deliver')).toMatchObject({
      outcome: 'lost',
      reason: 'lost',
    });

    const late = harness({ deliveries: [{ latencyMs: 6 * MIN }] });
    late.clock.increment(6 * MIN);
    expect(late.deliveries[0]?.late).toBe(true);
    expect(late.log().map((e) => e.outcome)).toEqual([
      'issued',
      'cooldown-over',
      'expired',
      'delivered',
    ]);
    expect(late.last().reason).toBe('late');
    expect(late.submit(late.current()).outcome).toBe('expired');
  });

  it('names the order on a delivery-handover code', () => {
    const h = harness({ purpose: { kind: 'delivery', orderId: 'LK-7781' } });
    h.clock.increment(MIN);
    expect(h.deliveries[0]?.body).toMatch(/order LK-7781/);
    expect(h.deliveries[0]?.body).toMatch(/only at your door/);
  });
});

describe('enter', () => {
  it('accepts the code with spaces or one dash, once', () => {
    const h = harness();
    const c = h.current();
    expect(h.submit(`  ${c.slice(0, 3)}-${c.slice(3)} `).outcome).toBe('accepted');
    expect(h.state()).toBe('accepted');
    expect(h.submit(c)).toMatchObject({ outcome: 'used', reason: 'single-use' });
    expect(h.submit(h.wrong())).toMatchObject({ outcome: 'closed' });
  });

  it('counts a wrong code and says how many attempts are left', () => {
    const h = harness();
    const e = h.submit(h.wrong());
    expect(e).toMatchObject({
      outcome: 'wrong',
      reason: 'attempts-left',
      data: { attemptsLeft: 4 },
    });
    expect(explain(e).detail).toBe('4 attempts left.');
    expect(h.actor.getSnapshot().context.failures).toBe(1);
  });

  it('refuses malformed input without counting it', () => {
    const h = harness();
    for (const input of ['', 'abcdef', '12345', '1234567', '12 34 56', 'x'.repeat(500)]) {
      expect(h.submit(input).outcome).toBe('malformed');
    }
    expect(h.actor.getSnapshot().context.failures).toBe(0);
    expect(h.state()).toBe('pending');
  });
});

describe('expire', () => {
  it('refuses the right code at the exact expiry time, and offers a resend', () => {
    const h = harness();
    h.clock.increment(5 * MIN - 1);
    expect(h.state()).toBe('pending');
    h.clock.increment(1);
    expect(h.state()).toBe('expired');
    expect(h.last()).toMatchObject({
      at: SIM_EPOCH + 5 * MIN,
      outcome: 'expired',
      from: 'pending',
      to: 'expired',
    });
    expect(h.submit(h.current())).toMatchObject({ outcome: 'expired', reason: 'lifetime-elapsed' });
    expect(h.actor.getSnapshot().context.failures).toBe(0);
    expect(h.resend().outcome).toBe('resent');
    expect(h.state()).toBe('pending');
    expect(h.submit(h.current()).outcome).toBe('accepted');
  });

  it('stamps the expiry at its own time even when time jumps far past it', () => {
    const h = harness();
    h.clock.increment(60 * MIN);
    const expiry = h.log().find((e) => e.outcome === 'expired');
    expect(expiry?.at).toBe(SIM_EPOCH + 5 * MIN);
  });
});

describe('resend', () => {
  it('has a cooldown and a limit', () => {
    const h = harness();
    expect(h.resend()).toMatchObject({
      outcome: 'resend-refused',
      reason: 'cooldown',
      data: { waitMs: 30_000 },
    });
    h.clock.increment(30_000);
    for (let i = 0; i < 3; i++) {
      expect(h.resend().outcome).toBe('resent');
      h.clock.increment(30_000);
    }
    expect(h.resend()).toMatchObject({ outcome: 'resend-refused', reason: 'resend-limit' });
    expect(h.codes()).toHaveLength(4);
  });

  it('supersedes the old code and keeps the failure count (NIST SP 800-63B-4 §3.1.3.2)', () => {
    const h = harness();
    const first = h.current();
    h.submit(h.wrong());
    h.submit(h.wrong());
    h.clock.increment(30_000);
    h.resend();
    expect(h.actor.getSnapshot().context.failures).toBe(2);
    expect(h.submit(first)).toMatchObject({
      outcome: 'superseded',
      reason: 'newer-code-sent',
      data: { attemptsLeft: 2 },
    });
    expect(h.submit(h.current()).outcome).toBe('accepted');
  });

  it('can switch channel, and the new code goes there', () => {
    const h = harness({ deliveries: [{ fate: 'lost' }] });
    h.clock.increment(30_000);
    h.resend('email');
    h.clock.increment(MIN);
    const arrived = h.deliveries.filter((d) => d.fate !== 'lost');
    expect(arrived).toHaveLength(1);
    expect(arrived[0]).toMatchObject({ channel: 'email', to: 'sam.rivera@mail.example' });
  });

  it('refuses a switch to email where the policy rules email out', () => {
    const h = harness({ preset: 'nist' });
    h.clock.increment(30_000);
    expect(h.resend('email')).toMatchObject({
      outcome: 'resend-refused',
      reason: 'channel-not-allowed',
    });
  });
});

describe('lockout', () => {
  it('locks at the limit, refuses even the right code, then voids it', () => {
    const h = harness();
    for (let i = 0; i < 4; i++) h.submit(h.wrong());
    expect(h.last().reason).toBe('last-attempt');
    expect(h.submit(h.wrong())).toMatchObject({
      outcome: 'wrong',
      reason: 'limit-reached',
      to: 'locked',
    });
    const right = h.current();
    expect(h.submit(right)).toMatchObject({ outcome: 'locked', reason: 'locked-out' });
    expect(h.resend()).toMatchObject({ outcome: 'resend-refused', reason: 'while-locked' });
    h.clock.increment(15 * MIN - 1);
    expect(h.state()).toBe('locked');
    h.clock.increment(1);
    expect(h.state()).toBe('voided');
    expect(h.submit(right)).toMatchObject({ outcome: 'voided', reason: 'lockout-voided-code' });
    expect(h.resend().outcome).toBe('resent');
    expect(h.submit(h.current()).outcome).toBe('accepted');
  });

  it('throttles with growing waits under the nist preset (§3.2.2)', () => {
    const h = harness({ preset: 'nist' });
    for (let i = 0; i < 3; i++) expect(h.submit(h.wrong()).to).toBe('pending');
    expect(h.submit(h.wrong())).toMatchObject({
      to: 'throttled',
      reason: 'throttled',
      data: { waitMs: 30_000 },
    });
    expect(h.submit(h.current())).toMatchObject({ outcome: 'locked', reason: 'throttled' });
    h.clock.increment(30_000);
    expect(h.state()).toBe('pending');
    expect(h.submit(h.wrong()).data.waitMs).toBe(60_000);
    h.clock.increment(60_000);
    // The wait did not stretch the code's life: it still dies at 10 min.
    h.clock.increment(10 * MIN - 90_000 - 1);
    expect(h.state()).toBe('pending');
    h.clock.increment(1);
    expect(h.state()).toBe('expired');
  });

  it('never locks under the weak preset, and lets a guesser win', () => {
    const h = harness({ preset: 'weak' });
    const target = h.current();
    let tries = 0;
    for (let i = 0; i < 10_000; i++) {
      const guess = String(i).padStart(4, '0');
      tries++;
      if (h.submit(guess).outcome === 'accepted') break;
    }
    expect(h.state()).toBe('accepted');
    expect(tries).toBe(Number(target) + 1);
  });

  it('weak preset: a resend keeps old codes valid and resets the count', () => {
    const h = harness({ preset: 'weak' });
    const first = h.current();
    h.submit(h.wrong());
    h.resend();
    expect(h.actor.getSnapshot().context.failures).toBe(0);
    expect(h.submit(first).outcome).toBe('accepted');
  });

  it('weak preset: an older code still dies at its own expiry', () => {
    const h = harness({ preset: 'weak' });
    const first = h.current();
    h.clock.increment(MIN);
    h.resend();
    h.clock.increment(59 * MIN);
    expect(h.state()).toBe('pending'); // the newest code has a minute left
    expect(h.submit(first)).toMatchObject({ outcome: 'expired', reason: 'lifetime-elapsed' });
    expect(h.submit(h.current()).outcome).toBe('accepted');
  });
});

describe('cancel', () => {
  it('closes the challenge', () => {
    const h = harness();
    h.actor.send({ type: 'CANCEL' });
    expect(h.state()).toBe('cancelled');
    expect(h.submit(h.current()).outcome).toBe('closed');
    expect(h.resend().reason).toBe('challenge-closed');
  });
});

describe('authenticator (TOTP, RFC 6238)', () => {
  const secret = TOTP_SECRET;
  const enrolment = TOTP_ENROLMENT;
  const start = (lastUsedStep: number | null = null) =>
    harness({ channel: 'authenticator', enrolment, lastUsedStep });
  const settle = (h: ReturnType<typeof harness>) =>
    waitFor(h.actor, (s) => s.value !== 'verifying', { timeout: 2000 });

  it('accepts the current code and the neighbouring steps, and no further', async () => {
    for (const [offset, ok] of [
      [0, true],
      [-30_000, true],
      [30_000, true],
      [-60_000, false],
      [60_000, false],
    ] as const) {
      const h = start();
      const code = await totp(secret, h.clock.now() + offset, { digits: 6 });
      h.submit(code);
      expect(h.last().outcome).toBe('checking');
      await settle(h);
      expect(h.state()).toBe(ok ? 'accepted' : 'pending');
      if (!ok) expect(h.last()).toMatchObject({ outcome: 'wrong', data: { attemptsLeft: 4 } });
    }
  });

  it('refuses a time step that already succeeded', async () => {
    const h0 = start();
    const step = totpStep(h0.clock.now());
    const h = start(step);
    h.submit(await totp(secret, h.clock.now(), { digits: 6 }));
    await settle(h);
    expect(h.last()).toMatchObject({ outcome: 'used', reason: 'totp-step-reused' });
    expect(h.actor.getSnapshot().context.failures).toBe(1);
  });

  it('refuses resend: the app makes the codes', () => {
    expect(start().resend()).toMatchObject({ outcome: 'resend-refused', reason: 'not-resendable' });
  });

  it('goes back to pending with a clear reason when the check itself fails', async () => {
    const clock = new SimulatedClock(SIM_EPOCH);
    const machine = createChallengeMachine({ clock, random: new SeededRandom(1) }).provide({
      actors: { verifyTotp: fromPromise(() => Promise.reject(new Error('no crypto'))) },
    });
    const actor = createActor(machine, {
      clock,
      input: {
        purpose: { kind: 'sign-in', device: 'x' },
        channel: 'authenticator',
        policy: preset('retail'),
        enrolment,
      },
    }).start();
    actor.send({ type: 'SUBMIT', code: '123456' });
    await new Promise((r) => setTimeout(r, 10));
    expect(actor.getSnapshot().value).toBe('pending');
    expect(actor.getSnapshot().context.log.at(-1)).toMatchObject({ reason: 'verify-error' });
    expect(actor.getSnapshot().context.failures).toBe(0);
  });
});

describe('runtime', () => {
  it('shares one machine per runtime and leaves no timer behind when stopped', () => {
    const runtime = { clock: new SimulatedClock(SIM_EPOCH), random: new SeededRandom(1) };
    const input = {
      purpose: { kind: 'password-reset' },
      channel: 'sms',
      policy: preset('retail'),
    } as const;
    const a = startChallenge(input, runtime);
    const b = startChallenge(input, runtime);
    expect(a.logic).toBe(b.logic);
    expect(runtime.clock.pendingTimers).toBeGreaterThan(0);
    a.stop();
    b.stop();
    expect(runtime.clock.pendingTimers).toBe(0);
  });
});

describe('audit log', () => {
  it('never holds a plaintext code', () => {
    const h = harness({ preset: 'strict' });
    h.submit(h.wrong());
    h.clock.increment(30_000);
    h.resend();
    h.submit(h.codes()[0]!);
    h.submit(h.current());
    h.clock.increment(MIN);
    const issued = h.codes();
    const codes = [...issued, h.wrong()];
    expect(h.log().some((e) => Object.keys(e.data).length > 0)).toBe(true);
    // Every field, `data` included: no text holds a code, typed or issued, and no
    // number is an issued one (a time, a wait or a count may hold a code's digits by
    // chance, never be it; the wrong code typed here is 0, which counts are).
    const leaves = (value: unknown): unknown[] =>
      value !== null && typeof value === 'object' ? Object.values(value).flatMap(leaves) : [value];
    for (const entry of h.log()) {
      for (const leaf of leaves(entry)) {
        for (const c of codes) {
          if (typeof leaf === 'string') expect(leaf).not.toContain(c);
          else if (issued.includes(c)) expect(leaf).not.toBe(Number(c));
        }
      }
    }
  });

  it('numbers entries in order with non-decreasing times', () => {
    const h = harness();
    h.submit('abc');
    h.clock.increment(6 * MIN);
    h.resend();
    h.log().forEach((e, i) => {
      expect(e.seq).toBe(i);
      if (i > 0) expect(e.at).toBeGreaterThanOrEqual(h.log()[i - 1]!.at);
    });
  });
});
