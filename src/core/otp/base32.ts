/**
 * RFC 4648 §6 base32 (alphabet A–Z, 2–7), the encoding authenticator apps use
 * for shared secrets in the Key Uri Format.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Raised when text cannot be read as base32; the message names the problem. */
export class Base32Error extends Error {
  override name = 'Base32Error';
}

/** Encodes without '=' padding: otpauth secrets are conventionally unpadded. */
export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0; // holds at most 12 bits, so plain numbers are exact
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET.charAt((buffer >>> bits) & 31);
    }
  }
  // RFC 4648 §6: a final partial group is padded on the right with zero bits.
  if (bits > 0) out += ALPHABET.charAt((buffer << (5 - bits)) & 31);
  return out;
}

/**
 * Decodes base32 as people actually type or paste it: case-insensitive, with
 * spaces and '-' allowed between groups and optional trailing '=' padding.
 *
 * Empty text (or only spaces and dashes) decodes to no bytes, as RFC 4648
 * §10 maps "" to "". Rejected with a Base32Error naming the problem:
 * characters outside the alphabet, padding alone, '=' anywhere but the end,
 * padding that does not fill a whole 8-character block, and lengths that
 * cannot come from whole bytes (1, 3 or 6 characters left over in the last
 * block — a sign of a truncated secret).
 *
 * Deliberately ignored: non-zero leftover bits in the last character (RFC 4648
 * §3.5 lets decoders reject them; we accept them, as most authenticators do,
 * so a hand-edited secret still decodes to the same bytes).
 */
export function base32Decode(text: string): Uint8Array {
  const cleaned = text.replace(/[\s-]+/g, '').toUpperCase();
  if (cleaned.length === 0) return new Uint8Array(0);

  const padStart = cleaned.indexOf('=');
  const body = padStart === -1 ? cleaned : cleaned.slice(0, padStart);
  if (body.length === 0) throw new Base32Error('The base32 text is only padding.');
  if (padStart !== -1) {
    const padding = cleaned.slice(padStart);
    if (!/^=+$/.test(padding)) {
      throw new Base32Error("'=' padding may only appear at the end of base32 text.");
    }
    if (cleaned.length % 8 !== 0) {
      throw new Base32Error(
        `Padded base32 must be a multiple of 8 characters long; this is ${cleaned.length}.`,
      );
    }
  }

  // Only 0, 2, 4, 5 or 7 characters can close a block (RFC 4648 §6 cases).
  const tail = body.length % 8;
  if (tail === 1 || tail === 3 || tail === 6) {
    throw new Base32Error(
      `${body.length} base32 character${body.length === 1 ? '' : 's'} cannot encode whole bytes; is the secret cut short?`,
    );
  }

  const out = new Uint8Array(Math.floor((body.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const ch of body) {
    const value = ALPHABET.indexOf(ch);
    if (value === -1) throw new Base32Error(`"${ch}" is not a base32 character (A–Z, 2–7)`);
    buffer = ((buffer << 5) | value) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >>> bits) & 0xff;
    }
  }
  return out;
}
