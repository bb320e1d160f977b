// The oracle's own HOTP/TOTP must be right before it can judge the engine's.
import { describe, expect, it } from 'vitest';
import { base32, hotp, totp, type TotpHash } from './totp';

const ascii = (s: string) => new TextEncoder().encode(s);
const SEED20 = '12345678901234567890';

describe('oracle HOTP (RFC 4226 Appendix D)', () => {
  it('gives the ten test values', () => {
    const expected = [
      '755224',
      '287082',
      '359152',
      '969429',
      '338314',
      '254676',
      '287922',
      '162583',
      '399871',
      '520489',
    ];
    expected.forEach((code, counter) => expect(hotp(ascii(SEED20), counter)).toBe(code));
  });
});

describe('oracle TOTP (RFC 6238 Appendix B, 8 digits, 30 s)', () => {
  // Each hash has its own seed length: 20, 32 and 64 bytes of the same digits.
  const seeds: Record<TotpHash, Uint8Array> = {
    'SHA-1': ascii(SEED20),
    'SHA-256': ascii(SEED20.repeat(2).slice(0, 32)),
    'SHA-512': ascii(SEED20.repeat(4).slice(0, 64)),
  };
  const table: [number, string, string, string][] = [
    [59, '94287082', '46119246', '90693936'],
    [1111111109, '07081804', '68084774', '25091201'],
    [1111111111, '14050471', '67062674', '99943326'],
    [1234567890, '89005924', '91819424', '93441116'],
    [2000000000, '69279037', '90698825', '38618901'],
    [20000000000, '65353130', '77737706', '47863826'],
  ];
  it.each(table)('at %i s', (seconds, sha1, sha256, sha512) => {
    expect(totp(seeds['SHA-1'], seconds * 1000, 8, 'SHA-1')).toBe(sha1);
    expect(totp(seeds['SHA-256'], seconds * 1000, 8, 'SHA-256')).toBe(sha256);
    expect(totp(seeds['SHA-512'], seconds * 1000, 8, 'SHA-512')).toBe(sha512);
  });
});

describe('oracle base32 (RFC 4648 §10)', () => {
  it('encodes the test strings, unpadded', () => {
    for (const [plain, encoded] of [
      ['', ''],
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ]) {
      expect(base32(ascii(plain!))).toBe(encoded);
    }
  });
});
