/**
 * Garbage in the code field: what a person can type, paste or a script can
 * send. Every malformed entry is refused with a reason, never counts as an
 * attempt, never moves the challenge, and never reaches the audit log.
 */
import { describe, expect, it } from 'vitest';
import { explain, MAX_ENTRY_LENGTH, type AuditEntry, type EntryProblem } from '../../src/core';
import { harness, type Harness } from '../support/harness';

/** The retail preset (the default of harness()): 6 digits, 5 failures. */
const DIGITS = 6;
const MAX_FAILURES = 5;

interface Row {
  label: string;
  input: unknown;
  reason: EntryProblem;
  /** For wrong-length: how many digits the entry has. */
  length?: number;
}

const row = (label: string, input: unknown, reason: EntryProblem, length?: number): Row => ({
  label,
  input,
  reason,
  ...(length === undefined ? {} : { length }),
});

const ROWS: Row[] = [
  // Nothing at all.
  row('the empty string', '', 'empty'),
  row('three spaces', '   ', 'empty'),
  row('a tab and a newline', '\t\n', 'empty'),
  row('no-break and ideographic spaces', '\u00a0\u3000', 'empty'),
  // Digits, but not the right number of them.
  row('5 digits', '12345', 'wrong-length', 5),
  row('7 digits', '1234567', 'wrong-length', 7),
  row('1 digit', '1', 'wrong-length', 1),
  row('5 digits in two groups', '123 45', 'wrong-length', 5),
  row('8 digits in two groups', '1234-5678', 'wrong-length', 8),
  row('32 digits (exactly the length limit)', '1'.repeat(MAX_ENTRY_LENGTH), 'wrong-length', 32),
  // Separators the normaliser does not accept.
  row('two space separators', '12 34 56', 'bad-characters'),
  row('a double dash', '123--456', 'bad-characters'),
  row('a double space', '123  456', 'bad-characters'),
  row('a tab inside', '123\t456', 'bad-characters'),
  row('a newline inside', '123\n456', 'bad-characters'),
  row('an underscore', '12_3456', 'bad-characters'),
  row('a comma', '123,456', 'bad-characters'),
  row('a dot', '123.456', 'bad-characters'),
  row('an en dash', '123\u2013456', 'bad-characters'),
  row('a minus sign', '123\u2212456', 'bad-characters'),
  row('a no-break space inside', '123\u00a0456', 'bad-characters'),
  row('a zero-width space inside', '12345\u200b6', 'bad-characters'),
  row('a trailing dash', '123456-', 'bad-characters'),
  row('a lone dash', ' - ', 'bad-characters'),
  // Digits from other scripts and look-alikes.
  row('full-width digits', '１２３４５６', 'bad-characters'),
  row('Arabic-Indic digits', '١٢٣٤٥٦', 'bad-characters'),
  row('Persian digits', '۱۲۳۴۵۶', 'bad-characters'),
  row('Devanagari digits', '१२३४५६', 'bad-characters'),
  row('mathematical bold digits', '𝟏𝟐𝟑𝟒𝟓𝟔', 'bad-characters'),
  row('superscript digits', '¹²³⁴⁵⁶', 'bad-characters'),
  row('one full-width digit at the end', '12345６', 'bad-characters'),
  row('full-width digits around a dash', '１２３-４５６', 'bad-characters'),
  // Numbers written the way a program would.
  row('hexadecimal for 123456', '0x1E240', 'bad-characters'),
  row('exponent notation', '1e5', 'bad-characters'),
  row('a leading minus', '-123456', 'bad-characters'),
  row('a leading plus', '+123456', 'bad-characters'),
  row('a decimal point', '123456.0', 'bad-characters'),
  row('the word NaN', 'NaN', 'bad-characters'),
  row('the word null', 'null', 'bad-characters'),
  // Letters, markup and injection attempts.
  row('letters', 'abcdef', 'bad-characters'),
  row('SQL keywords', 'DROP TABLE', 'bad-characters'),
  row('SQL injection', "1'; DROP TABLE codes;--", 'bad-characters'),
  row('a script tag (25 chars, under the limit)', '<script>alert(1)</script>', 'bad-characters'),
  row('an img onerror tag', '<img src=x onerror=alert(1)>', 'bad-characters'),
  row('emoji', '😀😀😀😀😀😀', 'bad-characters'),
  row('a null byte', '\u0000', 'bad-characters'),
  row('a code then a null byte', '123456\u0000', 'bad-characters'),
  // Too long to look at.
  row('10,000 x', 'x'.repeat(10_000), 'too-long'),
  row('33 digits (one over the limit)', '1'.repeat(MAX_ENTRY_LENGTH + 1), 'too-long'),
  row('33 spaces', ' '.repeat(MAX_ENTRY_LENGTH + 1), 'too-long'),
  row('a pasted page', '<html>'.repeat(2_000), 'too-long'),
  // Not a string at all (a script talking to the actor directly).
  row('the number 123456', 123456, 'bad-characters'),
  row('null', null, 'bad-characters'),
  row('undefined', undefined, 'bad-characters'),
  row('an empty object', {}, 'bad-characters'),
  row('an object that stringifies to a code', { toString: () => '123456' }, 'bad-characters'),
  row('an array holding a code', ['123456'], 'bad-characters'),
  row('a boolean', true, 'bad-characters'),
  row('a bigint', 123456n, 'bad-characters'),
];

/** Sends anything as the code, the way a script could, and returns the new log entry. */
function send(h: Harness, input: unknown): AuditEntry {
  const before = h.log().length;
  h.actor.send({ type: 'SUBMIT', code: input as string });
  expect(h.log()).toHaveLength(before + 1);
  return h.last();
}

/** The text of an input, as it could leak into a log. */
const asText = (input: unknown): string => String(input);

/** The entry as JSON, with JSON's own `null` literal masked so only values can match. */
const logText = (entry: AuditEntry): string =>
  JSON.stringify(entry, (_key, value: unknown) => (value === null ? '<none>' : value));

describe('malformed entries on a fresh retail SMS challenge', () => {
  it('covers every kind of entry problem', () => {
    const reasons = new Set(ROWS.map((r) => r.reason));
    const all: EntryProblem[] = ['empty', 'bad-characters', 'wrong-length', 'too-long'];
    expect([...reasons].sort()).toEqual([...all].sort());
    expect(ROWS.length).toBeGreaterThanOrEqual(30);
  });

  it.each(ROWS)('$label → malformed ($reason)', ({ input, reason, length }) => {
    const h = harness();
    // None of the rows may by accident be the issued code.
    expect(asText(input).trim()).not.toBe(h.current());
    const entry = send(h, input);

    expect(entry.outcome).toBe('malformed');
    expect(entry.reason).toBe(reason);
    expect(entry.event).toBe('SUBMIT');
    expect(entry.from).toBe('pending');
    expect(entry.to).toBe('pending');
    expect(h.state()).toBe('pending');
    const ctx = h.actor.getSnapshot().context;
    expect(ctx.failures).toBe(0);
    expect(ctx.totalFailures).toBe(0);
    // Garbage is never hashed into the log.
    expect(entry.codeRef).toBeNull();
    if (reason === 'wrong-length') {
      expect(entry.data).toMatchObject({ digits: DIGITS, length });
    }
    const text = asText(input);
    if (text.length > 3) expect(logText(entry)).not.toContain(text);
    // The code is still live: the right code still goes through.
    expect(h.submit(h.current()).outcome).toBe('accepted');
  });

  it('never counts garbage towards the lockout, however much of it comes', () => {
    const h = harness();
    for (let i = 0; i < 10 * MAX_FAILURES; i++) {
      expect(send(h, ROWS[i % ROWS.length]!.input).outcome).toBe('malformed');
    }
    expect(h.state()).toBe('pending');
    expect(h.actor.getSnapshot().context.failures).toBe(0);
    expect(h.submit(h.current()).outcome).toBe('accepted');
  });

  it('refuses an entry padded past the length limit even around the right code', () => {
    const h = harness();
    const padded = ' '.repeat(MAX_ENTRY_LENGTH + 1 - DIGITS) + h.current();
    expect(padded).toHaveLength(MAX_ENTRY_LENGTH + 1);
    expect(h.submit(padded)).toMatchObject({ outcome: 'malformed', reason: 'too-long' });
    expect(h.state()).toBe('pending');
    expect(h.actor.getSnapshot().context.failures).toBe(0);
  });
});

describe('entries that depend on the code', () => {
  const shapes: [string, (code: string) => string][] = [
    ['surrounding spaces', (c) => ` ${c} `],
    ['a trailing newline', (c) => `${c}\n`],
    ['a leading tab', (c) => `\t${c}`],
    ['a Windows line ending', (c) => `${c}\r\n`],
    ['a no-break space before', (c) => `\u00a0${c}`],
    ['one space between groups', (c) => `${c.slice(0, 3)} ${c.slice(3)}`],
    ['one dash between groups', (c) => `${c.slice(0, 3)}-${c.slice(3)}`],
    ['one dash and surrounding spaces', (c) => ` ${c.slice(0, 3)}-${c.slice(3)} `],
  ];

  it.each(shapes)('accepts the right code with %s', (_label, shape) => {
    const h = harness();
    const code = h.current();
    const entry = h.submit(shape(code));
    expect(entry.outcome).toBe('accepted');
    expect(entry.codeRef).toBe(h.actor.getSnapshot().context.codes[0]?.ref);
    expect(h.state()).toBe('accepted');
  });

  it.each(shapes)('counts a wrong code with %s as a wrong attempt', (_label, shape) => {
    const h = harness();
    const wrong = h.wrong();
    const entry = h.submit(shape(wrong));
    expect(entry).toMatchObject({
      outcome: 'wrong',
      reason: 'attempts-left',
      data: { attemptsLeft: MAX_FAILURES - 1 },
    });
    expect(h.actor.getSnapshot().context.failures).toBe(1);
  });

  it("'123456\\n' is trimmed, then compared: a well-formed wrong code", () => {
    const h = harness();
    expect(h.current()).not.toBe('123456');
    const entry = h.submit('123456\n');
    expect(entry).toMatchObject({ outcome: 'wrong', reason: 'attempts-left' });
    expect(entry.data.attemptsLeft).toBe(MAX_FAILURES - 1);
    // A well-formed code is referenced, never written out.
    expect(entry.codeRef).toMatch(/^#[0-9a-f]{6}$/);
    expect(logText(entry)).not.toContain('123456');
    expect(h.actor.getSnapshot().context.failures).toBe(1);
    expect(h.state()).toBe('pending');
  });

  it('a well-formed wrong code is counted, unlike garbage', () => {
    const h = harness();
    h.submit('abcdef');
    expect(h.submit(h.wrong())).toMatchObject({
      outcome: 'wrong',
      data: { attemptsLeft: MAX_FAILURES - 1 },
    });
    h.submit('');
    expect(h.actor.getSnapshot().context.failures).toBe(1);
    expect(h.submit(h.wrong()).data.attemptsLeft).toBe(MAX_FAILURES - 2);
  });
});

describe('explaining a malformed entry', () => {
  const examples: Record<EntryProblem, unknown> = {
    empty: '  ',
    'bad-characters': '12a456',
    'wrong-length': '12345',
    'too-long': '9'.repeat(100),
  };

  it.each(Object.entries(examples))('%s has a plain English sentence', (reason, input) => {
    const h = harness();
    const entry = send(h, input);
    expect(entry.reason).toBe(reason);
    const { headline, detail } = explain(entry);
    expect(headline.trim()).not.toBe('');
    expect(detail).not.toBeNull();
    const text = detail ?? '';
    expect(text.trim().length).toBeGreaterThan(10);
    expect(text).not.toMatch(/[{}]/);
    expect(text).not.toMatch(/undefined|null|NaN/);
    expect(text).toMatch(/^[A-Z].*[.!]$/);
    expect(text).toMatch(/[a-z]+ [a-z]+/);
  });

  it('wrong-length names the expected and the typed number of digits', () => {
    const h = harness();
    const detail = explain(h.submit('1234567')).detail ?? '';
    expect(detail).toContain(String(DIGITS));
    expect(detail).toContain('7');
  });

  it('bad-characters shows a digits-only example of the right length', () => {
    const h = harness();
    const detail = explain(send(h, { code: 1 })).detail ?? '';
    expect(detail).toMatch(new RegExp(`\\b\\d{${DIGITS}}\\b`));
    expect(detail).not.toMatch(/\{\w+\}/);
  });

  it('bad-characters shows an example of the right length for 8-digit codes too', () => {
    const h = harness({ preset: 'strict' });
    const detail = explain(h.submit('12a45678')).detail ?? '';
    expect(detail).toMatch(/\b\d{8}\b/);
  });
});
