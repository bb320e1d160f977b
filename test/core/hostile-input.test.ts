/**
 * Hostile input to every parser of untrusted text: trace files, saves,
 * share links and the workbench's event console. Each row ends in a clear
 * message naming the problem (by its path, in the words of the schema's
 * spec: doc/api.md and src/core/schema/), and nothing is lost or changed:
 * a save keeps its good entries; a trace, a link or an event is refused
 * whole, nothing runs and nothing is sent; Object.prototype stays clean.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CHALLENGE_STATES, preset, Recorder, type Trace } from '../../src/core';
import { PURPOSE_KINDS } from '../../src/core/purpose';
import { parseSave } from '../../src/core/progress';
import { DEFAULT_REGION } from '../../src/core/region';
import { RUN_OUTCOMES } from '../../src/core/scenario/outcome';
import { parseCommand, type CommandType } from '../../src/core/schema/command';
import { parseTrace } from '../../src/core/schema/trace';
import { parseShare, type ShareError } from '../../src/core/share';

const MB10 = 10 * 1024 * 1024;
const deepArrays = (n: number) => '['.repeat(n) + ']'.repeat(n);
const deepObjects = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n);
/** How a message shows a long text: its first 40 characters and an ellipsis. */
const cut = (text: string) => `"${text.slice(0, 40)}…"`;

afterEach(() => {
  // Nothing any row did may reach Object.prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

// ---------------------------------------------------------------- traces

/** A real trace: a retail SMS sign-in, one wrong code, a wait, the right code. */
function goodTrace(): Trace {
  const r = new Recorder(
    {
      purpose: { kind: 'sign-in', device: 'Firefox on Linux' },
      channel: 'sms',
      policy: preset('retail'),
    },
    7,
  );
  r.send({ type: 'SUBMIT', code: '000000' });
  r.advance(40_000);
  r.send({ type: 'SUBMIT', code: r.actor.getSnapshot().context.codes[0]!.code });
  return r.trace();
}
const GOOD = JSON.stringify(goodTrace());

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
/** The good trace with one change. */
function trace(change: (t: Json) => void): string {
  const t = JSON.parse(GOOD) as Json;
  change(t);
  return JSON.stringify(t);
}
const ENROLMENT = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  digits: 6,
  period: 30,
  algorithm: 'SHA-1',
  issuer: 'Larkspur',
  account: 'sam.rivera@mail.example',
};
/** The good trace on the authenticator channel, its enrolment changed. */
const enrolled = (change: Partial<Record<keyof typeof ENROLMENT, unknown>>) =>
  trace((t) => {
    t.input.channel = 'authenticator';
    t.input.enrolment = { ...ENROLMENT, ...change };
  });
const checkout = (change: Json) =>
  trace((t) => {
    t.input.purpose = {
      kind: 'checkout',
      amount: { minor: 4999, currency: 'GBP' },
      orderId: 'LS-1042',
      ...change,
    };
  });
const events = (list: unknown[]) =>
  trace((t) => {
    t.events = list;
  });
const MAX_MS = 31_622_400_000;
const WEEK_MS = 604_800_000;

const TRACES: [label: string, text: () => string, message: string | RegExp][] = [
  // Not JSON, not an object, not a trace.
  ['broken JSON', () => '{"format":', /^This is not JSON: ./],
  ['an empty file', () => '', /^This is not JSON: ./],
  ['a trailing comma', () => GOOD.replace(/}$/, ',}'), /^This is not JSON: ./],
  ['null', () => 'null', 'A trace is a JSON object, not null.'],
  ['a string', () => '"trace"', 'A trace is a JSON object, not "trace".'],
  ['a list', () => '[1,2]', 'A trace is a JSON object, not a list of 2.'],
  ['a number', () => '42', 'A trace is a JSON object, not 42.'],
  [
    'another format',
    () => trace((t) => (t.format = 'har')),
    'This is not an OTP Sandbox trace (format "har").',
  ],
  [
    'no format',
    () => trace((t) => delete t.format),
    'This is not an OTP Sandbox trace (it has no format).',
  ],
  [
    'version 2',
    () => trace((t) => (t.version = 2)),
    'Trace version 2 is unknown; this sandbox reads version 1.',
  ],
  [
    'the version as text',
    () => trace((t) => (t.version = '1')),
    'Trace version "1" is unknown; this sandbox reads version 1.',
  ],
  // Sizes and nesting: refused before JSON.parse, in bytes.
  [
    'a 10 MB device name',
    () => trace((t) => (t.input.purpose.device = 'x'.repeat(MB10))),
    /^This is 10\d{6} bytes; a trace may be at most 1000000 bytes\.$/,
  ],
  [
    '600,000 two-byte characters (under a million characters, over a million bytes)',
    () => trace((t) => (t.input.purpose.device = 'é'.repeat(600_000))),
    /^This is 12\d{5} bytes; a trace may be at most 1000000 bytes\.$/,
  ],
  [
    '100,000 nested lists',
    () => deepArrays(100_000),
    'This nests lists or objects more than 16 levels deep; a trace never does.',
  ],
  [
    '100,000 nested objects',
    () => deepObjects(100_000),
    'This nests lists or objects more than 16 levels deep; a trace never does.',
  ],
  [
    'nesting inside a field',
    () => trace((t) => (t.input.id = 'x')).replace('"id":"x"', `"id":${deepArrays(40)}`),
    'This nests lists or objects more than 16 levels deep; a trace never does.',
  ],
  // Dangerous and unknown keys.
  [
    'a __proto__ key at the top',
    () => GOOD.replace(/^{/, '{"__proto__":{"polluted":true},'),
    '__proto__: is not a field of a trace.',
  ],
  [
    'a constructor key in the input',
    () => trace((t) => (t.input.constructor = { prototype: { polluted: true } })),
    'input.constructor: is not a field of the challenge input.',
  ],
  [
    'a prototype key in the policy',
    () => trace((t) => (t.input.policy.prototype = { polluted: true })),
    'input.policy.prototype: is not a field of a policy.',
  ],
  [
    'a __proto__ key in an event',
    () =>
      events([{ at: 0, type: 'CANCEL' }]).replace(
        '{"at":0,',
        '{"__proto__":{"polluted":true},"at":0,',
      ),
    'events[0].__proto__: is not a field of a CANCEL event.',
  ],
  [
    'a field no purpose has',
    () => trace((t) => (t.input.purpose.colour = 'red')),
    'input.purpose.colour: is not a field of a sign-in purpose.',
  ],
  // The seed.
  [
    'seed 0',
    () => trace((t) => (t.seed = 0)),
    'seed: must be a whole number from 1 to 2147483647 (it is 0).',
  ],
  [
    'a huge seed',
    () => trace((t) => (t.seed = 1e21)),
    'seed: must be a whole number from 1 to 2147483647 (it is 1e+21).',
  ],
  [
    'the seed as text',
    () => trace((t) => (t.seed = '42')),
    'seed: must be a whole number from 1 to 2147483647 (it is "42").',
  ],
  [
    'a fractional seed',
    () => trace((t) => (t.seed = 1.5)),
    'seed: must be a whole number from 1 to 2147483647 (it is 1.5).',
  ],
  [
    'a scenario that is a number',
    () => trace((t) => (t.scenario = 42)),
    'scenario: must be a text of 1 to 100 characters (it is 42).',
  ],
  // The input: policy.
  ['no input', () => trace((t) => delete t.input), 'input: is missing.'],
  [
    '99 policy digits',
    () => trace((t) => (t.input.policy.digits = 99)),
    'input.policy.digits: must be a whole number from 1 to 10 (it is 99).',
  ],
  [
    'an infinite lifetime (1e400)',
    () => trace(() => {}).replace('"lifetimeMs":300000', '"lifetimeMs":1e400'),
    `input.policy.lifetimeMs: must be a whole number of ms from 1000 to ${WEEK_MS} (it is Infinity).`,
  ],
  [
    'a failure limit without a lockout',
    () => trace((t) => (t.input.policy.lockoutMs = 0)),
    'input.policy.lockoutMs: must be more than 0 when there is a failure limit (it is 0).',
  ],
  [
    'a throttle whose cap is below its first wait',
    () =>
      trace(
        (t) => (t.input.policy.throttle = { freeFailures: 3, firstWaitMs: 30_000, maxWaitMs: 10 }),
      ),
    'input.policy.throttle.maxWaitMs: must not be shorter than firstWaitMs (it is 10).',
  ],
  [
    'a boolean as text',
    () => trace((t) => (t.input.policy.resendSupersedes = 'true')),
    'input.policy.resendSupersedes: must be true or false (it is "true").',
  ],
  // The input: purpose, channel, destinations.
  [
    'an unknown purpose',
    () => trace((t) => (t.input.purpose = { kind: 'lottery' })),
    `input.purpose.kind: must be one of ${PURPOSE_KINDS.join(', ')} (it is "lottery").`,
  ],
  [
    'a purpose without a kind',
    () => trace((t) => (t.input.purpose = { device: 'x' })),
    'input.purpose.kind: is missing.',
  ],
  [
    'a purpose that is a list',
    () => trace((t) => (t.input.purpose = ['sign-in'])),
    'input.purpose: must be a purpose, an object (it is a list of 1).',
  ],
  [
    'amount: "lots"',
    () => checkout({ amount: 'lots' }),
    'input.purpose.amount: must be an amount, an object (it is "lots").',
  ],
  [
    'a negative amount',
    () => checkout({ amount: { minor: -5, currency: 'GBP' } }),
    'input.purpose.amount.minor: must be a whole number of minor units from 0 to 10000000000 (it is -5).',
  ],
  [
    'an amount in BTC',
    () => checkout({ amount: { minor: 5, currency: 'BTC' } }),
    'input.purpose.amount.currency: must be one of GBP, EUR, USD (it is "BTC").',
  ],
  [
    'five card digits',
    () => trace((t) => (t.input.purpose = { kind: 'payment-change', cardLast4: '12345' })),
    'input.purpose.cardLast4: must be the last 4 digits of a card (it is "12345").',
  ],
  [
    'a fax channel',
    () => trace((t) => (t.input.channel = 'fax')),
    'input.channel: must be one of sms, email, authenticator (it is "fax").',
  ],
  [
    'email sign-in under NIST',
    () => trace((t) => ((t.input.channel = 'email'), (t.input.policy = preset('nist')))),
    'input.channel: is not allowed by this policy for this purpose (emailForAuthentication is false) (it is "email").',
  ],
  [
    'an unknown locale',
    () => trace((t) => (t.input.locale = 'xx')),
    'input.locale: must be one of en (it is "xx").',
  ],
  [
    'a brand with an empty name',
    () =>
      trace(
        (t) =>
          (t.input.brand = {
            name: '',
            shortCode: '1',
            email: 'a',
            domain: 'b',
            officialPhone: 'c',
          }),
      ),
    'input.brand.name: must be a text of 1 to 200 characters (it is "").',
  ],
  // The input: deliveries.
  [
    'latencyMs: "soon"',
    () => trace((t) => (t.input.deliveries = [{}, {}, { fate: 'inbox', latencyMs: 'soon' }])),
    `input.deliveries[2].latencyMs: must be a whole number of ms from 0 to ${WEEK_MS} (it is "soon").`,
  ],
  [
    'a negative latency',
    () => trace((t) => (t.input.deliveries = [{ latencyMs: -1 }])),
    `input.deliveries[0].latencyMs: must be a whole number of ms from 0 to ${WEEK_MS} (it is -1).`,
  ],
  [
    'a latency of 1e308',
    () => trace((t) => (t.input.deliveries = [{ latencyMs: 1e308 }])),
    `input.deliveries[0].latencyMs: must be a whole number of ms from 0 to ${WEEK_MS} (it is 1e+308).`,
  ],
  [
    'an unknown fate',
    () => trace((t) => (t.input.deliveries = [{ fate: 'eaten' }])),
    'input.deliveries[0].fate: must be one of inbox, spam, lost (it is "eaten").',
  ],
  [
    'deliveries as an object',
    () => trace((t) => (t.input.deliveries = {})),
    'input.deliveries: must be a list of delivery plans (it is an object).',
  ],
  // The input: the authenticator.
  [
    'digits: 99',
    () => enrolled({ digits: 99 }),
    'input.enrolment.digits: must be a whole number from 6 to 10 (it is 99).',
  ],
  [
    'a secret that is not base32',
    () => enrolled({ secret: 'not base32!' }),
    'input.enrolment.secret: must be a base32 secret (A–Z, 2–7) of 16 to 64 bytes (it is "not base32!").',
  ],
  [
    'a 5-byte secret',
    () => enrolled({ secret: 'JBSWY3DP' }),
    'input.enrolment.secret: must be a base32 secret (A–Z, 2–7) of 16 to 64 bytes (it is "JBSWY3DP").',
  ],
  [
    'an MD5 authenticator',
    () => enrolled({ algorithm: 'MD5' }),
    'input.enrolment.algorithm: must be one of SHA-1, SHA-256, SHA-512 (it is "MD5").',
  ],
  [
    'a period of 0',
    () => enrolled({ period: 0 }),
    'input.enrolment.period: must be a whole number of seconds from 1 to 3600 (it is 0).',
  ],
  [
    'the authenticator with no enrolment',
    () => trace((t) => (t.input.channel = 'authenticator')),
    'input.enrolment: is missing: the authenticator channel needs one.',
  ],
  [
    'a negative last used step',
    () => trace((t) => (t.input.lastUsedStep = -1)),
    'input.lastUsedStep: must be a whole number of time steps from 0 to 9007199254740991 (it is -1).',
  ],
  // Events.
  [
    'time going back',
    () =>
      events([
        { at: 5000, type: 'CANCEL' },
        { at: 1000, type: 'CANCEL' },
      ]),
    'events[1].at: must not be earlier than the event before it (at 5000 ms) (it is 1000).',
  ],
  [
    'a negative time',
    () => events([{ at: -1, type: 'WAIT' }]),
    `events[0].at: must be a whole number of ms from 0 to ${MAX_MS} (it is -1).`,
  ],
  [
    'a time of "NaN"',
    () => events([{ at: 'NaN', type: 'WAIT' }]),
    `events[0].at: must be a whole number of ms from 0 to ${MAX_MS} (it is "NaN").`,
  ],
  ['no time', () => events([{ type: 'CANCEL' }]), 'events[0].at: is missing.'],
  [
    'a time past a year',
    () => events([{ at: MAX_MS + 1, type: 'WAIT' }]),
    `events[0].at: must be a whole number of ms from 0 to ${MAX_MS} (it is ${MAX_MS + 1}).`,
  ],
  [
    'an internal event',
    () => events([{ at: 0, type: 'otp.deliver', n: 0 }]),
    'events[0].type: must be one of SUBMIT, RESEND, CANCEL, WAIT (it is "otp.deliver").',
  ],
  [
    'a SUBMIT without a code',
    () => events([{ at: 0, type: 'SUBMIT' }]),
    'events[0].code: is missing.',
  ],
  [
    'a code that is a number',
    () => events([{ at: 0, type: 'SUBMIT', code: 123456 }]),
    'events[0].code: must be a text of 0 to 1000 characters (it is 123456).',
  ],
  [
    'a code of 1,001 characters',
    () => events([{ at: 0, type: 'SUBMIT', code: 'x'.repeat(1001) }]),
    `events[0].code: must be a text of 0 to 1000 characters (it is ${cut('x'.repeat(1001))}).`,
  ],
  [
    'a RESEND by fax',
    () => events([{ at: 0, type: 'RESEND', channel: 'fax' }]),
    'events[0].channel: must be one of sms, email (it is "fax").',
  ],
  [
    'an event that is a string',
    () => events(['CANCEL']),
    'events[0]: must be an event, an object (it is "CANCEL").',
  ],
  [
    '10,001 events',
    () => events(Array.from({ length: 10_001 }, () => ({ at: 0, type: 'WAIT' }))),
    'events: must hold at most 10000 events (it is a list of 10001).',
  ],
  // Where the run ended.
  [
    'no final',
    () => trace((t) => (t.final = null)),
    'final: must be where the run ended, an object (it is null).',
  ],
  [
    'a final time before the last event',
    () => trace((t) => ((t.events = [{ at: 9000, type: 'WAIT' }]), (t.final.at = 100))),
    'final.at: must not be earlier than the last event (at 9000 ms) (it is 100).',
  ],
  [
    'an unknown final state',
    () => trace((t) => (t.final.state = 'won')),
    `final.state: must be one of ${CHALLENGE_STATES.join(', ')} (it is "won").`,
  ],
  [
    'an outcome the engine never logs',
    () => trace((t) => (t.final.log[0].outcome = 'pwned')),
    'final.log[0].outcome: must be an outcome the engine logs (it is "pwned").',
  ],
  [
    'markup as a code reference',
    () => trace((t) => (t.final.log[0].codeRef = '<script>')),
    'final.log[0].codeRef: must be a code reference such as "#a31ced" (it is "<script>").',
  ],
  [
    'a plaintext code in the log data',
    () => trace((t) => (t.final.log[1].data.code = '123456')),
    'final.log[1].data.code: is not a field of the entry’s data.',
  ],
];

describe('hostile trace files', () => {
  it('the changes are made to a trace that is itself valid', () => {
    for (const text of [GOOD, enrolled({}), checkout({})])
      expect(parseTrace(text)).toMatchObject({ ok: true });
  });

  it.each(TRACES)('%s', (_label, text, message) => {
    const input = text();
    const r = parseTrace(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    if (typeof message === 'string') expect(r.error).toBe(message);
    else expect(r.error).toMatch(message);
    // The refusal never echoes a huge input back.
    expect(r.error.length).toBeLessThan(400);
  });
});

// ---------------------------------------------------------------- saves

const GOOD_ENTRY = { plays: 3, best: 90, last: 'foiled' };
const KEPT = { 'scam-call': GOOD_ENTRY, refund: { plays: 1, best: 100, last: 'taken-over' } };
/** A save with the good entries and one more, written as JSON text. */
const saveWith = (id: string, entry: unknown) =>
  JSON.stringify({ version: 1, settings: { policy: 'nist' }, progress: { ...KEPT, [id]: entry } });
const ND = 'progress["new-device"]';

type SaveRow =
  | [label: string, text: () => string, dropped: string | null]
  | [
      label: string,
      text: () => string,
      problem: 'corrupt' | 'unknown-version' | 'invalid',
      error: string | RegExp,
    ];

const SAVES: SaveRow[] = [
  // One bad entry: dropped and named; the good ones kept.
  [
    'plays: "NaN"',
    () => saveWith('new-device', { ...GOOD_ENTRY, plays: 'NaN' }),
    `${ND}.plays: must be a whole number from 0 to 1000000000 (it is "NaN").`,
  ],
  [
    'plays: 1e308',
    () => saveWith('new-device', { ...GOOD_ENTRY, plays: 1e308 }),
    `${ND}.plays: must be a whole number from 0 to 1000000000 (it is 1e+308).`,
  ],
  [
    'plays: -1',
    () => saveWith('new-device', { ...GOOD_ENTRY, plays: -1 }),
    `${ND}.plays: must be a whole number from 0 to 1000000000 (it is -1).`,
  ],
  [
    'plays: 1.5',
    () => saveWith('new-device', { ...GOOD_ENTRY, plays: 1.5 }),
    `${ND}.plays: must be a whole number from 0 to 1000000000 (it is 1.5).`,
  ],
  ['no plays', () => saveWith('new-device', { best: 5, last: 'safe' }), `${ND}.plays: is missing.`],
  [
    'best: "NaN"',
    () => saveWith('new-device', { ...GOOD_ENTRY, best: 'NaN' }),
    `${ND}.best: must be a score from 0 to 100 (it is "NaN").`,
  ],
  [
    'best: -1',
    () => saveWith('new-device', { ...GOOD_ENTRY, best: -1 }),
    `${ND}.best: must be a score from 0 to 100 (it is -1).`,
  ],
  [
    'best: 101',
    () => saveWith('new-device', { ...GOOD_ENTRY, best: 101 }),
    `${ND}.best: must be a score from 0 to 100 (it is 101).`,
  ],
  [
    'last: "won"',
    () => saveWith('new-device', { ...GOOD_ENTRY, last: 'won' }),
    `${ND}.last: must be one of ${RUN_OUTCOMES.join(', ')} (it is "won").`,
  ],
  [
    'last: null',
    () => saveWith('new-device', { ...GOOD_ENTRY, last: null }),
    `${ND}.last: must be one of ${RUN_OUTCOMES.join(', ')} (it is null).`,
  ],
  [
    'an entry that is a list',
    () => saveWith('new-device', []),
    `${ND}: must be a scenario’s progress, an object (it is a list of 0).`,
  ],
  [
    'an entry that is a 10 kB string',
    () => saveWith('new-device', 'x'.repeat(10_000)),
    `${ND}: must be a scenario’s progress, an object (it is ${cut('x'.repeat(10_000))}).`,
  ],
  [
    'a bad entry called constructor',
    () => saveWith('constructor', 7),
    'progress.constructor: must be a scenario’s progress, an object (it is 7).',
  ],
  [
    'an id of 101 characters',
    () => saveWith('x'.repeat(101), GOOD_ENTRY),
    `progress[${cut('x'.repeat(101))}]: a scenario id has 1 to 100 characters.`,
  ],
  [
    'an empty id',
    () => saveWith('', GOOD_ENTRY),
    'progress[""]: a scenario id has 1 to 100 characters.',
  ],
  // Odd but harmless: kept as data, never as code.
  ['a good entry called __proto__', () => saveWith('__proto__', GOOD_ENTRY), null],
  [
    'an entry with its own __proto__ key',
    () =>
      saveWith('new-device', GOOD_ENTRY).replace(
        '"new-device":{',
        '"new-device":{"__proto__":{"polluted":true},',
      ),
    null,
  ],
  [
    'a __proto__ key at the top',
    () => saveWith('new-device', GOOD_ENTRY).replace(/^{/, '{"__proto__":{"polluted":true},'),
    null,
  ],
  // The whole save cannot be read: reset (the UI keeps a copy of the text first).
  ['broken JSON', () => '{"version":1,', 'corrupt', /^This is not JSON: ./],
  [
    'a 10 MB save',
    () => saveWith('new-device', 'x'.repeat(MB10)),
    'corrupt',
    /^This is 10\d{6} bytes; a save may be at most 500000 bytes\.$/,
  ],
  [
    '300,000 nested lists (over the size first)',
    () => deepArrays(300_000),
    'corrupt',
    'This is 600000 bytes; a save may be at most 500000 bytes.',
  ],
  [
    '1,000 nested lists',
    () => deepArrays(1000),
    'corrupt',
    'This nests lists or objects more than 8 levels deep; a save never does.',
  ],
  [
    'nesting inside an entry',
    () => saveWith('new-device', JSON.parse(deepArrays(9))),
    'corrupt',
    'This nests lists or objects more than 8 levels deep; a save never does.',
  ],
  [
    'the version as text',
    () => saveWith('x', GOOD_ENTRY).replace('"version":1', '"version":"1"'),
    'unknown-version',
    'version: must be 1 or 2, a save version this sandbox reads (it is "1").',
  ],
  [
    'progress: null',
    () => JSON.stringify({ version: 1, settings: { policy: 'nist' }, progress: null }),
    'invalid',
    'progress: must be an object of scenario progress (it is null).',
  ],
];

describe('hostile saves', () => {
  it.each<SaveRow>(SAVES)('%s', (...row: SaveRow) => {
    const r = parseSave(row[1]());
    if (row.length === 4) {
      const [, , problem, error] = row;
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.problem).toBe(problem);
      if (typeof error === 'string') expect(r.error).toBe(error);
      else expect(r.error).toMatch(error);
      expect(r.error.length).toBeLessThan(400);
      return;
    }
    const [, , dropped] = row;
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    // Every good entry is kept, as it was; so is the setting (a save from before the region
    // setting reads as the default region: doc/api.md, "Saves").
    expect(r.saved.settings).toEqual({ policy: 'nist', region: DEFAULT_REGION });
    for (const [id, entry] of Object.entries(KEPT)) expect(r.saved.progress[id]).toEqual(entry);
    if (dropped === null) expect(r.dropped).toEqual([]);
    else {
      expect(r.dropped).toHaveLength(1);
      expect(r.dropped[0]).toMatchObject({ kind: 'progress', problem: dropped });
    }
  });

  it('bad settings are dropped alone, and said', () => {
    const text = JSON.stringify({ version: 1, settings: { policy: '__proto__' }, progress: KEPT });
    const r = parseSave(text);
    expect(r).toMatchObject({
      ok: true,
      saved: { settings: { policy: 'retail' }, progress: KEPT },
      dropped: [
        {
          kind: 'settings',
          problem:
            'settings.policy: must be one of retail, nist, strict, weak (it is "__proto__").',
        },
      ],
    });
  });
});

// ---------------------------------------------------------------- share links

const SHARES: [label: string, hash: () => string, error: ShareError, detail: string][] = [
  [
    'a 10 MB link',
    () => '#/present/scam-call?seed=' + '1'.repeat(MB10),
    'too-long',
    String(MB10 + 25),
  ],
  [
    '1,500 two-byte characters (under 2,000 characters, over 2,000 bytes)',
    () => '#/present/' + 'é'.repeat(1500),
    'too-long',
    String(10 + 3000),
  ],
  [
    'a __proto__ parameter',
    () => '#/present/scam-call?__proto__=1',
    'unknown-parameter',
    '__proto__',
  ],
  [
    'a constructor parameter',
    () => '#/attack/scam-call?constructor=1',
    'unknown-parameter',
    'constructor',
  ],
  ['a prototype parameter', () => '#/play/scam-call?prototype=x', 'unknown-parameter', 'prototype'],
  ['a scenario called __proto__', () => '#/present/__proto__', 'unknown-scenario', '__proto__'],
  ['a mode called constructor', () => '#/constructor/scam-call', 'unknown-mode', 'constructor'],
  [
    'a policy called __proto__',
    () => '#/present/scam-call?policy=__proto__',
    'unknown-policy',
    '__proto__',
  ],
  ['seed=NaN', () => '#/present/scam-call?seed=NaN', 'seed-not-integer', 'NaN'],
  ['seed=Infinity', () => '#/both/scam-call?seed=Infinity', 'seed-not-integer', 'Infinity'],
  ['seed=0x10', () => '#/attack/scam-call?seed=0x10', 'seed-not-integer', '0x10'],
  ['a negative seed', () => '#/present/scam-call?seed=-5', 'seed-out-of-range', '-5'],
  [
    'a 15-digit seed',
    () => '#/present/scam-call?seed=999999999999999',
    'seed-out-of-range',
    '999999999999999',
  ],
  ['a beat past any demo', () => '#/present/scam-call?beat=10001', 'beat-out-of-range', '10001'],
  ['beat=1e3', () => '#/present/scam-call?beat=1e3', 'beat-not-integer', '1e3'],
  ['a broken % escape', () => '#/present/scam-call?seed=%E0%A4', 'malformed', 'seed=%E0%A4'],
  ['an empty ending', () => '#/present/scam-call?ending=', 'unknown-ending', ''],
  [
    'a long unknown value, cut short in the notice',
    () => `#/present/scam-call?policy=${'p'.repeat(500)}`,
    'unknown-policy',
    `${'p'.repeat(80)}…`,
  ],
];

describe('hostile share links', () => {
  it.each(SHARES)('%s', (_label, hash, error, detail) => {
    expect(parseShare(hash())).toEqual({ ok: false, error, detail });
  });
});

// ---------------------------------------------------------------- workbench events

const UNKNOWN_TYPE =
  'is an unknown event type: you can send SUBMIT, RESEND or CANCEL; internal events (otp.*, xstate.*) come from the clock';

const COMMANDS: [label: string, text: () => string, box: CommandType, message: string | RegExp][] =
  [
    ['broken JSON', () => '{"type":"SUBMIT",', 'SUBMIT', /^This is not JSON: ./],
    ['nothing', () => '', 'SUBMIT', /^This is not JSON: ./],
    ['NaN', () => 'NaN', 'SUBMIT', /^This is not JSON: ./],
    [
      'null',
      () => 'null',
      'SUBMIT',
      'event: must be an event, a JSON object with a "type" (it is null).',
    ],
    [
      'a list',
      () => '[{"type":"CANCEL"}]',
      'CANCEL',
      'event: must be an event, a JSON object with a "type" (it is a list of 1).',
    ],
    ['no type', () => '{}', 'CANCEL', 'type: is missing.'],
    [
      'an internal event',
      () => '{"type":"otp.deliver","n":0}',
      'SUBMIT',
      `type: ${UNKNOWN_TYPE} (it is "otp.deliver").`,
    ],
    ['a type that is a number', () => '{"type":5}', 'SUBMIT', `type: ${UNKNOWN_TYPE} (it is 5).`],
    ['a SUBMIT without a code', () => '{"type":"SUBMIT"}', 'SUBMIT', 'code: is missing.'],
    [
      'a code that is a number',
      () => '{"type":"SUBMIT","code":123456}',
      'SUBMIT',
      'code: must be a text of 0 to 1000 characters (it is 123456).',
    ],
    [
      'a code of 1,001 characters',
      () => JSON.stringify({ type: 'SUBMIT', code: '9'.repeat(1001) }),
      'SUBMIT',
      `code: must be a text of 0 to 1000 characters (it is ${cut('9'.repeat(1001))}).`,
    ],
    [
      'an extra field',
      () => '{"type":"SUBMIT","code":"1","extra":1}',
      'SUBMIT',
      'extra: is not a field of a SUBMIT event.',
    ],
    [
      'a __proto__ key',
      () => '{"type":"SUBMIT","code":"1","__proto__":{"polluted":true}}',
      'SUBMIT',
      '__proto__: is not a field of a SUBMIT event.',
    ],
    [
      'a constructor key',
      () => '{"type":"CANCEL","constructor":{"prototype":{"polluted":true}}}',
      'CANCEL',
      'constructor: is not a field of a CANCEL event.',
    ],
    [
      'a RESEND by fax',
      () => '{"type":"RESEND","channel":"fax"}',
      'RESEND',
      'channel: must be one of sms, email (it is "fax").',
    ],
    [
      'a RESEND in the SUBMIT box',
      () => '{"type":"RESEND"}',
      'SUBMIT',
      'type: must be SUBMIT, the event this box sends (it is "RESEND").',
    ],
    [
      'a 10 MB code',
      () => JSON.stringify({ type: 'SUBMIT', code: '1'.repeat(MB10) }),
      'SUBMIT',
      `This is ${MB10 + 27} bytes; an event may be at most 10000 bytes.`,
    ],
    [
      '100,000 nested lists (over the size first)',
      () => deepArrays(100_000),
      'SUBMIT',
      'This is 200000 bytes; an event may be at most 10000 bytes.',
    ],
    [
      '1,000 nested objects',
      () => deepObjects(1000),
      'SUBMIT',
      'This nests lists or objects more than 4 levels deep; an event never does.',
    ],
  ];

describe('hostile workbench events', () => {
  it.each(COMMANDS)('%s', (_label, text, box, message) => {
    // The console's path: only a checked event is sent to the recorded challenge.
    const r = new Recorder(
      { purpose: { kind: 'sign-in', device: 'x' }, channel: 'sms', policy: preset('retail') },
      1,
    );
    const before = JSON.stringify(r.trace());
    const check = parseCommand(text(), box);
    if (check.ok) r.send(check.command);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    if (typeof message === 'string') expect(check.error).toBe(message);
    else expect(check.error).toMatch(message);
    expect(check.error.length).toBeLessThan(400);
    expect(JSON.stringify(r.trace())).toBe(before);
  });

  it('the samples the console starts with are read as they are', () => {
    expect(parseCommand('{"type":"SUBMIT","code":"000000"}', 'SUBMIT')).toEqual({
      ok: true,
      command: { type: 'SUBMIT', code: '000000' },
    });
    expect(parseCommand('{"type":"RESEND","channel":"email"}')).toEqual({
      ok: true,
      command: { type: 'RESEND', channel: 'email' },
    });
  });
});

it('at least 60 hostile inputs, across all four formats', () => {
  const counts = [TRACES.length, SAVES.length + 1, SHARES.length, COMMANDS.length];
  expect(counts.reduce((a, b) => a + b)).toBeGreaterThanOrEqual(60);
  for (const n of counts) expect(n).toBeGreaterThanOrEqual(15);
});
