import { createHmac } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { Base32Error, base32Decode, base32Encode } from '../../src/core/otp/base32';
import { hotp } from '../../src/core/otp/hotp';
import type { HashAlgorithm } from '../../src/core/otp/hotp';
import { otpauthUri, secondsLeftInStep, totp, totpStep, verifyTotp } from '../../src/core/otp/totp';
import type { TotpEnrolment } from '../../src/core/otp/totp';

const ascii = (s: string): Uint8Array => new TextEncoder().encode(s);
const RFC_SECRET = ascii('12345678901234567890');

describe('hotp — RFC 4226 Appendix D', () => {
  it.each([
    [0, '755224'],
    [1, '287082'],
    [2, '359152'],
    [3, '969429'],
    [4, '338314'],
    [5, '254676'],
    [6, '287922'],
    [7, '162583'],
    [8, '399871'],
    [9, '520489'],
  ])('counter %i → %s', async (counter, expected) => {
    expect(await hotp(RFC_SECRET, counter)).toBe(expected);
  });

  // The RFC vectors never set the high 32-bit word; these were computed
  // independently (Python hmac + struct.pack('>Q')).
  it.each([
    [2 ** 32, 6, '999456'],
    [2 ** 32 + 1, 6, '108930'],
    [Number.MAX_SAFE_INTEGER, 6, '891307'],
    [2 ** 32, 10, '0255999456'],
    [Number.MAX_SAFE_INTEGER, 10, '1841891307'],
  ])('counter %i with %i digits → %s (high word in use)', async (counter, digits, expected) => {
    expect(await hotp(RFC_SECRET, counter, { digits })).toBe(expected);
  });

  it('matches a node:crypto reference for any safe counter, key and algorithm', async () => {
    const algorithms: readonly [HashAlgorithm, string][] = [
      ['SHA-1', 'sha1'],
      ['SHA-256', 'sha256'],
      ['SHA-512', 'sha512'],
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 80 }),
        fc.maxSafeNat(),
        fc.integer({ min: 6, max: 10 }),
        fc.constantFrom(...algorithms),
        async (key, counter, digits, [algorithm, nodeName]) => {
          const message = Buffer.alloc(8);
          message.writeBigUInt64BE(BigInt(counter)); // a different path from hotp's hi/lo split
          const mac = createHmac(nodeName, key).update(message).digest();
          const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
          const value = mac.readUInt32BE(offset) & 0x7fffffff;
          const expected = String(value % 10 ** digits).padStart(digits, '0');
          expect(await hotp(key, counter, { digits, algorithm })).toBe(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it.each([5, 11, 6.5, Number.NaN])('rejects digits = %s with a RangeError', async (digits) => {
    await expect(hotp(RFC_SECRET, 0, { digits })).rejects.toThrow(RangeError);
    await expect(hotp(RFC_SECRET, 0, { digits })).rejects.toThrow(
      /digits must be a whole number from 6 to 10/,
    );
  });

  it.each([-1, 1.5, 2 ** 53, Number.POSITIVE_INFINITY])('rejects counter = %s', async (counter) => {
    await expect(hotp(RFC_SECRET, counter)).rejects.toThrow(RangeError);
    // The message says what was wrong and what was given, as the digits' one does.
    await expect(hotp(RFC_SECRET, counter)).rejects.toThrow(
      `counter must be a non-negative safe integer; got ${counter}.`,
    );
  });
});

describe('totp — RFC 6238 Appendix B (8 digits, 30 s)', () => {
  const seeds: Record<HashAlgorithm, Uint8Array> = {
    'SHA-1': ascii('12345678901234567890'),
    'SHA-256': ascii('12345678901234567890123456789012'),
    'SHA-512': ascii('1234567890'.repeat(6) + '1234'),
  };
  const table: readonly [number, string, string, string][] = [
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ];
  const vectors = table.flatMap(([seconds, sha1, sha256, sha512]) => [
    { seconds, algorithm: 'SHA-1' as const, code: sha1 },
    { seconds, algorithm: 'SHA-256' as const, code: sha256 },
    { seconds, algorithm: 'SHA-512' as const, code: sha512 },
  ]);

  it('uses seeds of the lengths the RFC specifies', () => {
    expect([seeds['SHA-1'].length, seeds['SHA-256'].length, seeds['SHA-512'].length]).toEqual([
      20, 32, 64,
    ]);
  });

  it.each(vectors)('$algorithm at T=$seconds s → $code', async ({ seconds, algorithm, code }) => {
    expect(await totp(seeds[algorithm], seconds * 1000, { digits: 8, algorithm })).toBe(code);
  });
});

describe('totp helpers', () => {
  it('totpStep floors (time − T0) / period', () => {
    expect(totpStep(0)).toBe(0);
    expect(totpStep(29_999)).toBe(0);
    expect(totpStep(30_000)).toBe(1);
    expect(totpStep(59_000)).toBe(1);
    expect(totpStep(1_111_111_109_000)).toBe(0x23523ec); // RFC 6238 Appendix B "T" column
    expect(totpStep(20_000_000_000_000)).toBe(0x27bc86aa);
    expect(totpStep(100_000, 60)).toBe(1);
    expect(totpStep(100_000, 30, 10)).toBe(3);
    expect(() => totpStep(0, 0)).toThrow(RangeError);
  });

  it('secondsLeftInStep counts down within (0, period]', () => {
    expect(secondsLeftInStep(0)).toBe(30);
    expect(secondsLeftInStep(1_000)).toBe(29);
    expect(secondsLeftInStep(29_500)).toBeCloseTo(0.5);
    expect(secondsLeftInStep(30_000)).toBe(30);
    expect(secondsLeftInStep(-1_000)).toBe(1);
    expect(secondsLeftInStep(45_000, 60)).toBe(15);
  });

  it('otpauthUri follows the Key Uri Format with encoded label and parameters', () => {
    const uri = otpauthUri({
      secret: 'gezd gnbv-gy3t qojq gezd gnbv gy3t qojq',
      digits: 6,
      period: 30,
      algorithm: 'SHA-1',
      issuer: 'Acme & Co',
      account: 'alice@example.com',
    });
    expect(uri).toBe(
      'otpauth://totp/Acme%20%26%20Co:alice%40example.com' +
        '?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Acme%20%26%20Co' +
        '&algorithm=SHA1&digits=6&period=30',
    );
  });
});

describe('base32 — RFC 4648', () => {
  // RFC 4648 §10, as printed there (padded); the encoder leaves the padding off.
  it.each([
    ['', ''],
    ['f', 'MY======'],
    ['fo', 'MZXQ===='],
    ['foo', 'MZXW6==='],
    ['foob', 'MZXW6YQ='],
    ['fooba', 'MZXW6YTB'],
    ['foobar', 'MZXW6YTBOI======'],
  ])('§10 vector %j ↔ %j', (plain, encoded) => {
    const unpadded = encoded.replace(/=+$/, '');
    expect(base32Encode(ascii(plain))).toBe(unpadded);
    expect(new TextDecoder().decode(base32Decode(encoded))).toBe(plain);
    expect(new TextDecoder().decode(base32Decode(unpadded))).toBe(plain);
  });

  it('decodes empty text (or only separators) to no bytes, as §10 maps "" to ""', () => {
    expect(base32Decode('')).toEqual(new Uint8Array(0));
    expect(base32Decode('  - ')).toEqual(new Uint8Array(0));
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array(), (bytes) => {
        expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
      }),
    );
  });

  it('accepts lower case, spaces, dashes and padding', () => {
    const expected = ascii('foobar');
    expect(base32Decode('mzxw6ytboi')).toEqual(expected);
    expect(base32Decode('MZXW 6YTB OI')).toEqual(expected);
    expect(base32Decode('mzxw-6ytb-oi')).toEqual(expected);
    expect(base32Decode('MZXW6YTBOI======')).toEqual(expected);
    expect(base32Decode('MY======')).toEqual(ascii('f'));
  });

  it.each([
    ['GEZD1', '"1" is not a base32 character (A–Z, 2–7)'],
    ['MZXW0YQ', '"0" is not a base32 character (A–Z, 2–7)'],
    ['======', 'The base32 text is only padding.'],
    ['MY=A', "'=' padding may only appear at the end of base32 text."],
    ['MY==', 'Padded base32 must be a multiple of 8 characters long; this is 4.'],
    ['MZX', '3 base32 characters cannot encode whole bytes; is the secret cut short?'],
    ['M', '1 base32 character cannot encode whole bytes; is the secret cut short?'],
  ])('rejects %j with a Base32Error', (input, message) => {
    expect(() => base32Decode(input)).toThrow(Base32Error);
    expect(() => base32Decode(input)).toThrow(message);
  });
});

describe('verifyTotp', () => {
  // Secret "12345678901234567890", 6 digits, 30 s: step n's code is RFC 4226's
  // counter-n vector, so the expected codes come from the RFC, not from hotp.
  const enrolment: TotpEnrolment = {
    secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
    digits: 6,
    period: 30,
    algorithm: 'SHA-1',
    issuer: 'OTP Sandbox',
    account: 'learner',
  };
  const atMs = 5 * 30_000 + 12_000; // inside step 5
  const byStep = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583'];
  const codeAt = (step: number): string => byStep[step] ?? '';

  it('accepts the current step', async () => {
    expect(await verifyTotp({ enrolment, code: codeAt(5), atMs, lastUsedStep: null })).toEqual({
      ok: true,
      step: 5,
      drift: 0,
    });
  });

  it('accepts the previous and next steps with drift −1 / +1', async () => {
    expect(await verifyTotp({ enrolment, code: codeAt(4), atMs, lastUsedStep: null })).toEqual({
      ok: true,
      step: 4,
      drift: -1,
    });
    expect(await verifyTotp({ enrolment, code: codeAt(6), atMs, lastUsedStep: null })).toEqual({
      ok: true,
      step: 6,
      drift: 1,
    });
  });

  it('ignores spaces inside the code', async () => {
    const verdict = await verifyTotp({ enrolment, code: '254 676', atMs, lastUsedStep: null });
    expect(verdict).toEqual({ ok: true, step: 5, drift: 0 });
  });

  it('refuses codes two steps away', async () => {
    for (const step of [3, 7]) {
      expect(await verifyTotp({ enrolment, code: codeAt(step), atMs, lastUsedStep: null })).toEqual(
        {
          ok: false,
          reason: 'no-match',
        },
      );
    }
  });

  it('refuses ±1 steps when window is 0', async () => {
    const verdict = await verifyTotp({
      enrolment,
      code: codeAt(4),
      atMs,
      window: 0,
      lastUsedStep: null,
    });
    expect(verdict).toEqual({ ok: false, reason: 'no-match' });
  });

  it('refuses a replay of a step ≤ lastUsedStep (RFC 6238 §5.2)', async () => {
    expect(await verifyTotp({ enrolment, code: codeAt(5), atMs, lastUsedStep: 5 })).toEqual({
      ok: false,
      reason: 'replayed',
      step: 5,
    });
    // Already used the next step (client clock ahead): the older one is spent too.
    expect(await verifyTotp({ enrolment, code: codeAt(4), atMs, lastUsedStep: 6 })).toEqual({
      ok: false,
      reason: 'replayed',
      step: 4,
    });
    // A later step than the last used one is still fine.
    expect(await verifyTotp({ enrolment, code: codeAt(6), atMs, lastUsedStep: 5 })).toEqual({
      ok: true,
      step: 6,
      drift: 1,
    });
  });

  it('refuses a wrong code with no-match', async () => {
    for (const code of ['000000', '25467', '2546760', '']) {
      expect(await verifyTotp({ enrolment, code, atMs, lastUsedStep: null })).toEqual({
        ok: false,
        reason: 'no-match',
      });
    }
  });

  // Steps 910737 and 910738 share the code 911617 for this secret (found by an
  // independent Python search), the case where the tie-break rules matter.
  describe('when adjacent steps share a code', () => {
    const shared = '911617';
    const inStep = (step: number): number => step * 30_000 + 5_000;

    it('prefers the exact current step over the previous one', async () => {
      expect(
        await verifyTotp({ enrolment, code: shared, atMs: inStep(910738), lastUsedStep: null }),
      ).toEqual({ ok: true, step: 910738, drift: 0 });
    });

    it('prefers the exact current step over the next one', async () => {
      expect(
        await verifyTotp({ enrolment, code: shared, atMs: inStep(910737), lastUsedStep: null }),
      ).toEqual({ ok: true, step: 910737, drift: 0 });
    });

    it('does not accept the same string again via the neighbouring step', async () => {
      expect(
        await verifyTotp({ enrolment, code: shared, atMs: inStep(910737), lastUsedStep: 910737 }),
      ).toEqual({ ok: false, reason: 'replayed', step: 910737 });
      expect(
        await verifyTotp({ enrolment, code: shared, atMs: inStep(910738), lastUsedStep: 910737 }),
      ).toEqual({ ok: false, reason: 'replayed', step: 910737 });
    });
  });

  it('works at step 0, where there is no previous step', async () => {
    expect(
      await verifyTotp({ enrolment, code: codeAt(0), atMs: 1_000, lastUsedStep: null }),
    ).toEqual({
      ok: true,
      step: 0,
      drift: 0,
    });
  });

  it.each([5, 11, 7.5])('rejects an enrolment with digits = %s', async (digits) => {
    await expect(
      verifyTotp({ enrolment: { ...enrolment, digits }, code: '123456', atMs, lastUsedStep: null }),
    ).rejects.toThrow(/digits must be a whole number from 6 to 10/);
  });

  it('rejects a window other than 0 or 1', async () => {
    await expect(
      verifyTotp({ enrolment, code: codeAt(5), atMs, window: 2, lastUsedStep: null }),
    ).rejects.toThrow(RangeError);
  });
});
