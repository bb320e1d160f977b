/**
 * The differential property shared by test/oracle/differential.test.ts and
 * scripts/fuzz.ts: fast-check draws a challenge (preset, channel, purpose,
 * delivery plan, app enrolment) and a sequence of commands; the engine runs
 * them, and the reference model (model.ts) must agree after every one.
 *
 * It runs in two passes. The first drives the engine as a learner would,
 * choosing codes only from the messages that have arrived, and records what
 * came out: audit entries, messages, the state and the counters. A final
 * long wait lets every message arrive. The second replays the same concrete
 * actions on the model, which learns each code's value from its message,
 * and compares step by step. Expected values come from the model and the
 * policy; the machine's context is only ever the "actual" side.
 */
import fc from 'fast-check';
import { waitFor } from 'xstate';
import * as core from '../../src/core';
import type { ChallengeActor } from '../../src/core/challenge';
import type { AuditEntry, ChallengeInput, Delivery, Fate } from '../../src/core/challenge/types';
import type { PresetId } from '../../src/core/policy';
import type { Channel, Purpose, PurposeKind } from '../../src/core/purpose';
import * as model from './model';
import { base32, totp, totpStep, type TotpHash } from './totp';

/** What the differential needs from an engine: the public API, or a scratch copy of it. */
export type Engine = Pick<typeof core, 'startChallenge' | 'SimulatedClock' | 'SeededRandom'>;

const MIN = 60_000;
const HOUR = 60 * MIN;
/** 2026-03-02 09:58:00 UTC, as in the scenarios (the message shows HH:MM of expiry). */
const EPOCH = Date.UTC(2026, 2, 2, 9, 58, 0);
/** Long enough for every message, cooldown and lockout of any preset to be over. */
const DRAIN_MS = 3 * 24 * HOUR;
const TO = { sms: '+44 7700 900999', email: 'oracle@mail.example' };

// ---------------------------------------------------------------- what fast-check draws

export type SubmitKind = 'newest' | 'older' | 'accepted' | 'wrong' | 'malformed' | 'app' | 'replay';
export type Format = 'plain' | 'spaced' | 'dashed' | 'padded';

export type Command =
  | {
      do: 'submit';
      kind: SubmitKind;
      pick: number;
      drift: number;
      format: Format;
      garbage: string;
      quick: boolean;
    }
  | { do: 'resend'; channel: 'same' | 'sms' | 'email'; quick: boolean }
  | { do: 'cancel'; quick: boolean }
  | { do: 'tick'; ms: number }
  /** To the next timer's due time (+ offset); `race` leaves the timers due then unfired. */
  | { do: 'next'; offset: -1 | 0 | 1; race: boolean }
  /** clock.advanceToNext(): one timer alone. */
  | { do: 'step' }
  /**
   * A persistent guesser: `times` wrong codes, sitting out each forced wait
   * or lockout for as long as the last refusal said, and asking for a new
   * code when the old one is dead. Reaches the deep throttle and lockout states.
   */
  | { do: 'guess'; times: number; pick: number };

export interface Scenario {
  preset: PresetId;
  channel: Channel;
  purpose: PurposeKind;
  seed: number;
  /** Where in a TOTP step (and a minute) the challenge starts. */
  startOffsetMs: number;
  plan: { fate?: Fate; latencyMs?: number }[];
  app: { digits: number; hash: TotpHash; secret: number[] };
  /** The enrolment's last accepted step, relative to the step at start; null for none. */
  lastUsed: number | null;
  commands: Command[];
}

const PURPOSES: Record<PurposeKind, Purpose> = {
  'sign-in': { kind: 'sign-in', device: 'Firefox on Linux' },
  'password-reset': { kind: 'password-reset' },
  'phone-change': { kind: 'phone-change', newPhone: '+44 7700 900456' },
  'email-change': { kind: 'email-change', newEmail: 'sam@new.example' },
  'payment-change': { kind: 'payment-change', cardLast4: '4242' },
  checkout: { kind: 'checkout', amount: { minor: 129_900, currency: 'GBP' }, orderId: 'LK-2210' },
  delivery: { kind: 'delivery', orderId: 'LK-7781' },
  'gift-card': { kind: 'gift-card', amount: { minor: 5_000, currency: 'GBP' } },
  refund: { kind: 'refund', amount: { minor: 45_000, currency: 'GBP' }, orderId: 'LK-3301' },
  subscription: {
    kind: 'subscription',
    plan: 'Larkspur Plus',
    amount: { minor: 799, currency: 'GBP' },
  },
  'suspicious-activity': { kind: 'suspicious-activity' },
};
export const PURPOSE_KINDS = Object.keys(PURPOSES) as PurposeKind[];

const LIFETIMES = [2 * MIN, 5 * MIN, 10 * MIN, 60 * MIN];

/** Clock moves of every size, with the policies' own numbers and their neighbours. */
const tickMs = fc.oneof(
  fc.constantFrom(0, 1, 999, 1_000, 3_999, 4_000, 11_999, 12_000, 29_999, 30_000, 30_001),
  fc.constantFrom(...LIFETIMES.flatMap((l) => [l - 1, l, l + 1]), 15 * MIN, 60 * MIN + 1),
  fc.integer({ min: 0, max: 40_000 }),
  fc.integer({ min: 0, max: 20 * MIN }),
  fc.integer({ min: 0, max: 3 * HOUR }),
);

const garbage = fc.oneof(
  fc.constantFrom(
    '',
    '   ',
    'abcdef',
    '12a456',
    '1 2 3',
    '12 34 56',
    '123--456',
    '１２３４５６',
    '٣٤٥٦٧٨',
    '12345',
    '1234567',
    '123456789',
    '0'.repeat(33),
    'x'.repeat(40),
    '+123456',
    '12_3456',
  ),
  fc.string({ maxLength: 12 }),
);

function commandArb(channel: Channel): fc.Arbitrary<Command> {
  const app = channel === 'authenticator';
  const kinds: SubmitKind[] = app
    ? ['app', 'app', 'app', 'replay', 'accepted', 'wrong', 'wrong', 'malformed']
    : ['newest', 'newest', 'newest', 'older', 'accepted', 'wrong', 'wrong', 'malformed'];
  const submit = fc.record({
    do: fc.constant('submit' as const),
    kind: fc.constantFrom(...kinds),
    pick: fc.nat(),
    // Two steps either way: one is tolerated (RFC 6238 §5.2), two is not.
    drift: fc.constantFrom(0, 0, 0, -1, 1, -2, 2),
    format: fc.constantFrom<Format>('plain', 'plain', 'spaced', 'dashed', 'padded'),
    garbage,
    quick: fc.boolean(),
  });
  return fc.oneof(
    { weight: 8, arbitrary: submit },
    {
      weight: 3,
      arbitrary: fc.record({
        do: fc.constant('resend' as const),
        channel: fc.constantFrom(
          'same' as const,
          'same' as const,
          'sms' as const,
          'email' as const,
        ),
        quick: fc.boolean(),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ do: fc.constant('cancel' as const), quick: fc.boolean() }),
    },
    { weight: 5, arbitrary: fc.record({ do: fc.constant('tick' as const), ms: tickMs }) },
    {
      weight: 4,
      arbitrary: fc.record({
        do: fc.constant('next' as const),
        offset: fc.constantFrom(-1 as const, 0 as const, 0 as const, 1 as const),
        race: fc.boolean(),
      }),
    },
    { weight: 2, arbitrary: fc.constant({ do: 'step' as const }) },
    {
      weight: 1,
      arbitrary: fc.record({
        do: fc.constant('guess' as const),
        times: fc.integer({ min: 1, max: 14 }),
        pick: fc.nat(),
      }),
    },
  );
}

const latency = fc.oneof(
  fc.constantFrom(0, 1, 4_000, 12_000, 29_999, 30_000, 30_001),
  fc.constantFrom(...LIFETIMES.flatMap((l) => [l - 1, l, l + 1])),
  fc.integer({ min: 0, max: 70 * MIN }),
);

export interface ScenarioOptions {
  presets?: readonly PresetId[];
  channels?: readonly Channel[];
  maxCommands?: number;
}

export function scenarioArb(options: ScenarioOptions = {}): fc.Arbitrary<Scenario> {
  const presets = options.presets ?? (['retail', 'nist', 'strict', 'weak'] as const);
  const channels = options.channels ?? (['sms', 'email', 'authenticator'] as const);
  return fc
    .record({ preset: fc.constantFrom(...presets), channel: fc.constantFrom(...channels) })
    .chain(({ preset, channel }) =>
      fc.record({
        preset: fc.constant(preset),
        channel: fc.constant(channel),
        // Email runs lean on password reset, the one purpose every preset lets email carry.
        purpose:
          channel === 'email'
            ? fc.oneof(fc.constant('password-reset' as const), fc.constantFrom(...PURPOSE_KINDS))
            : fc.constantFrom(...PURPOSE_KINDS),
        seed: fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        startOffsetMs: fc.oneof(
          fc.constantFrom(0, 1, 29_999, 59_999),
          fc.integer({ min: 0, max: 59_999 }),
        ),
        plan: fc.array(
          fc.record(
            {
              fate: fc.constantFrom<Fate>('inbox', 'inbox', 'spam', 'lost'),
              latencyMs: latency,
            },
            { requiredKeys: [] },
          ),
          { maxLength: 5 },
        ),
        app: fc.record({
          digits: fc.constantFrom(6, 6, 8),
          hash: fc.constantFrom<TotpHash>('SHA-1', 'SHA-1', 'SHA-256', 'SHA-512'),
          secret: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 20, maxLength: 20 }),
        }),
        lastUsed: fc.constantFrom(null, null, -2, -1, 0, 1),
        commands: fc.array(commandArb(channel), {
          minLength: 1,
          maxLength: options.maxCommands ?? 25,
        }),
      }),
    );
}

// ---------------------------------------------------------------- pass 1: the engine, as a learner drives it

/** A concrete action, as sent: what the failure report prints and the model replays. */
export type Action =
  | { do: 'submit'; code: string; quick?: true }
  | { do: 'resend'; channel?: 'sms' | 'email'; quick?: true }
  | { do: 'cancel'; quick?: true }
  | { do: 'advance'; ms: number }
  | { do: 'reach'; ms: number }
  | { do: 'step' };

interface Observed {
  action: Action;
  /** What clock.advanceToNext() answered, for a `step`. */
  stepped?: boolean;
  entries: AuditEntry[];
  deliveries: Delivery[];
  state: string;
  status: string;
  numbers: Numbers;
}

interface Numbers {
  failures: number;
  totalFailures: number;
  resends: number;
  channel: Channel;
  expiresAt: number;
  acceptedAt: number | null;
  lastUsedStep: number | null;
  /** Only while throttled / locked: the end of the wait / lockout. */
  waitUntil?: number | null;
  lockedUntil?: number | null;
}

interface Recording {
  refused: unknown;
  initial: AuditEntry[];
  initialDeliveries: Delivery[];
  steps: Observed[];
  /** Every message the engine emitted, by send number. */
  messages: Map<number, Delivery>;
}

export function challengeInput(s: Scenario): {
  input: ChallengeInput;
  start: number;
  secret: Uint8Array;
} {
  const start = EPOCH + s.startOffsetMs;
  const secret = Uint8Array.from(s.app.secret);
  const input: ChallengeInput = {
    id: 'oracle',
    purpose: PURPOSES[s.purpose],
    channel: s.channel,
    // The engine gets its own copy of the preset; the model reads the policy module's.
    policy: structuredClone(core.PRESETS[s.preset]) as core.Policy,
    to: TO,
    deliveries: s.plan,
  };
  if (s.channel === 'authenticator') {
    input.enrolment = {
      secret: base32(secret),
      digits: s.app.digits,
      period: 30,
      algorithm: s.app.hash,
      issuer: 'Larkspur',
      account: TO.email,
    };
    input.lastUsedStep = s.lastUsed === null ? null : totpStep(start) + s.lastUsed;
  }
  return { input, start, secret };
}

function numbersOf(actor: ChallengeActor): Numbers {
  const snap = actor.getSnapshot();
  const c = snap.context;
  const n: Numbers = {
    failures: c.failures,
    totalFailures: c.totalFailures,
    resends: c.resends,
    channel: c.channel,
    expiresAt: c.expiresAt,
    acceptedAt: c.acceptedAt,
    lastUsedStep: c.lastUsedStep,
  };
  if (snap.value === 'throttled') n.waitUntil = c.waitUntil;
  if (snap.value === 'locked') n.lockedUntil = c.lockedUntil;
  return n;
}

function isPerson(c: Command | undefined): boolean {
  return c?.do === 'submit' || c?.do === 'resend' || c?.do === 'cancel';
}

/** Shows a code the way a learner might type it. */
function formatted(code: string, format: Format): string {
  const mid = Math.ceil(code.length / 2);
  if (format === 'spaced') return `${code.slice(0, mid)} ${code.slice(mid)}`;
  if (format === 'dashed') return `${code.slice(0, mid)}-${code.slice(mid)}`;
  if (format === 'padded') return `  ${code} `;
  return code;
}

async function drive(s: Scenario, engine: Engine): Promise<Recording> {
  const { input, secret } = challengeInput(s);
  const clock = new engine.SimulatedClock(EPOCH + s.startOffsetMs);
  const emitted: Delivery[] = [];
  const messages = new Map<number, Delivery>();
  let actor: ChallengeActor;
  try {
    actor = engine.startChallenge(
      input,
      runtimeFor(engine, clock, new engine.SeededRandom(s.seed)),
    );
  } catch (refused) {
    return { refused, initial: [], initialDeliveries: [], steps: [], messages };
  }
  actor.on('delivery', ({ delivery }) => {
    emitted.push(delivery);
    messages.set(delivery.n, delivery);
  });
  const log = () => actor.getSnapshot().context.log;
  const recording: Recording = {
    refused: null,
    initial: [...log()],
    initialDeliveries: [],
    steps: [],
    messages,
  };
  const digits = s.channel === 'authenticator' ? s.app.digits : input.policy.digits;
  // What the learner knows: the codes in the messages that reached them, and the one that worked
  // (found by the reference the log gave the typed code).
  let accepted: string | null = null;
  const typedByRef = new Map<string, string>();
  const seen = () => emitted.filter((d) => d.fate !== 'lost').map((d) => d.code);
  const wrong = (pick: number) => {
    const known = new Set(seen());
    let value = pick % 10 ** digits;
    while (known.has(String(value).padStart(digits, '0'))) value = (value + 1) % 10 ** digits;
    return String(value).padStart(digits, '0');
  };

  const codeFor = (c: Command & { do: 'submit' }): string => {
    const codes = seen();
    const newest = codes.at(-1);
    const app = (offsetSteps: number) =>
      totp(secret, clock.now() + offsetSteps * 30_000, s.app.digits, s.app.hash);
    switch (c.kind) {
      case 'newest':
        return formatted(newest ?? wrong(c.pick), c.format);
      case 'older': {
        const older = codes.slice(0, -1);
        return formatted(
          older[c.pick % Math.max(1, older.length)] ?? newest ?? wrong(c.pick),
          c.format,
        );
      }
      case 'accepted':
        return formatted(accepted ?? newest ?? app(0), c.format);
      case 'wrong':
        return formatted(wrong(c.pick), c.format);
      case 'app':
        return formatted(app(c.drift), c.format);
      case 'replay': {
        // The code of the step the enrolment last accepted, typed again.
        const last = input.lastUsedStep;
        return last == null ? app(-1) : totp(secret, last * 30_000, s.app.digits, s.app.hash);
      }
      case 'malformed': {
        const typed = model.readEntry(c.garbage, digits);
        return typed.ok ? `${c.garbage}x` : c.garbage;
      }
    }
  };

  /** Sends one action and records what came out of it. */
  const perform = async (action: Action) => {
    const before = log().length;
    const arrivedBefore = emitted.length;
    const stepped = await act(actor, clock, action);
    const entries = log().slice(before);
    for (const e of entries) {
      const typed = action.do === 'submit' ? codeTyped(action.code, digits) : null;
      if (e.event === 'SUBMIT' && e.codeRef && typed) typedByRef.set(e.codeRef, typed);
      if (e.outcome === 'accepted' && e.codeRef) accepted = typedByRef.get(e.codeRef) ?? accepted;
    }
    recording.steps.push({
      action,
      ...(stepped === undefined ? {} : { stepped }),
      entries,
      deliveries: emitted.slice(arrivedBefore),
      state: String(actor.getSnapshot().value),
      status: actor.getSnapshot().status,
      numbers: numbersOf(actor),
    });
  };

  /** The guesser reads what the learner reads: the state, and the numbers of the last refusal. */
  const guess = async (times: number, pick: number) => {
    for (let j = 0; j < times; j++) {
      const state = actor.getSnapshot().value;
      if (state === 'accepted' || state === 'cancelled') return;
      const last = log()
        .filter((e) => e.reason === 'throttled' || e.reason === 'limit-reached')
        .at(-1);
      if (state === 'throttled' && last?.data.waitMs !== undefined) {
        const until = last.at + last.data.waitMs;
        if (until > clock.now()) await perform({ do: 'advance', ms: until - clock.now() });
      } else if (state === 'locked' && last?.data.until !== undefined) {
        await perform({ do: 'advance', ms: Math.max(0, last.data.until - clock.now()) });
      }
      const now = actor.getSnapshot().value;
      if (now === 'expired' || now === 'voided') await perform({ do: 'resend' });
      await perform({ do: 'submit', code: wrong(pick + j) });
    }
  };

  for (const [i, c] of s.commands.entries()) {
    // "Quick" means the next person event follows before an app code's check is back.
    const quick =
      'quick' in c && c.quick && isPerson(s.commands[i + 1]) ? { quick: true as const } : {};
    if (c.do === 'guess') await guess(c.times, c.pick);
    else if (c.do === 'submit') await perform({ do: 'submit', code: codeFor(c), ...quick });
    else if (c.do === 'resend')
      await perform(
        c.channel === 'same'
          ? { do: 'resend', ...quick }
          : { do: 'resend', channel: c.channel, ...quick },
      );
    else if (c.do === 'cancel') await perform({ do: 'cancel', ...quick });
    else if (c.do === 'tick') await perform({ do: 'advance', ms: c.ms });
    else if (c.do === 'step') await perform({ do: 'step' });
    else {
      const due = clock.nextDue();
      const ms = due === null ? 0 : Math.max(0, due + c.offset - clock.now());
      // Racing needs clock.reach; without it, the clock fires what is due.
      await perform(c.race && 'reach' in clock ? { do: 'reach', ms } : { do: 'advance', ms });
    }
  }
  // Let every message arrive, so the model can learn every code's value.
  await perform({ do: 'advance', ms: DRAIN_MS });
  actor.stop();
  return recording;
}

type Runtime = Parameters<Engine['startChallenge']>[1];
const runtimes = new WeakMap<Engine, Runtime>();

/**
 * The engine builds one machine per runtime object and reads the clock and
 * random source through it, so one runtime per engine, its clock and random
 * swapped for each run, spares building a machine per run. Runs never overlap.
 */
function runtimeFor(engine: Engine, clock: Runtime['clock'], random: Runtime['random']): Runtime {
  const runtime = runtimes.get(engine) ?? { clock, random };
  runtimes.set(engine, Object.assign(runtime, { clock, random }));
  return runtime;
}

/** The code as the service reads it, for the learner's memory of what worked. */
function codeTyped(raw: string, digits: number): string | null {
  const t = model.readEntry(raw, digits);
  return t.ok ? t.code : null;
}

async function act(
  actor: ChallengeActor,
  clock: InstanceType<Engine['SimulatedClock']>,
  a: Action,
): Promise<boolean | undefined> {
  switch (a.do) {
    case 'submit':
      actor.send({ type: 'SUBMIT', code: a.code });
      break;
    case 'resend':
      actor.send(a.channel ? { type: 'RESEND', channel: a.channel } : { type: 'RESEND' });
      break;
    case 'cancel':
      actor.send({ type: 'CANCEL' });
      break;
    case 'advance':
      clock.increment(a.ms);
      return undefined;
    case 'reach':
      (clock as unknown as { reach(t: number): void }).reach(clock.now() + a.ms);
      return undefined;
    case 'step':
      return clock.advanceToNext();
  }
  // An app code is checked asynchronously: wait for the verdict, not for the clock.
  if (!a.quick && actor.getSnapshot().value === 'verifying') {
    await waitFor(actor, (snap) => snap.value !== 'verifying', { timeout: 5_000 });
  }
  return undefined;
}

// ---------------------------------------------------------------- pass 2: the model, and the comparison

export class Disagreement extends Error {
  override name = 'Disagreement';
}

/** Runs one scenario on the engine and the model; throws a Disagreement at the first difference. */
export async function checkScenario(s: Scenario, engine: Engine = core): Promise<void> {
  const recording = await drive(s, engine);
  compare(s, recording);
}

function compare(s: Scenario, rec: Recording): void {
  const { start, secret } = challengeInput(s);
  const policy = structuredClone(core.PRESETS[s.preset]) as core.Policy;
  const lastUsedStep =
    s.channel === 'authenticator' && s.lastUsed !== null ? totpStep(start) + s.lastUsed : null;
  const refs = new Refs(rec);
  // What happened so far, written out only when there is something to report.
  const trail: [Action | null, number][] = [];
  const fail = (what: string, expected: unknown, actual: unknown, entry?: number): never => {
    const [action, at] = trail.at(-1)!;
    const where = action ? `step ${trail.length - 1} (${describe(action)} at ${iso(at)})` : 'start';
    throw new Disagreement(
      [
        `${where}${entry === undefined ? '' : `, entry ${entry}`}: ${what} differs`,
        `  model:  ${JSON.stringify(expected)}`,
        `  engine: ${JSON.stringify(actual)}`,
        `challenge: ${JSON.stringify({ ...s, commands: undefined })}`,
        `actions (from the start):`,
        ...trail.map(([a, at], i) =>
          a ? `  ${i}. ${describe(a)}  [${iso(at)}]` : `  start at ${iso(at)}`,
        ),
      ].join('\n'),
    );
  };

  let m: model.Model;
  try {
    m = model.start({
      policy,
      purpose: PURPOSES[s.purpose],
      channel: s.channel,
      start,
      deliveries: s.plan,
      app:
        s.channel === 'authenticator'
          ? { secret, digits: s.app.digits, hash: s.app.hash, periodS: 30 }
          : null,
      lastUsedStep,
      codeValue: (n) => rec.messages.get(n)?.code ?? null,
    });
  } catch (e) {
    if (!(e instanceof model.ChannelRefused)) throw e;
    // model.md: under nist, email is refused outside password reset; the engine must not start.
    if (!rec.refused) fail('refusal', 'PolicyError (channel not allowed)', 'started');
    if ((rec.refused as Error).name !== 'PolicyError')
      fail('refusal', 'PolicyError', String(rec.refused));
    return;
  }
  if (rec.refused) fail('refusal', 'started', String(rec.refused));

  let seq = 0;
  const check = (said: model.Said[], got: AuditEntry[]) => {
    if (said.length !== got.length) {
      fail('number of audit entries', said.map(brief), got.map(briefEntry));
    }
    said.forEach((want, i) => {
      const e = got[i]!;
      if (e.seq !== seq) fail('seq', seq, e.seq, i);
      seq++;
      const expected = {
        at: want.at,
        event: want.event,
        from: want.from,
        to: want.to,
        outcome: want.outcome,
        reason: want.reason,
        data: want.data,
      };
      const actual = {
        at: e.at,
        event: eventKind(e, want),
        from: e.from,
        to: e.to,
        outcome: e.outcome,
        reason: e.reason,
        data: clean(e.data),
      };
      if (!same(expected, actual)) {
        fail('audit entry', expected, actual, i);
      }
      refs.check(want.about, e.codeRef, (exp, act) => fail('code reference', exp, act, i));
    });
  };
  const checkArrivals = (want: model.Arrival[], got: Delivery[]) => {
    const expected = want.map(({ expiresAt: _, ...a }) => ({ ...a, to: TO[a.channel] }));
    const actual = got.map((d) => ({
      n: d.n,
      channel: d.channel,
      fate: d.fate,
      sentAt: d.sentAt,
      arrivedAt: d.arrivedAt,
      late: d.late,
      to: d.to,
    }));
    if (expected.length !== actual.length || expected.some((e, i) => !same(e, actual[i]!))) {
      fail('messages', expected, actual);
    }
    for (const [i, d] of got.entries()) {
      const a = want[i]!;
      // What the learner reads: the code, its expiry time, the right envelope.
      if (!shows(d.body, d.code)) fail(`message ${d.n} body`, `shows ${d.code}`, d.body);
      const hhmm = new Date(a.expiresAt).toISOString().slice(11, 16);
      if (!d.body.includes(hhmm)) fail(`message ${d.n} expiry`, hhmm, d.body);
      if ((d.subject === null) !== (d.channel === 'sms'))
        fail(`message ${d.n} subject`, d.channel === 'sms' ? null : 'a subject', d.subject);
      if (d.challengeId !== 'oracle') fail('challenge id', 'oracle', d.challengeId);
    }
  };
  const checkNumbers = (o: Observed) => {
    const want: Numbers = {
      failures: m.failures,
      totalFailures: m.totalFailures,
      resends: m.resends,
      channel: m.channel,
      expiresAt: m.expiresAt,
      acceptedAt: m.acceptedAt,
      lastUsedStep: m.lastUsedStep,
    };
    if (m.state === 'throttled') want.waitUntil = m.waitUntil;
    if (m.state === 'locked') want.lockedUntil = m.lockedUntil;
    if (o.state !== m.state) fail('state', m.state, o.state);
    if (o.status !== 'active') fail('actor status', 'active', o.status);
    if (!same(want, o.numbers)) fail('counters', want, o.numbers);
  };

  trail.push([null, start]);
  check(drainSaid(m), rec.initial);

  for (const o of rec.steps) {
    trail.push([o.action, m.now]);
    const a = o.action;
    if (a.do === 'submit') model.submit(m, a.code);
    else if (a.do === 'resend') model.resend(m, a.channel);
    else if (a.do === 'cancel') model.cancel(m);
    else if (a.do === 'advance') model.advance(m, a.ms);
    else if (a.do === 'reach') model.reach(m, m.now + a.ms);
    else {
      const stepped = model.step(m);
      if (stepped !== o.stepped) fail('advanceToNext() result', stepped, o.stepped);
    }
    if ((a.do === 'submit' || a.do === 'resend' || a.do === 'cancel') && !a.quick) model.verdict(m);
    check(drainSaid(m), o.entries);
    checkArrivals(m.arrived.splice(0), o.deliveries);
    checkNumbers(o);
  }
}

function drainSaid(m: model.Model): model.Said[] {
  return m.said.splice(0);
}

/** The model names timers generically; the engine logs XState's event names. */
function eventKind(e: AuditEntry, want: model.Said): string {
  if (want.event === 'timer') {
    return new RegExp(`^xstate\\.after\\.[\\w-]+\\.challenge\\.${want.from}$`).test(e.event)
      ? 'timer'
      : e.event;
  }
  if (want.event === 'verified')
    return e.event === 'xstate.done.actor.verify' ? 'verified' : e.event;
  return e.event;
}

/**
 * Code references: a sent code's comes from its message; a typed code that
 * matches one must carry the same; any other typed value keeps one reference
 * for the whole challenge, and a malformed entry has none.
 */
class Refs {
  private byValue = new Map<string, string>();
  constructor(private rec: Recording) {
    for (const d of rec.messages.values()) this.byValue.set(d.code, d.codeRef);
  }
  check(about: model.Said['about'], got: string | null, fail: (e: unknown, a: unknown) => never) {
    if (about === null) {
      if (got !== null) fail(null, got);
      return;
    }
    if (got === null || !/^#[0-9a-f]{6}$/.test(got)) fail('#xxxxxx', got);
    if ('n' in about) {
      const ref = this.rec.messages.get(about.n)?.codeRef;
      if (ref !== undefined && ref !== got) fail(ref, got);
      return;
    }
    const ref = this.byValue.get(about.typed);
    if (ref === undefined) this.byValue.set(about.typed, got as string);
    else if (ref !== got) fail(ref, got);
  }
}

/** A message shows the code whole, or split once by a space (model.md: "482 913"). */
function shows(body: string, code: string): boolean {
  if (body.includes(code)) return true;
  for (let i = 1; i < code.length; i++) {
    if (body.includes(`${code.slice(0, i)} ${code.slice(i)}`)) return true;
  }
  return false;
}

function clean(data: object): object {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
}

/** Deep equality of plain data, where a key set to undefined counts as absent. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const keys = (o: object) => Object.keys(o).filter((k) => o[k as keyof typeof o] !== undefined);
  const ka = keys(a);
  if (ka.length !== keys(b).length) return false;
  return ka.every((k) => same(a[k as keyof typeof a], b[k as keyof typeof b]));
}

function brief(s: model.Said): string {
  return `${s.event} ${s.from}→${s.to} ${s.outcome}/${s.reason}`;
}

function briefEntry(e: AuditEntry): string {
  return `${e.event} ${e.from}→${e.to} ${e.outcome}/${e.reason}`;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(11, 23);
}

export function describe(a: Action): string {
  switch (a.do) {
    case 'submit':
      return `SUBMIT ${JSON.stringify(a.code)}${a.quick ? ' (quick)' : ''}`;
    case 'resend':
      return `RESEND${a.channel ? ` ${a.channel}` : ''}${a.quick ? ' (quick)' : ''}`;
    case 'cancel':
      return `CANCEL${a.quick ? ' (quick)' : ''}`;
    case 'advance':
      return `clock +${a.ms} ms`;
    case 'reach':
      return `clock +${a.ms} ms, timers due then unfired`;
    case 'step':
      return 'clock.advanceToNext()';
  }
}
