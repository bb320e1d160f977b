/**
 * Compares two strings in time that depends only on their length, never on
 * where they first differ, so response timing cannot leak a code digit by
 * digit (OWASP MFA Cheat Sheet; RFC 4226 §7.2). Length is public: it is the
 * policy's digit count.
 */
export function timingSafeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    diff |= (a.charCodeAt(i) | 0) ^ (b.charCodeAt(i) | 0);
  }
  return diff === 0;
}
