import * as v from 'valibot';
import { CHALLENGE_STATES } from '../challenge/types';
import type { Outcome, Reason } from '../challenge/types';
import { CATALOGUES, catalogue } from '../i18n';
import type { Locale } from '../i18n';
import { base32Decode } from '../otp/base32';
import { channelAllowed } from '../policy';
import { CHANNELS, PURPOSE_KINDS } from '../purpose';
import { MAX_SEED } from '../seed';
import type { Trace } from '../trace';
import { describeIssues, isPlainObject, shown } from './issues';
import { readJson } from './json';
import {
  fieldsMessage,
  MAX_SUBMIT_LENGTH,
  SENT_CHANNELS,
  listOf,
  oneOf,
  strict,
  text,
  variantMessage,
  whole,
} from './parts';

/**
 * The trace format (version 1, see doc/api.md "Traces") as one valibot
 * schema. Every object is strict; every number has its range; times go
 * forward; the input is one a challenge can start with (the authenticator
 * channel has an enrolment, the policy allows the channel). What passes is
 * a `Trace`, checked and copied: nothing of the file is used as it was.
 */

export const TRACE_FORMAT = 'otp-sandbox-trace';
export const TRACE_VERSION = 1;
/** Larger files are refused before parsing. */
export const MAX_TRACE_BYTES = 1_000_000;
export const MAX_TRACE_EVENTS = 10_000;
/** A trace nests 5 levels deep (final, log, an entry, its data); more is not a trace. */
export const MAX_TRACE_DEPTH = 16;
/** The longest simulated run a trace may hold: a year, in ms. */
export const MAX_TRACE_MS = 366 * 24 * 3_600_000;

const DAY = 24 * 3_600_000;
/** Policy limits, as validatePolicy (policy.ts) has them; a test checks the two agree. */
const MAX_DURATION_MS = 7 * DAY;
const MAX_COUNT = 100_000;
const MAX_LOG = 100_000;
const MAX_DELIVERIES = MAX_TRACE_EVENTS + 1;
const MAX_MINOR = 10_000_000_000;
const MAX_STEP = Number.MAX_SAFE_INTEGER;

export const CURRENCIES = ['GBP', 'EUR', 'USD'] as const;
export const FATES = ['inbox', 'spam', 'lost'] as const;
export const HASH_ALGORITHMS = ['SHA-1', 'SHA-256', 'SHA-512'] as const;

const ms = (max: number, min = 0) => whole(min, max, 'a whole number of ms');
const flag = v.boolean('must be true or false');

/** Adds an issue at `key` of the object being checked (for rules across fields). */
function issueAt(
  addIssue: (info: { message: string; input: unknown; path: [v.ObjectPathItem] }) => void,
  input: Record<string, unknown>,
  key: string,
  message: string,
): void {
  addIssue({
    message,
    input: input[key],
    path: [pathItem(input, key)],
  });
}

/** One step of an issue's path: `key` of `input` (a list's index or an object's field). */
function pathItem(input: Record<string, unknown>, key: string): v.ObjectPathItem;
function pathItem(input: unknown[], key: number): v.ArrayPathItem;
function pathItem(
  input: Record<string, unknown> | unknown[],
  key: string | number,
): v.ObjectPathItem | v.ArrayPathItem {
  const value = (input as Record<string | number, unknown>)[key];
  const type = Array.isArray(input) ? 'array' : 'object';
  // Messages read only `key` (issues.ts); the rest is valibot's shape of a path item.
  return { type, origin: 'value', input, key, value } as v.ObjectPathItem | v.ArrayPathItem;
}

const ThrottleSchema = v.pipe(
  strict(
    {
      freeFailures: whole(0, MAX_COUNT),
      firstWaitMs: ms(MAX_DURATION_MS, 1),
      maxWaitMs: ms(MAX_DURATION_MS, 1),
    },
    'a throttle',
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (dataset.typed && dataset.value.maxWaitMs < dataset.value.firstWaitMs) {
      issueAt(addIssue, dataset.value, 'maxWaitMs', 'must not be shorter than firstWaitMs');
    }
  }),
);

export const PolicySchema = v.pipe(
  strict(
    {
      id: v.pipe(
        v.string('must be a name of 1 to 40 characters'),
        v.check(
          (id) => id.trim() !== '' && id.length <= 40,
          'must be a name of 1 to 40 characters',
        ),
      ),
      digits: whole(1, 10),
      lifetimeMs: ms(MAX_DURATION_MS, 1000),
      maxFailures: v.nullable(whole(1, MAX_COUNT)),
      lockoutMs: ms(MAX_DURATION_MS),
      throttle: v.nullable(ThrottleSchema),
      resendCooldownMs: ms(MAX_DURATION_MS),
      maxResends: whole(0, MAX_COUNT),
      resendSupersedes: flag,
      resendResetsFailures: flag,
      emailForAuthentication: flag,
    },
    'a policy',
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (dataset.typed && dataset.value.maxFailures !== null && dataset.value.lockoutMs === 0) {
      issueAt(
        addIssue,
        dataset.value,
        'lockoutMs',
        'must be more than 0 when there is a failure limit',
      );
    }
  }),
);

const LAST4 = 'must be the last 4 digits of a card';

/** An amount of money in minor units (purpose.ts `Money`). */
export const MoneySchema = strict(
  { minor: whole(0, MAX_MINOR, 'a whole number of minor units'), currency: oneOf(CURRENCIES) },
  'an amount',
);
const label = text(200);

/** What a code approves: one shape per kind (purpose.ts). */
export const PurposeSchema = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject, 'must be a purpose, an object'),
  v.variant(
    'kind',
    [
      v.strictObject(
        { kind: v.literal('sign-in'), device: label },
        fieldsMessage('a sign-in purpose'),
      ),
      v.strictObject(
        { kind: v.literal('password-reset') },
        fieldsMessage('a password-reset purpose'),
      ),
      v.strictObject(
        { kind: v.literal('phone-change'), newPhone: label },
        fieldsMessage('a phone-change purpose'),
      ),
      v.strictObject(
        { kind: v.literal('email-change'), newEmail: label },
        fieldsMessage('an email-change purpose'),
      ),
      v.strictObject(
        {
          kind: v.literal('payment-change'),
          cardLast4: v.pipe(v.string(LAST4), v.regex(/^\d{4}$/, LAST4)),
        },
        fieldsMessage('a payment-change purpose'),
      ),
      v.strictObject(
        { kind: v.literal('checkout'), amount: MoneySchema, orderId: label },
        fieldsMessage('a checkout purpose'),
      ),
      v.strictObject(
        { kind: v.literal('delivery'), orderId: label },
        fieldsMessage('a delivery purpose'),
      ),
      v.strictObject(
        { kind: v.literal('gift-card'), amount: MoneySchema },
        fieldsMessage('a gift-card purpose'),
      ),
      v.strictObject(
        { kind: v.literal('refund'), amount: MoneySchema, orderId: label },
        fieldsMessage('a refund purpose'),
      ),
      v.strictObject(
        { kind: v.literal('subscription'), plan: label, amount: MoneySchema },
        fieldsMessage('a subscription purpose'),
      ),
      v.strictObject(
        { kind: v.literal('suspicious-activity') },
        fieldsMessage('a suspicious-activity purpose'),
      ),
    ],
    variantMessage(PURPOSE_KINDS),
  ),
);

const SECRET = 'must be a base32 secret (A–Z, 2–7) of 16 to 64 bytes';
export const EnrolmentSchema = strict(
  {
    secret: v.pipe(
      v.string(SECRET),
      v.maxLength(200, SECRET),
      v.check((secret) => {
        try {
          const bytes = base32Decode(secret).length;
          return bytes >= 16 && bytes <= 64;
        } catch {
          return false;
        }
      }, SECRET),
    ),
    digits: whole(6, 10),
    period: whole(1, 3600, 'a whole number of seconds'),
    algorithm: oneOf(HASH_ALGORITHMS),
    issuer: text(100, 0),
    account: text(200),
  },
  'an enrolment',
);

export const ChallengeInputSchema = v.pipe(
  strict(
    {
      id: v.optional(text(100)),
      purpose: PurposeSchema,
      channel: oneOf(CHANNELS),
      policy: PolicySchema,
      to: v.optional(strict({ sms: text(100), email: text(200) }, 'the destinations')),
      brand: v.optional(
        strict(
          { name: label, shortCode: label, email: label, domain: label, officialPhone: label },
          'a brand',
        ),
      ),
      locale: v.optional(
        v.custom<Locale>(
          (locale) => typeof locale === 'string' && Object.hasOwn(CATALOGUES, locale),
          `must be one of ${Object.keys(CATALOGUES).join(', ')}`,
        ),
      ),
      deliveries: v.optional(
        listOf(
          strict(
            { fate: v.optional(oneOf(FATES)), latencyMs: v.optional(ms(MAX_DURATION_MS)) },
            'a delivery plan',
          ),
          MAX_DELIVERIES,
          'delivery plans',
        ),
      ),
      enrolment: v.optional(EnrolmentSchema),
      lastUsedStep: v.optional(v.nullable(whole(0, MAX_STEP, 'a whole number of time steps'))),
    },
    'the challenge input',
  ),
  // What the engine would refuse to start with (initialContext): said here, before anything runs.
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const input = dataset.value;
    if (input.channel === 'authenticator' && !input.enrolment) {
      issueAt(addIssue, input, 'enrolment', 'is missing: the authenticator channel needs one');
    } else if (!channelAllowed(input.policy, input.purpose, input.channel).ok) {
      issueAt(
        addIssue,
        input,
        'channel',
        'is not allowed by this policy for this purpose (emailForAuthentication is false)',
      );
    }
  }),
);

const at = ms(MAX_TRACE_MS);
const EVENT_TYPES = ['SUBMIT', 'RESEND', 'CANCEL', 'WAIT'] as const;

export const TracedEventSchema = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject, 'must be an event, an object'),
  v.variant(
    'type',
    [
      v.strictObject(
        { at, type: v.literal('SUBMIT'), code: text(MAX_SUBMIT_LENGTH, 0) },
        fieldsMessage('a SUBMIT event'),
      ),
      v.strictObject(
        { at, type: v.literal('RESEND'), channel: v.optional(oneOf(SENT_CHANNELS)) },
        fieldsMessage('a RESEND event'),
      ),
      v.strictObject({ at, type: v.literal('CANCEL') }, fieldsMessage('a CANCEL event')),
      v.strictObject({ at, type: v.literal('WAIT') }, fieldsMessage('a WAIT event')),
    ],
    variantMessage(EVENT_TYPES),
  ),
);

const CODE_REF = 'must be a code reference such as "#a31ced"';
const outcomes = catalogue().outcome;
const reasons = catalogue().reason;
const count = whole(0, MAX_STEP);

export const AuditEntrySchema = strict(
  {
    seq: count,
    at: count,
    event: text(200),
    from: v.nullable(oneOf(CHALLENGE_STATES)),
    to: oneOf(CHALLENGE_STATES),
    outcome: v.custom<Outcome>(
      (o) => typeof o === 'string' && Object.hasOwn(outcomes, o),
      'must be an outcome the engine logs',
    ),
    reason: v.nullable(
      v.custom<Reason>(
        (r) => typeof r === 'string' && Object.hasOwn(reasons, r),
        'must be a reason the engine logs',
      ),
    ),
    codeRef: v.nullable(v.pipe(v.string(CODE_REF), v.regex(/^#[0-9a-f]{6}$/, CODE_REF))),
    data: strict(
      {
        attemptsLeft: v.optional(count),
        waitMs: v.optional(count),
        until: v.optional(count),
        lockoutMs: v.optional(count),
        lifetimeMs: v.optional(count),
        digits: v.optional(count),
        length: v.optional(count),
        maxResends: v.optional(count),
        channel: v.optional(oneOf(CHANNELS)),
        step: v.optional(count),
      },
      'the entry’s data',
    ),
  },
  'an audit log entry',
);

export const TraceSchema = v.pipe(
  strict(
    {
      format: v.literal(TRACE_FORMAT),
      version: v.literal(TRACE_VERSION),
      seed: whole(1, MAX_SEED),
      scenario: v.nullable(text(100)),
      input: ChallengeInputSchema,
      events: v.pipe(
        listOf(TracedEventSchema, MAX_TRACE_EVENTS, 'events'),
        // Time only goes forward: each event at or after the one before.
        v.rawCheck(({ dataset, addIssue }) => {
          if (!dataset.typed) return;
          const events = dataset.value;
          const i = events.findIndex((e, i) => i > 0 && e.at < events[i - 1]!.at);
          if (i === -1) return;
          addIssue({
            message: `must not be earlier than the event before it (at ${events[i - 1]!.at} ms)`,
            input: events[i]!.at,
            path: [pathItem(events, i), pathItem(events[i]!, 'at')],
          });
        }),
      ),
      final: strict(
        {
          at,
          state: oneOf(CHALLENGE_STATES),
          log: listOf(AuditEntrySchema, MAX_LOG, 'audit log entries'),
        },
        'where the run ended',
      ),
    },
    'a trace',
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const last = dataset.value.events.at(-1);
    const final = dataset.value.final;
    if (last && final.at < last.at) {
      addIssue({
        message: `must not be earlier than the last event (at ${last.at} ms)`,
        input: final.at,
        path: [pathItem(dataset.value, 'final'), pathItem(final, 'at')],
      });
    }
  }),
);

/** What identifies a trace; checked first, so another format or version is said in one sentence. */
const TraceHeaderSchema = v.pipe(
  v.custom<Record<string, unknown>>(
    isPlainObject,
    (i) => `A trace is a JSON object, not ${shown(i.input)}`,
  ),
  v.object(
    {
      format: v.literal(
        TRACE_FORMAT,
        (i) => `This is not an OTP Sandbox trace (format ${shown(i.input)})`,
      ),
      version: v.literal(
        TRACE_VERSION,
        (i) =>
          `Trace version ${shown(i.input)} is unknown; this sandbox reads version ${TRACE_VERSION}`,
      ),
    },
    (i) =>
      i.path?.[0]?.key === 'format'
        ? 'This is not an OTP Sandbox trace (it has no format)'
        : `This trace has no version; this sandbox reads version ${TRACE_VERSION}`,
  ),
);

export type TraceCheck = { ok: true; trace: Trace } | { ok: false; error: string };

/**
 * Reads a trace file. Anything that is not a valid trace is refused with
 * sentences naming each problem by its path (`input.deliveries[2].latencyMs:
 * must be …`); nothing is run.
 */
export function parseTrace(text: string): TraceCheck {
  const json = readJson(text, {
    what: 'a trace',
    maxBytes: MAX_TRACE_BYTES,
    maxDepth: MAX_TRACE_DEPTH,
  });
  if (!json.ok) return json;
  const header = v.safeParse(TraceHeaderSchema, json.data, { abortEarly: true });
  if (!header.success) return { ok: false, error: `${header.issues[0].message}.` };
  const trace = v.safeParse(TraceSchema, json.data, { abortPipeEarly: true });
  if (!trace.success) return { ok: false, error: describeIssues(trace.issues, 'trace') };
  return { ok: true, trace: inFileOrder(trace.output, json.data) };
}

/**
 * The checked trace with each object's keys in the order the file had them
 * (valibot writes them in the schema's order). A replay compares logs as
 * JSON text, and an exported trace re-imported must read back byte for
 * byte. Only the order changes: strict objects have exactly these keys.
 */
function inFileOrder<T>(checked: T, file: unknown): T {
  if (Array.isArray(checked) && Array.isArray(file)) {
    return checked.map((item: unknown, i) => inFileOrder(item, file[i])) as T;
  }
  if (isPlainObject(checked) && isPlainObject(file)) {
    const ordered: Record<string, unknown> = {};
    for (const key of Object.keys(file)) {
      if (Object.hasOwn(checked, key)) ordered[key] = inFileOrder(checked[key], file[key]);
    }
    return ordered as T;
  }
  return checked;
}
