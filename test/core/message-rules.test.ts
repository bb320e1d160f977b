import { describe, expect, it } from 'vitest';
import {
  composeMessage,
  describePurpose,
  explain,
  groupCode,
  SHOP,
  type AuditEntry,
  type Outcome,
  type Reason,
  type ResultData,
} from '../../src/core';

/*
 * The words a learner reads, written out in full from the English catalogue
 * (src/core/i18n/en.ts is the specification of the wording) and doc/api.md
 * (`groupCode`, `formatClock`, `formatDuration`, `explain`). Nothing here is
 * computed by the code under test: each expected string is typed out.
 */

// 09:58:00 UTC and 10:03:00 UTC on the sandbox's day.
const AT_0958 = Date.UTC(2026, 0, 15, 9, 58);
const AT_1003 = AT_0958 + 5 * 60_000;

describe('groupCode: codes are printed in two halves, as messages show them (doc/api.md)', () => {
  it.each([
    ['482913', '482 913'],
    ['12345678', '1234 5678'],
    // An odd length: the first half is the longer one.
    ['1234567', '1234 567'],
    ['1234567890', '12345 67890'],
    // Shorter codes (the weak preset's four digits) are printed whole.
    ['4829', '4829'],
    ['48291', '48291'],
  ])('%s → %s', (code, shown) => {
    expect(groupCode(code)).toBe(shown);
  });
});

describe('describePurpose: what a code approves, in words', () => {
  it('fills the purpose’s own fields, money written for people', () => {
    expect(describePurpose({ kind: 'sign-in', device: 'Firefox on a new laptop' }, 'en')).toBe(
      'approve a sign-in on a new device (Firefox on a new laptop)',
    );
    expect(
      describePurpose(
        { kind: 'checkout', amount: { minor: 89_900, currency: 'GBP' }, orderId: 'LK-1042' },
        'en',
      ),
    ).toBe('approve a payment of £899.00 for order LK-1042');
    expect(
      describePurpose(
        { kind: 'subscription', plan: 'Larkspur Plus', amount: { minor: 799, currency: 'GBP' } },
        'en',
      ),
    ).toBe('start the Larkspur Plus subscription at £7.99');
    expect(describePurpose({ kind: 'password-reset' }, 'en')).toBe('reset your password');
  });
});

describe('composeMessage: the message a code travels in', () => {
  const record = { code: '482913', expiresAt: AT_1003 };
  const signIn = { kind: 'sign-in', device: 'Firefox on a new laptop' } as const;

  it('a text comes from the shop’s short code, has no subject, and names purpose and expiry', () => {
    expect(
      composeMessage({ purpose: signIn, brand: SHOP, locale: 'en' }, { ...record, channel: 'sms' }),
    ).toEqual({
      from: '60123',
      subject: null,
      body: 'Larkspur: 482 913 is your code to approve a sign-in on a new device (Firefox on a new laptop). It expires at 10:03. Never share it: Larkspur will never call or text to ask for it.',
    });
  });

  it('a delivery text names the order and says to read it only at the door', () => {
    expect(
      composeMessage(
        { purpose: { kind: 'delivery', orderId: 'LK-2231' }, brand: SHOP, locale: 'en' },
        { ...record, channel: 'sms' },
      ).body,
    ).toBe(
      'Larkspur: your delivery code for order LK-2231 is 482 913. Read it to the courier only at your door, once you hold the right parcel. Larkspur will never call to ask for it. Valid until 10:03.',
    );
  });

  it('an email comes from the shop’s name and address, with a subject and what to do if it was not you', () => {
    expect(
      composeMessage(
        { purpose: { kind: 'password-reset' }, brand: SHOP, locale: 'en' },
        { ...record, channel: 'email' },
      ),
    ).toEqual({
      from: 'Larkspur <security@larkspur.example>',
      subject: 'Your Larkspur code: password reset',
      body:
        'Hello,\n\nUse 482 913 to reset your password.\n\nThe code expires at 10:03. Never share it with anyone: Larkspur will never call, text or email you to ask for it. ' +
        'If you did not ask to reset your password, do not use this code. Anyone can ask for a reset with just your email address, and your password stays as it is unless this code is used.' +
        '\n\nLarkspur Security',
    });
  });
});

describe('explain: the words under the code field (doc/api.md, "explain")', () => {
  function entry(outcome: Outcome, reason: Reason | null, data: ResultData = {}): AuditEntry {
    return {
      seq: 1,
      at: AT_0958,
      event: 'SUBMIT',
      from: 'pending',
      to: 'pending',
      outcome,
      reason,
      codeRef: '#528652',
      data,
    };
  }

  it.each<[Outcome, Reason, ResultData, string, string]>([
    ['wrong', 'attempts-left', { attemptsLeft: 4 }, 'That code is not right.', '4 attempts left.'],
    [
      'locked',
      'limit-reached',
      { lockoutMs: 15 * 60_000 },
      'Entry is paused after too many wrong codes.',
      'That was the last allowed attempt: entry is locked for 15 min.',
    ],
    [
      'wrong',
      'throttled',
      { waitMs: 90_000 },
      'That code is not right.',
      'Wait 1 min 30 s before the next try.',
    ],
    [
      'locked',
      'locked-out',
      { until: AT_1003 + 7_000 },
      'Entry is paused after too many wrong codes.',
      'Entry is locked; even the right code is refused until 10:03:07.',
    ],
    [
      'expired',
      'lifetime-elapsed',
      { lifetimeMs: 3_600_000 + 15 * 60_000 },
      'That code has expired.',
      'Codes only work for 1 h 15 min; only a new code works now.',
    ],
    [
      'malformed',
      'bad-characters',
      { digits: 8 },
      'That does not look like a code.',
      'A code is made of digits only, like 12345678.',
    ],
    [
      'malformed',
      'wrong-length',
      { digits: 6, length: 5 },
      'That does not look like a code.',
      'A code has 6 digits; this has 5.',
    ],
    [
      'resend-refused',
      'cooldown',
      { waitMs: 25_000 },
      'A new code cannot be sent yet.',
      'You can ask for another code in 25 s.',
    ],
    [
      'resend-refused',
      'resend-limit',
      { maxResends: 3 },
      'A new code cannot be sent yet.',
      'No more codes can be sent for this attempt (3 resends used).',
    ],
    [
      'resent',
      'new-code',
      { channel: 'email' },
      'A new code is on its way.',
      'Code #528652 sent by email.',
    ],
    [
      'issued',
      'new-code',
      { channel: 'sms' },
      'A code was issued.',
      'Code #528652 sent by text message.',
    ],
  ])('%s / %s', (outcome, reason, data, headline, detail) => {
    expect(explain(entry(outcome, reason, data))).toEqual({ headline, detail });
  });

  it('an entry with no reason has no detail', () => {
    expect(explain(entry('accepted', null))).toEqual({ headline: 'Code accepted.', detail: null });
  });

  it('a number missing from the entry’s data leaves its place empty, never “undefined” or a {slot} (doc/api.md)', () => {
    const empty: [Outcome, Reason, string][] = [
      ['wrong', 'attempts-left', ' attempts left.'],
      ['locked', 'locked-out', 'Entry is locked; even the right code is refused until .'],
      ['malformed', 'wrong-length', 'A code has  digits; this has .'],
      [
        'resend-refused',
        'resend-limit',
        'No more codes can be sent for this attempt ( resends used).',
      ],
      ['resent', 'new-code', 'Code #528652 sent by .'],
    ];
    for (const [outcome, reason, detail] of empty) {
      expect(explain(entry(outcome, reason)).detail).toBe(detail);
    }
    expect(
      explain({ ...entry('issued', 'new-code', { channel: 'sms' }), codeRef: null }).detail,
    ).toBe('Code  sent by text message.');
  });

  it('the example code has as many digits as the policy’s codes (the default six without one)', () => {
    expect(explain(entry('malformed', 'bad-characters', { digits: 4 })).detail).toBe(
      'A code is made of digits only, like 1234.',
    );
    expect(explain(entry('malformed', 'bad-characters')).detail).toBe(
      'A code is made of digits only, like 123456.',
    );
  });
});
