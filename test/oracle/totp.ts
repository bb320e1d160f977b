/**
 * RFC 4226 HOTP and RFC 6238 TOTP on node:crypto, written for the oracle so
 * that it shares no code with the engine's Web Crypto implementation.
 */
import { createHmac } from 'node:crypto';

export type TotpHash = 'SHA-1' | 'SHA-256' | 'SHA-512';

const NODE_NAME: Record<TotpHash, string> = {
  'SHA-1': 'sha1',
  'SHA-256': 'sha256',
  'SHA-512': 'sha512',
};

/** RFC 4226 §5.3: HMAC over the 8-byte counter, dynamic truncation, modulo 10^digits. */
export function hotp(secret: Uint8Array, counter: number, digits = 6, hash: TotpHash = 'SHA-1') {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(NODE_NAME[hash], secret).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

/** RFC 6238 §4.2: T = floor((unix seconds − T0) / X), with T0 = 0. */
export function totpStep(timeMs: number, periodS = 30): number {
  return Math.floor(timeMs / 1000 / periodS);
}

export function totp(
  secret: Uint8Array,
  timeMs: number,
  digits = 6,
  hash: TotpHash = 'SHA-1',
  periodS = 30,
): string {
  return hotp(secret, totpStep(timeMs, periodS), digits, hash);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** RFC 4648 base32 without padding: how an enrolment stores its secret. */
export function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}
