// This is the example in doc/api.md, "A runnable example". Keep the two identical.
import { describe, expect, it } from 'vitest';
import {
  explain,
  preset,
  SeededRandom,
  SimulatedClock,
  SIM_EPOCH,
  startChallenge,
  type AuditEntry,
  type Delivery,
} from '../../src/core';

const MIN = 60_000;

describe('a retail challenge, driven through the public API', () => {
  it('survives a wrong code, expires, is resent, then locks and voids its code', () => {
    // One clock for time and timers, one seeded random source: every run is the same.
    const clock = new SimulatedClock(SIM_EPOCH);
    const actor = startChallenge(
      {
        purpose: { kind: 'sign-in', device: 'Firefox on Linux' },
        channel: 'sms',
        policy: preset('retail'),
      },
      { clock, random: new SeededRandom(42) },
    );
    const phone: Delivery[] = [];
    actor.on('delivery', (event) => phone.push(event.delivery));

    const state = () => actor.getSnapshot().value;
    const context = () => actor.getSnapshot().context;
    const last = () => context().log.at(-1) as AuditEntry;
    const submit = (code: string) => {
      actor.send({ type: 'SUBMIT', code });
      return last();
    };
    const resend = () => {
      actor.send({ type: 'RESEND' });
      return last();
    };
    // A well-formed code that the service never issued.
    const wrongCode = () => {
      const issued = context().codes.map((c) => c.code);
      for (let i = 0; ; i++) {
        const candidate = String(i).padStart(6, '0');
        if (!issued.includes(candidate)) return candidate;
      }
    };

    // Issue: one code, sent by text message. The log holds its reference, never the code.
    expect(state()).toBe('pending');
    expect(last()).toMatchObject({ outcome: 'issued', reason: 'new-code', to: 'pending' });

    // A wrong code counts as one failure; the learner reads why.
    expect(submit(wrongCode())).toMatchObject({
      outcome: 'wrong',
      reason: 'attempts-left',
      data: { attemptsLeft: 4 },
    });
    expect(explain(last())).toEqual({
      headline: 'That code is not right.',
      detail: '4 attempts left.',
    });

    // The text arrives after the default SMS latency of 4 s.
    clock.increment(4_000);
    expect(phone).toHaveLength(1);
    const firstCode = phone[0]?.code ?? '';
    expect(phone[0]).toMatchObject({ channel: 'sms', fate: 'inbox', late: false });

    // Five minutes after issue the code expires; now even the right code is refused.
    clock.increment(5 * MIN - 4_000);
    expect(state()).toBe('expired');
    expect(last()).toMatchObject({ at: SIM_EPOCH + 5 * MIN, outcome: 'expired' });
    expect(submit(firstCode)).toMatchObject({ outcome: 'expired', reason: 'lifetime-elapsed' });

    // A resend issues a new code. The failure count carries over (NIST SP 800-63B-4 §3.1.3.2).
    expect(resend()).toMatchObject({ outcome: 'resent', from: 'expired', to: 'pending' });
    expect(context().failures).toBe(1);
    clock.increment(4_000);
    expect(phone).toHaveLength(2);
    const secondCode = phone[1]?.code ?? '';
    expect(secondCode).not.toBe(firstCode);

    // Five wrong codes in all (one before the resend, four after) lock entry.
    expect(submit(wrongCode()).data.attemptsLeft).toBe(3);
    expect(submit(wrongCode()).data.attemptsLeft).toBe(2);
    expect(submit(wrongCode())).toMatchObject({
      reason: 'last-attempt',
      data: { attemptsLeft: 1 },
    });
    expect(submit(wrongCode())).toMatchObject({
      outcome: 'wrong',
      reason: 'limit-reached',
      to: 'locked',
    });
    expect(state()).toBe('locked');

    // While locked, the right code and a resend are both refused.
    expect(submit(secondCode)).toMatchObject({ outcome: 'locked', reason: 'locked-out' });
    expect(resend()).toMatchObject({ outcome: 'resend-refused', reason: 'while-locked' });

    // The 15-minute lockout ends, and it has voided the code.
    clock.increment(15 * MIN);
    expect(state()).toBe('voided');
    expect(submit(secondCode)).toMatchObject({ outcome: 'voided', reason: 'lockout-voided-code' });

    // Only a new code works now.
    expect(resend().outcome).toBe('resent');
    clock.increment(4_000);
    expect(submit(phone[2]?.code ?? '').outcome).toBe('accepted');
    expect(state()).toBe('accepted');

    // The audit log names codes by reference only.
    const text = JSON.stringify(
      context().log.map((e) => [e.event, e.outcome, e.reason, e.codeRef]),
    );
    for (const code of [firstCode, secondCode]) expect(text).not.toContain(code);
  });
});
