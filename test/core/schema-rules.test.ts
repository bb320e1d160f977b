/**
 * Parser rules the hostile-input table did not reach, written against the
 * survivors of the mutation run of src/core/schema (doc/benchmarks.md). The
 * messages' shape is the one doc/api.md gives for every parser: the path,
 * then what is wrong there, naming the part ("is not a field of a refund
 * purpose"), so a person fixing a file by hand knows where to look.
 */
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseTrace, preset, Recorder } from '../../src/core';
import { PURPOSE_KINDS } from '../../src/core/purpose';
import { parseCommand } from '../../src/core/schema/command';
import { issueProblem, objectMessage } from '../../src/core/schema/issues';

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

/**
 * The rules doc/api.md states for every parser ("Checked input"): at most
 * five problems, then how many more; a long value cut to 40 characters; the
 * size in UTF-8 bytes and the nesting counted before JSON.parse, brackets
 * inside strings not counted; another format or version said in one sentence.
 */
describe('what doc/api.md promises of every parser', () => {
  /** Up to seven problems, in the schema's order: seed, scenario, input, events, final, a stray field. */
  const problems = (n: number) => (t: Json) => {
    const changes = [
      () => (t.seed = 'one'),
      () => (t.scenario = 5),
      () => (t.input.channel = 'pigeon'),
      () => (t.events[0].at = -1),
      () => (t.final.at = -1),
      () => (t.final.state = 'asleep'),
      () => (t.x = 1),
    ];
    for (const change of changes.slice(0, n)) change();
  };
  const paths = (error: string) => [...error.matchAll(/(?:^|\. )([\w.[\]]+):/g)].map((m) => m[1]);
  const first5 = ['seed', 'scenario', 'input.channel', 'events[0].at', 'final.at'];

  it('five problems are each said; a sixth and a seventh are counted', () => {
    expect(paths(errorOf(problems(5)))).toEqual(first5);
    expect(errorOf(problems(5))).not.toContain('more problem');
    expect(paths(errorOf(problems(6)))).toEqual(first5);
    expect(errorOf(problems(6))).toMatch(/\. And 1 more problem\.$/);
    expect(errorOf(problems(7))).toMatch(/\. And 2 more problems\.$/);
  });

  it('a key that is not a plain name is quoted in the path', () => {
    expect(errorOf((t) => (t.input['my field'] = 1))).toBe(
      'input["my field"]: is not a field of the challenge input.',
    );
  });

  it('a value is shown whole up to 40 characters, cut after', () => {
    const forty = 'x'.repeat(40);
    expect(errorOf((t) => (t.final.log[0].codeRef = forty))).toContain(`(it is "${forty}").`);
    expect(errorOf((t) => (t.final.log[0].codeRef = `${forty}y`))).toContain(
      `(it is "${forty}…").`,
    );
  });

  it('a trace says its format and version, and one without either is named', () => {
    expect([GOOD.format, GOOD.version]).toEqual(['otp-sandbox-trace', 1]);
    expect(errorOf((t) => delete t.version)).toBe(
      'This trace has no version; this sandbox reads version 1.',
    );
    expect(errorOf((t) => delete t.format)).toBe(
      'This is not an OTP Sandbox trace (it has no format).',
    );
    expect(errorOf((t) => (t.format = 'other'))).toBe(
      'This is not an OTP Sandbox trace (format "other").',
    );
  });

  it('a file of exactly 1,000,000 bytes is read; one byte more is not', () => {
    const text = JSON.stringify(GOOD);
    const padded = (bytes: number) => text + ' '.repeat(bytes - text.length);
    expect(parseTrace(padded(1_000_000)).ok).toBe(true);
    expect(parseTrace(padded(1_000_001))).toEqual({
      ok: false,
      error: 'This is 1000001 bytes; a trace may be at most 1000000 bytes.',
    });
  });

  it('16 levels of nesting reach the schema; 17 are refused before JSON.parse', () => {
    const lists = (n: number) => JSON.parse('['.repeat(n) + ']'.repeat(n)) as unknown;
    // The trace itself is level 1, so its `scenario` field holds 15 more levels, or 16.
    expect(errorOf((t) => (t.scenario = lists(15)))).toMatch(/^scenario: must be a text/);
    expect(errorOf((t) => (t.scenario = lists(16)))).toBe(
      'This nests lists or objects more than 16 levels deep; a trace never does.',
    );
  });

  it('brackets inside a text, after an escaped quote too, are not nesting', () => {
    expect(accepts((t) => (t.scenario = '[{'.repeat(40)))).toBe(true);
    expect(accepts((t) => (t.scenario = `\\"${'['.repeat(40)}`))).toBe(true);
  });

  it('a closed list or object counts no more: many entries side by side are one level', () => {
    expect(
      accepts((t) => {
        const at = t.final.at as number;
        for (let i = 0; i < 40; i++) t.events.push({ at, type: 'WAIT' });
      }),
    ).toBe(true);
  });

  it('at most 10,001 delivery plans: one for each of 10,000 events and the first send', () => {
    expect(accepts((t) => (t.input.deliveries = Array.from({ length: 10_001 }, () => ({}))))).toBe(
      true,
    );
    expect(errorOf((t) => (t.input.deliveries = Array.from({ length: 10_002 }, () => ({}))))).toBe(
      'input.deliveries: must hold at most 10001 delivery plans (it is a list of 10002).',
    );
  });

  it('the audit log is a list', () => {
    expect(errorOf((t) => (t.final.log = {}))).toBe(
      'final.log: must be a list of audit log entries (it is an object).',
    );
  });

  it('a throttle may wait as long at most as at first, never shorter', () => {
    const throttle = (maxWaitMs: number) => (t: Json) =>
      (t.input.policy.throttle = { freeFailures: 3, firstWaitMs: 1_000, maxWaitMs });
    expect(accepts(throttle(1_000))).toBe(true);
    expect(errorOf(throttle(999))).toBe(
      'input.policy.throttle.maxWaitMs: must not be shorter than firstWaitMs (it is 999).',
    );
  });

  it('a name the engine knows, in a list, is still not a name', () => {
    const outcome = GOOD.final.log[0].outcome as string;
    expect(errorOf((t) => (t.input.locale = ['en']))).toContain('input.locale: must be one of en');
    expect(errorOf((t) => (t.final.log[0].outcome = [outcome]))).toContain(
      'final.log[0].outcome: must be an outcome the engine logs',
    );
    const reason = GOOD.final.log.find((e: Json) => e.reason !== null)?.reason as string;
    expect(errorOf((t) => (t.final.log[0].reason = [reason]))).toContain(
      'final.log[0].reason: must be a reason the engine logs',
    );
  });

  it('a workbench event with a field it does not have names its type', () => {
    expect(parseCommand('{"type":"RESEND","code":"1"}')).toEqual({
      ok: false,
      error: 'code: is not a field of a RESEND event.',
    });
  });

  it('an object schema says a field it lacks, a field it has not, and a value not an object', () => {
    const message = objectMessage('the settings');
    const issue = (input: unknown, expected: string) =>
      ({ input, expected }) as Parameters<typeof message>[0];
    expect(message(issue(undefined, '"policy"'))).toBe('is missing');
    expect(message(issue(1, 'never'))).toBe('is not a field of the settings');
    expect(message(issue(5, 'Object'))).toBe('must be the settings, an object');
  });

  it('a problem of the whole value is said at the root', () => {
    const [issue] = v.safeParse(v.string('must be a text'), 5).issues ?? [];
    expect(issueProblem(issue!, 'document')).toEqual({
      path: 'document',
      message: 'must be a text (it is 5).',
    });
  });
});
