// RFC 4226/6238 and RFC 4648 rules the OTP tests left unpinned, written against the surviving
// mutants of `npm run mutation` (doc/benchmarks.md lists them). Expected values come from the
// RFCs, doc/api.md, or the oracle's own HOTP on node:crypto (test/oracle/totp.ts), never from
// src/core/otp.
import { describe, expect, it } from 'vitest';
import { Base32Error, base32Decode } from '../../src/core/otp/base32';
import { otpauthUri, totpStep, verifyTotp } from '../../src/core/otp/totp';
import type { TotpEnrolment } from '../../src/core/otp/totp';
import { hotp as oracleHotp } from '../oracle/totp';

const enrolment: TotpEnrolment = {
  secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', // "12345678901234567890", RFC 6238 Appendix B
  digits: 6,
  period: 30,
  algorithm: 'SHA-1',
  issuer: 'OTP Sandbox',
  account: 'learner',
};
const RFC_SECRET = new TextEncoder().encode('12345678901234567890');

describe('totpStep: T = floor((unix time − T0) / X), RFC 6238 §4.2', () => {
  it('counts steps from T0, not from the epoch', () => {
    // 90 s with T0 = 30 s and X = 30 s: (90 − 30) / 30 = 2.
    expect(totpStep(90_000, 30, 30)).toBe(2);
    expect(totpStep(29_999, 30, 0)).toBe(0);
  });

  it('names the bad period in its error', () => {
    expect(() => totpStep(0, 0)).toThrow('period must be a positive number of seconds; got 0.');
  });
});

describe('verifyTotp edge rules (doc/api.md)', () => {
  it('names the bad window in its error', async () => {
    await expect(
      verifyTotp({ enrolment, code: '000000', atMs: 0, window: 2, lastUsedStep: null }),
    ).rejects.toThrow('window must be 0 or 1 time steps (RFC 6238 §5.2); got 2.');
  });

  it('window 0 still accepts the current step', async () => {
    // Step 1 (30–59 s) is RFC 4226's counter-1 vector, 287082.
    const verdict = await verifyTotp({
      enrolment,
      code: '287082',
      atMs: 45_000,
      window: 0,
      lastUsedStep: null,
    });
    expect(verdict).toEqual({ ok: true, step: 1, drift: 0 });
  });

  // Adjacent steps can share a code. Found by search with the oracle's HOTP: steps 910737 and
  // 910738 of the RFC secret both give 911617 (checked below, so the test cannot drift).
  const SHARED = '911617';
  const LOW = 910_737;
  const atStep = (step: number) => step * 30_000 + 1_000;

  it('the shared code really is shared (oracle, not the engine)', () => {
    expect(oracleHotp(RFC_SECRET, LOW)).toBe(SHARED);
    expect(oracleHotp(RFC_SECRET, LOW + 1)).toBe(SHARED);
  });

  it('when two steps match, the current one wins', async () => {
    expect(
      await verifyTotp({ enrolment, code: SHARED, atMs: atStep(LOW), lastUsedStep: null }),
    ).toEqual({ ok: true, step: LOW, drift: 0 });
    expect(
      await verifyTotp({ enrolment, code: SHARED, atMs: atStep(LOW + 1), lastUsedStep: null }),
    ).toEqual({ ok: true, step: LOW + 1, drift: 0 });
  });

  it('a code matching a spent step is refused even if it matches a fresh one too', async () => {
    // RFC 6238 §5.2: the same OTP must not be accepted twice.
    expect(
      await verifyTotp({ enrolment, code: SHARED, atMs: atStep(LOW), lastUsedStep: LOW }),
    ).toEqual({ ok: false, reason: 'replayed', step: LOW });
  });

  it('a replay names the latest spent step it matched', async () => {
    expect(
      await verifyTotp({ enrolment, code: SHARED, atMs: atStep(LOW + 1), lastUsedStep: LOW + 1 }),
    ).toEqual({ ok: false, reason: 'replayed', step: LOW + 1 });
  });
});

describe('otpauthUri: the issuer is optional in the Key Uri Format', () => {
  it('leaves out the issuer parameter and prefix when there is none', () => {
    const uri = otpauthUri({ ...enrolment, issuer: '' });
    expect(uri).toBe(
      'otpauth://totp/learner?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&algorithm=SHA1&digits=6&period=30',
    );
  });
});

describe('base32Decode, RFC 4648 §6', () => {
  it('its errors are Base32Errors by name, for callers that cannot use instanceof', () => {
    let caught: unknown;
    try {
      base32Decode('M');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(Base32Error);
    expect((caught as Error).name).toBe('Base32Error');
  });

  it.each([1, 3, 6, 9, 11, 14])('%i characters cannot close a block', (length) => {
    // Only 0, 2, 4, 5 or 7 characters can end a block (RFC 4648 §6, its five final cases).
    expect(() => base32Decode('A'.repeat(length))).toThrow(Base32Error);
  });

  it.each([2, 4, 5, 7, 8, 10])('%i characters decode', (length) => {
    expect(base32Decode('A'.repeat(length))).toEqual(new Uint8Array(Math.floor((length * 5) / 8)));
  });

  it('padding must be only "=" to the end, anywhere it starts', () => {
    expect(() => base32Decode('MY=====A')).toThrow(
      "'=' padding may only appear at the end of base32 text.",
    );
  });
});
