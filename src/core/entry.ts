/** Why a typed code was refused before it was compared. */
export type EntryProblem = 'empty' | 'bad-characters' | 'wrong-length' | 'too-long';

export type Entry =
  { ok: true; code: string } | { ok: false; problem: EntryProblem; length: number };

/** Longer than any code plus separators: refused before any other work. */
export const MAX_ENTRY_LENGTH = 32;

/**
 * Turns what a person typed or pasted into a code. Surrounding space goes,
 * and one space or dash between digit groups ("123 456", "123-456") is
 * accepted, as messages often show codes that way. Anything else is refused
 * with the reason, and never counts as an attempt.
 */
export function normaliseCode(raw: unknown, digits: number): Entry {
  if (typeof raw !== 'string') return { ok: false, problem: 'bad-characters', length: 0 };
  if (raw.length > MAX_ENTRY_LENGTH) {
    return { ok: false, problem: 'too-long', length: raw.length };
  }
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, problem: 'empty', length: 0 };
  // ASCII digits only: other scripts' digits and look-alikes are refused.
  if (!/^[0-9]+(?:[ -][0-9]+)?$/.test(trimmed)) {
    return { ok: false, problem: 'bad-characters', length: [...trimmed].length };
  }
  const code = trimmed.replace(/[ -]/, '');
  if (code.length !== digits) return { ok: false, problem: 'wrong-length', length: code.length };
  return { ok: true, code };
}

/**
 * A short reference to a code for logs: FNV-1a over a per-challenge salt and
 * the code. OWASP: never log codes. With 6 digits anyone with the salt could
 * still try all million codes, so this names a code; it does not hide one.
 */
export function codeRef(code: string, salt: string): string {
  let h = 0x811c9dc5;
  const s = `${salt}:${code}`;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `#${h.toString(16).padStart(8, '0').slice(0, 6)}`;
}
