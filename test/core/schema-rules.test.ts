/**
 * Parser rules the hostile-input table did not reach, written against the
 * survivors of the mutation run of src/core/schema (doc/benchmarks.md). The
 * messages' shape is the one doc/api.md gives for every parser: the path,
 * then what is wrong there, naming the part ("is not a field of a refund
 * purpose"), so a person fixing a file by hand knows where to look.
 */
import { describe, expect, it } from 'vitest';
import { parseTrace, preset, Recorder } from '../../src/core';
import { PURPOSE_KINDS } from '../../src/core/purpose';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A real trace: a retail SMS sign-in, one wrong code, the right code. */
function goodTrace(): Json {
  const r = new Recorder(
    {
      purpose: { kind: 'sign-in', device: 'Firefox on Linux' },
      channel: 'sms',
      policy: preset('nist'),
    },
    7,
  );
  r.send({ type: 'SUBMIT', code: '000000' });
  r.send({ type: 'SUBMIT', code: r.actor.getSnapshot().context.codes[0]!.code });
  return JSON.parse(JSON.stringify(r.trace())) as Json;
}
const GOOD = goodTrace();

function errorOf(change: (t: Json) => void): string {
  const t = structuredClone(GOOD);
  change(t);
  const r = parseTrace(JSON.stringify(t));
  if (r.ok) throw new Error('the trace was accepted');
  return r.error;
}

function accepts(change: (t: Json) => void): boolean {
  const t = structuredClone(GOOD);
  change(t);
  return parseTrace(JSON.stringify(t)).ok;
}

const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');

describe('a field that is not there names the part it is not in', () => {
  it.each(PURPOSE_KINDS)('a %s purpose', (kind) => {
    const error = errorOf((t) => (t.input.purpose = { kind, colour: 'red' }));
    expect(error).toContain(
      `input.purpose.colour: is not a field of ${article(kind)} ${kind} purpose.`,
    );
  });

  it.each(['SUBMIT', 'RESEND', 'CANCEL', 'WAIT'])('a %s event', (type) => {
    const error = errorOf((t) => (t.events = [{ at: 0, type, extra: 1 }]));
    expect(error).toContain(`events[0].extra: is not a field of a ${type} event.`);
  });

  const parts: [name: string, change: (t: Json) => void, path: string][] = [
    [
      'a throttle',
      (t: Json) => (t.input.policy.throttle.colour = 'red'),
      'input.policy.throttle.colour',
    ],
    [
      'an enrolment',
      (t: Json) =>
        (t.input.enrolment = {
          secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
          digits: 6,
          period: 30,
          algorithm: 'SHA-1',
          issuer: 'Larkspur',
          account: 'sam@mail.example',
          colour: 'red',
        }),
      'input.enrolment.colour',
    ],
    [
      'the destinations',
      (t: Json) =>
        (t.input.to = { sms: '+44 7700 900123', email: 'a@mail.example', colour: 'red' }),
      'input.to.colour',
    ],
    [
      'a brand',
      (t: Json) =>
        (t.input.brand = {
          name: 'Larkspur',
          shortCode: '60123',
          email: 'codes@larkspur.example',
          domain: 'larkspur.example',
          officialPhone: '0800 000 000',
          colour: 'red',
        }),
      'input.brand.colour',
    ],
    [
      'a delivery plan',
      (t: Json) => (t.input.deliveries = [{ latencyMs: 10, colour: 'red' }]),
      'input.deliveries[0].colour',
    ],
    ['an audit log entry', (t: Json) => (t.final.log[0].colour = 'red'), 'final.log[0].colour'],
  ];
  it.each(parts)('%s', (name, change, path) => {
    expect(errorOf(change)).toContain(`${path}: is not a field of ${name}.`);
  });
});

describe('values the engine would not take', () => {
  it('a locale the sandbox has no words for', () => {
    expect(errorOf((t) => (t.input.locale = 'xx'))).toContain('input.locale: must be one of en');
    expect(errorOf((t) => (t.input.locale = 7))).toContain('input.locale: must be one of en');
    expect(accepts((t) => (t.input.locale = 'en'))).toBe(true);
  });

  it('an outcome or a reason the engine never logs', () => {
    expect(errorOf((t) => (t.final.log[0].outcome = 'maybe'))).toContain(
      'final.log[0].outcome: must be an outcome the engine logs',
    );
    expect(errorOf((t) => (t.final.log[0].reason = 'because'))).toContain(
      'final.log[0].reason: must be a reason the engine logs',
    );
    expect(errorOf((t) => (t.final.log[0].reason = 7))).toContain(
      'final.log[0].reason: must be a reason the engine logs',
    );
  });

  it('a code reference that is not # and six hex digits, whole', () => {
    for (const ref of ['x#00ff00', '#00ff00x', '#00ff0'])
      expect(
        errorOf((t) => (t.final.log[0].codeRef = ref)),
        ref,
      ).toContain('final.log[0].codeRef');
  });

  it('a card ending of four digits, and nothing else', () => {
    expect(accepts((t) => (t.input.purpose = { kind: 'payment-change', cardLast4: '1234' }))).toBe(
      true,
    );
    for (const cardLast4 of ['12a4', '123', '12345'])
      expect(
        errorOf((t) => (t.input.purpose = { kind: 'payment-change', cardLast4 })),
        cardLast4,
      ).toContain('input.purpose.cardLast4');
  });

  it('a policy name of 40 characters is taken, of 41 is not', () => {
    expect(accepts((t) => (t.input.policy.id = 'p'.repeat(40)))).toBe(true);
    expect(errorOf((t) => (t.input.policy.id = 'p'.repeat(41)))).toContain(
      'input.policy.id: must be a name of 1 to 40 characters',
    );
    expect(errorOf((t) => (t.input.policy.id = 41))).toContain(
      'input.policy.id: must be a name of 1 to 40 characters',
    );
  });

  it('an app secret of 16 to 64 bytes', () => {
    const enrolWith = (secret: string) => (t: Json) => {
      t.input.channel = 'authenticator';
      t.input.enrolment = {
        secret,
        digits: 6,
        period: 30,
        algorithm: 'SHA-1',
        issuer: 'Larkspur',
        account: 'sam@mail.example',
      };
    };
    // n base32 characters hold floor(5n / 8) bytes: 24 → 15, 26 → 16, 103 → 64, 104 → 65.
    expect(errorOf(enrolWith('A'.repeat(24)))).toContain('input.enrolment.secret');
    expect(accepts(enrolWith('A'.repeat(26)))).toBe(true);
    expect(accepts(enrolWith('A'.repeat(103)))).toBe(true);
    expect(errorOf(enrolWith('A'.repeat(104)))).toContain('input.enrolment.secret');
  });
});
