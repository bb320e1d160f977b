/**
 * RFC 4226 HOTP on Web Crypto only, so the same code runs in the browser and
 * in tests without Node or DOM imports.
 */

export type HashAlgorithm = 'SHA-1' | 'SHA-256' | 'SHA-512';

export interface OtpOptions {
  /** Code length, 6..10; default 6. */
  digits?: number;
  /** HMAC hash; default 'SHA-1' (RFC 4226 §5.2). RFC 6238 §1.2 adds SHA-256/512. */
  algorithm?: HashAlgorithm;
}

const TWO_POW_32 = 2 ** 32;

/** Throws RangeError unless digits is an integer 6..10. */
export function checkDigits(digits: number): void {
  // RFC 4226 §5.3: at least 6 digits. Above 10 is pointless: the truncated
  // value is 31 bits (< 2^31 ≈ 2.1e9), so extra digits would always be leading zeros.
  if (!Number.isInteger(digits) || digits < 6 || digits > 10) {
    throw new RangeError(
      `digits must be a whole number from 6 to 10 (RFC 4226 §5.3); got ${digits}.`,
    );
  }
}

/** Resolves to the HOTP value for `counter`, zero-padded to `digits`. */
export async function hotp(
  secret: Uint8Array,
  counter: number,
  options: OtpOptions = {},
): Promise<string> {
  const digits = options.digits ?? 6;
  const algorithm = options.algorithm ?? 'SHA-1';
  checkDigits(digits);
  if (!Number.isSafeInteger(counter) || counter < 0) {
    throw new RangeError(`counter must be a non-negative safe integer; got ${counter}.`);
  }

  // RFC 4226 §5.1: the counter is an 8-byte big-endian value. Split it into two
  // 32-bit words: bitwise ops on numbers only see 32 bits, and safe integers
  // exceed that.
  const message = new Uint8Array(8);
  const view = new DataView(message.buffer);
  view.setUint32(0, Math.floor(counter / TWO_POW_32));
  view.setUint32(4, counter % TWO_POW_32);

  // Fresh copy: a plain ArrayBuffer-backed view satisfies BufferSource typing
  // and keeps callers' buffers (possibly shared) out of Web Crypto.
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    new Uint8Array(secret),
    { name: 'HMAC', hash: algorithm },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await globalThis.crypto.subtle.sign('HMAC', key, message));

  // RFC 4226 §5.3 dynamic truncation: the low nibble of the last byte picks an
  // offset; take 4 bytes there and drop the top bit (avoids signed/unsigned
  // ambiguity across implementations).
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = new DataView(mac.buffer).getUint32(offset) & 0x7fffffff;
  return (binary % 10 ** digits).toString().padStart(digits, '0');
}
