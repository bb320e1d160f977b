/**
 * A reference model of one challenge, written from doc/model.md and
 * doc/api.md alone: plain functions over a plain object, no XState, nothing
 * from the engine but types. It is the oracle the differential tests hold the
 * machine to, so where the docs decide, it follows the docs.
 *
 * What it may know is what a learner (or trainer) can know: the policy, the
 * input, the events sent and the time. The value of each code it learns from
 * the message that carried it (`codeValue`), never from the machine's context.
 *
 * Time works as api.md describes the SimulatedClock: each timed event fires at
 * its own due time, ties in the order the timers were set. A person acting in
 * the very millisecond a deadline falls due meets the deadline as passed, even
 * if its timer has not fired yet (a code "in time" is one used before expiry).
 */
import type {
  ChallengeState,
  Fate,
  Outcome,
  Reason,
  ResultData,
} from '../../src/core/challenge/types';
import type { Policy } from '../../src/core/policy';
import type { Channel, Purpose } from '../../src/core/purpose';
import { totp, totpStep, type TotpHash } from './totp';

type SendChannel = 'sms' | 'email';

export interface AppSecret {
  secret: Uint8Array;
  digits: number;
  hash: TotpHash;
  periodS: number;
}

export interface ModelInput {
  policy: Policy;
  purpose: Purpose;
  channel: Channel;
  /** The clock's time when the challenge starts. */
  start: number;
  /** How each send travels, by send number (api.md, DeliveryPlan). */
  deliveries: { fate?: Fate; latencyMs?: number }[];
  /** The authenticator app's enrolment (authenticator channel only). */
  app: AppSecret | null;
  /** The last TOTP step this enrolment accepted before the challenge. */
  lastUsedStep: number | null;
  /** The code in message n, as the learner read it; null if it never arrived. */
  codeValue: (n: number) => string | null;
}

/** api.md: 4 s for a text, 8 s for an email, unless the plan says otherwise. */
const DEFAULT_LATENCY: Record<SendChannel, number> = { sms: 4_000, email: 8_000 };

/** One code Larkspur sent. `older` codes stay `live` only where resends keep them (weak). */
interface Sent {
  n: number;
  value: string | null;
  channel: SendChannel;
  sentAt: number;
  expiresAt: number;
  fate: Fate;
  latencyMs: number;
  live: boolean;
  /** Killed by a resend (OWASP: the new code replaces the old). */
  superseded?: boolean;
}

type TimerKind = 'deliver' | 'cooldown' | 'expiry' | 'wait' | 'lockout';
/** Expiry, wait and lockout belong to a state and die when it is left. */
const STATE_TIMERS: readonly TimerKind[] = ['expiry', 'wait', 'lockout'];

interface Timer {
  due: number;
  /** Creation order: ties at the same millisecond fire in it. */
  seq: number;
  kind: TimerKind;
  n?: number;
}

/** What the model says the audit log gets. `about` names the code the entry refers to. */
export interface Said {
  at: number;
  event:
    | 'xstate.init'
    | 'SUBMIT'
    | 'RESEND'
    | 'CANCEL'
    | 'otp.deliver'
    | 'otp.cooldown-over'
    | 'timer'
    | 'verified';
  from: ChallengeState | null;
  to: ChallengeState;
  outcome: Outcome;
  reason: Reason | null;
  about: { typed: string } | { n: number } | null;
  data: ResultData;
}

/** A message the model says arrives (api.md, emitted `delivery` events). */
export interface Arrival {
  n: number;
  channel: SendChannel;
  fate: Fate;
  sentAt: number;
  arrivedAt: number;
  late: boolean;
  expiresAt: number;
}

export interface Model {
  input: ModelInput;
  policy: Policy;
  state: ChallengeState;
  now: number;
  channel: Channel;
  codes: Sent[];
  /** Counted towards the lockout; cleared by a success, a lockout's end, and (weak) a resend. */
  failures: number;
  totalFailures: number;
  resends: number;
  /** When the current code, or an authenticator challenge, stops working. */
  expiresAt: number;
  /** When the resend cooldown of the newest send ends; null without a cooldown. */
  cooldownEnd: number | null;
  waitUntil: number | null;
  lockedUntil: number | null;
  acceptedAt: number | null;
  acceptedCode: string | null;
  lastUsedStep: number | null;
  /** The app code being checked (authenticator, state verifying). */
  checking: { code: string; at: number } | null;
  timers: Timer[];
  nextSeq: number;
  /** Filled as events are handled; the caller empties them. */
  said: Said[];
  arrived: Arrival[];
}

export class ChannelRefused extends Error {}

// ---------------------------------------------------------------- rules from the docs

/** api.md "Entry normalisation". */
export type Typed =
  | { ok: true; code: string }
  | {
      ok: false;
      problem: 'empty' | 'bad-characters' | 'wrong-length' | 'too-long';
      length: number;
    };

export function readEntry(raw: string, digits: number): Typed {
  if (raw.length > 32) return { ok: false, problem: 'too-long', length: raw.length };
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, problem: 'empty', length: 0 };
  // ASCII digits, with at most one space or dash between two groups.
  const groups = /^([0-9]+)(?:[ -]([0-9]+))?$/.exec(trimmed);
  if (!groups) return { ok: false, problem: 'bad-characters', length: [...trimmed].length };
  const code = groups[1]! + (groups[2] ?? '');
  if (code.length !== digits) return { ok: false, problem: 'wrong-length', length: code.length };
  return { ok: true, code };
}

/** model.md "Policy presets": email for sign-in is refused under nist, password reset excepted. */
export function emailRefused(policy: Policy, purpose: Purpose, channel: Channel): boolean {
  return channel === 'email' && !policy.emailForAuthentication && purpose.kind !== 'password-reset';
}

/** api.md Throttle: waits that double after each failure past the free ones, up to a cap. */
export function throttleWait(policy: Policy, failures: number): number {
  const t = policy.throttle;
  if (!t || failures <= t.freeFailures) return 0;
  let wait = t.firstWaitMs;
  for (let i = t.freeFailures + 1; i < failures && wait < t.maxWaitMs; i++) wait *= 2;
  return Math.min(wait, t.maxWaitMs);
}

// ---------------------------------------------------------------- starting

export function start(input: ModelInput): Model {
  const { policy } = input;
  if (emailRefused(policy, input.purpose, input.channel)) throw new ChannelRefused();
  const m: Model = {
    input,
    policy,
    state: 'pending',
    now: input.start,
    channel: input.channel,
    codes: [],
    failures: 0,
    totalFailures: 0,
    resends: 0,
    expiresAt: input.start + policy.lifetimeMs,
    cooldownEnd: null,
    waitUntil: null,
    lockedUntil: null,
    acceptedAt: null,
    acceptedCode: null,
    lastUsedStep: input.lastUsedStep,
    checking: null,
    timers: [],
    nextSeq: 0,
    said: [],
    arrived: [],
  };
  // An authenticator gets no code: the app makes them.
  const first = input.channel === 'authenticator' ? null : send(m, input.channel);
  say(m, 'xstate.init', null, 'pending', 'issued', first ? 'new-code' : null, {
    about: first ? { n: first.n } : null,
    data: { channel: input.channel },
  });
  enter(m, 'pending');
  return m;
}

// ---------------------------------------------------------------- the clock

/** clock.increment(ms): every timer due on the way fires at its own time. */
export function advance(m: Model, ms: number): void {
  moveTo(m, m.now + ms, true);
}

/** Moves to `target`, leaving timers due at `target` itself unfired (a person can act first). */
export function reach(m: Model, target: number): void {
  moveTo(m, target, false);
}

/** clock.advanceToNext(): jump to the next timer and fire it alone. */
export function step(m: Model): boolean {
  const next = nextTimer(m, () => true);
  if (!next) return false;
  m.now = next.due;
  fire(m, next);
  return true;
}

function moveTo(m: Model, target: number, inclusive: boolean): void {
  for (;;) {
    const next = nextTimer(m, (t) => (inclusive ? t.due <= target : t.due < target));
    if (!next) break;
    m.now = next.due;
    fire(m, next);
  }
  m.now = target;
}

function nextTimer(m: Model, eligible: (t: Timer) => boolean): Timer | null {
  let best: Timer | null = null;
  for (const t of m.timers) {
    if (eligible(t) && (!best || t.due < best.due || (t.due === best.due && t.seq < best.seq)))
      best = t;
  }
  if (best) m.timers = m.timers.filter((t) => t !== best);
  return best;
}

/** A deadline due this very millisecond has passed, fired or not: settle it before a person acts. */
function settleDeadlines(m: Model, kinds: readonly TimerKind[] = STATE_TIMERS): void {
  for (;;) {
    const due = nextTimer(m, (t) => kinds.includes(t.kind) && t.due <= m.now);
    if (!due) return;
    fire(m, due);
  }
}

function addTimer(m: Model, kind: TimerKind, due: number, n?: number): void {
  m.timers.push({ due, seq: m.nextSeq++, kind, n });
}

/** Entering a state sets its own timers; leaving one drops them. */
function enter(m: Model, state: ChallengeState): void {
  m.timers = m.timers.filter((t) => !STATE_TIMERS.includes(t.kind));
  m.state = state;
  if (state === 'throttled') addTimer(m, 'wait', m.waitUntil ?? m.now);
  if (state === 'pending' || state === 'throttled')
    addTimer(m, 'expiry', Math.max(m.now, m.expiresAt));
  if (state === 'locked') addTimer(m, 'lockout', m.lockedUntil ?? m.now);
}

function fire(m: Model, t: Timer): void {
  const from = m.state;
  switch (t.kind) {
    case 'deliver':
      return deliver(m, m.codes[t.n!]!);
    case 'cooldown':
      // Logged in every state, without a state change (model.md, note in the diagram).
      return say(m, 'otp.cooldown-over', from, from, 'cooldown-over', null);
    case 'expiry':
      killCodes(m);
      m.waitUntil = null;
      enter(m, 'expired');
      return say(m, 'timer', from, 'expired', 'expired', 'lifetime-elapsed', {
        data: { lifetimeMs: m.policy.lifetimeMs },
      });
    case 'wait':
      m.waitUntil = null;
      enter(m, 'pending');
      return say(m, 'timer', from, 'pending', 'unlocked', null);
    case 'lockout':
      // The lockout clears the failures; an authenticator gets a fresh deadline, a sent code is void.
      m.failures = 0;
      m.lockedUntil = null;
      if (m.channel === 'authenticator') {
        m.expiresAt = m.now + m.policy.lifetimeMs;
        enter(m, 'pending');
        return say(m, 'timer', from, 'pending', 'unlocked', null);
      }
      enter(m, 'voided');
      return say(m, 'timer', from, 'voided', 'unlocked', 'lockout-voided-code');
  }
}

// ---------------------------------------------------------------- sending

function send(m: Model, channel: SendChannel): Sent {
  const n = m.codes.length;
  const plan = m.input.deliveries[n] ?? {};
  const code: Sent = {
    n,
    value: m.input.codeValue(n),
    channel,
    sentAt: m.now,
    expiresAt: m.now + m.policy.lifetimeMs,
    fate: plan.fate ?? 'inbox',
    latencyMs: plan.latencyMs ?? DEFAULT_LATENCY[channel],
    live: true,
  };
  m.codes.push(code);
  m.expiresAt = code.expiresAt;
  addTimer(m, 'deliver', m.now + code.latencyMs, n);
  if (m.policy.resendCooldownMs > 0) {
    m.cooldownEnd = m.now + m.policy.resendCooldownMs;
    addTimer(m, 'cooldown', m.cooldownEnd);
  }
  return code;
}

function deliver(m: Model, code: Sent): void {
  const late = m.now >= code.expiresAt;
  m.arrived.push({
    n: code.n,
    channel: code.channel,
    fate: code.fate,
    sentAt: code.sentAt,
    arrivedAt: m.now,
    late,
    expiresAt: code.expiresAt,
  });
  // A lost message is logged as lost; a text lands on the phone, an email in the inbox or spam.
  const reason: Reason =
    code.fate === 'lost'
      ? 'lost'
      : late
        ? 'late'
        : code.channel === 'sms'
          ? 'on-phone'
          : code.fate === 'spam'
            ? 'spam'
            : 'inbox';
  const outcome: Outcome = code.fate === 'lost' ? 'lost' : 'delivered';
  say(m, 'otp.deliver', m.state, m.state, outcome, reason, { about: { n: code.n } });
}

function killCodes(m: Model): void {
  for (const c of m.codes) c.live = false;
}

// ---------------------------------------------------------------- what a person does

export function submit(m: Model, raw: string): void {
  settleDeadlines(m);
  const from = m.state;
  const digits = m.channel === 'authenticator' ? m.input.app!.digits : m.policy.digits;
  const typed = readEntry(raw, digits);
  const about = typed.ok ? { typed: typed.code } : null;
  const stay = (outcome: Outcome, reason: Reason, data: ResultData = {}) =>
    say(m, 'SUBMIT', from, from, outcome, reason, { about, data });
  const malformed = (t: Typed & { ok: false }) =>
    say(m, 'SUBMIT', from, from, 'malformed', t.problem, {
      data: { digits, length: t.length },
    });

  switch (from) {
    case 'pending': {
      if (!typed.ok) return malformed(typed);
      if (m.channel === 'authenticator') {
        m.checking = { code: typed.code, at: m.now };
        enter(m, 'verifying');
        return say(m, 'SUBMIT', from, 'verifying', 'checking', null, { about });
      }
      const match = liveMatch(m, typed.code);
      if (match) return accept(m, 'SUBMIT', from, typed.code, match);
      return countFailure(m, 'SUBMIT', from, classify(m, typed.code), about);
    }
    case 'verifying':
      return stay('checking', 'still-checking');
    case 'throttled':
      return stay('locked', 'throttled', { waitMs: (m.waitUntil ?? m.now) - m.now });
    case 'expired':
      if (!typed.ok) return malformed(typed);
      return stay('expired', 'lifetime-elapsed', { lifetimeMs: m.policy.lifetimeMs });
    case 'locked':
      return stay('locked', 'locked-out', {
        lockoutMs: m.policy.lockoutMs,
        until: m.lockedUntil ?? undefined,
      });
    case 'voided':
      return stay('voided', 'lockout-voided-code');
    case 'accepted':
      // "SUBMIT refused (code already used, or challenge over)".
      if (typed.ok && typed.code === m.acceptedCode) return stay('used', 'single-use');
      return stay('closed', 'challenge-closed');
    case 'cancelled':
      return stay('closed', 'challenge-closed');
  }
}

/** The authenticator's verdict arrives (the check was started by `submit`). */
export function verdict(m: Model): void {
  if (m.state !== 'verifying' || !m.checking) return;
  const { code, at } = m.checking;
  m.checking = null;
  const about = { typed: code };
  const check = checkApp(m, code, at);
  if (check.ok) {
    m.lastUsedStep = check.step;
    return accept(m, 'verified', 'verifying', code, null);
  }
  return countFailure(m, 'verified', 'verifying', check.replayed ? 'used' : 'wrong', about);
}

/**
 * model.md "Authenticator codes": the current step and one either side; a
 * step at or before the last accepted one is spent, and a code that matches
 * a spent step is "already used" (RFC 6238 §5.2: never accept an OTP twice).
 */
function checkApp(
  m: Model,
  code: string,
  at: number,
): { ok: true; step: number } | { ok: false; replayed: boolean } {
  const app = m.input.app!;
  const now = totpStep(at, app.periodS);
  const steps = [now - 1, now, now + 1].filter((s) => s >= 0);
  const matches = steps.filter(
    (s) => totp(app.secret, s * app.periodS * 1000, app.digits, app.hash, app.periodS) === code,
  );
  const last = m.lastUsedStep;
  if (matches.some((s) => last !== null && s <= last)) return { ok: false, replayed: true };
  if (matches.length === 0) return { ok: false, replayed: false };
  return { ok: true, step: matches.includes(now) ? now : matches[0]! };
}

export function resend(m: Model, channel?: SendChannel): void {
  settleDeadlines(m);
  const from = m.state;
  const refuse = (reason: Reason, data: ResultData = {}) =>
    say(m, 'RESEND', from, from, 'resend-refused', reason, { data });
  switch (from) {
    case 'pending':
    case 'expired':
    case 'voided':
      break;
    case 'verifying':
      return refuse('not-resendable');
    case 'throttled':
      return refuse('while-throttled');
    case 'locked':
      return refuse('while-locked');
    case 'accepted':
    case 'cancelled':
      return refuse('challenge-closed');
  }
  // Checked in the order model.md writes them: authenticator, limit, cooldown, channel.
  if (m.channel === 'authenticator') return refuse('not-resendable');
  if (m.resends >= m.policy.maxResends)
    return refuse('resend-limit', { maxResends: m.policy.maxResends });
  if (m.cooldownEnd !== null && m.now < m.cooldownEnd)
    return refuse('cooldown', { waitMs: m.cooldownEnd - m.now });
  if (channel && emailRefused(m.policy, m.input.purpose, channel))
    return refuse('channel-not-allowed');

  // The cooldown that ends this very millisecond ended before the new code went out: log it first.
  settleDeadlines(m, ['cooldown']);
  const to = channel ?? (m.channel as SendChannel);
  // A resend kills the older codes (OWASP), except where the policy keeps them (weak).
  if (m.policy.resendSupersedes) {
    for (const c of m.codes) if (c.live) c.superseded = true;
    killCodes(m);
  }
  m.channel = to;
  m.resends += 1;
  if (m.policy.resendResetsFailures) m.failures = 0;
  const code = send(m, to);
  enter(m, 'pending');
  say(m, 'RESEND', from, 'pending', 'resent', 'new-code', {
    about: { n: code.n },
    data: { channel: to },
  });
}

export function cancel(m: Model): void {
  settleDeadlines(m);
  const from = m.state;
  if (from === 'accepted' || from === 'cancelled') {
    return say(m, 'CANCEL', from, from, 'closed', 'challenge-closed');
  }
  killCodes(m);
  m.checking = null;
  m.waitUntil = null;
  enter(m, 'cancelled');
  say(m, 'CANCEL', from, 'cancelled', 'cancelled', 'by-user');
}

// ---------------------------------------------------------------- checking a typed code

/** A live code, before its own expiry, that the typed code is (the newest if two share a value). */
function liveMatch(m: Model, code: string): Sent | null {
  const hits = m.codes.filter((c) => c.live && c.value === code && m.now < c.expiresAt);
  return hits.at(-1) ?? null;
}

/**
 * What a counted failure was. A code Larkspur sent before the newest one is
 * "an older code" (superseded); where resends keep old codes (weak) an old
 * code past its own lifetime "counts as a wrong try" as expired.
 */
function classify(m: Model, code: string): Outcome {
  const known = m.codes.filter((c) => c.value === code).at(-1);
  const newest = m.codes.at(-1);
  if (!known || !newest || known.n === newest.n) return 'wrong';
  return m.policy.resendSupersedes ? 'superseded' : 'expired';
}

function accept(
  m: Model,
  event: Said['event'],
  from: ChallengeState,
  code: string,
  match: Sent | null,
): void {
  killCodes(m);
  if (match) match.live = false;
  m.acceptedAt = m.now;
  m.acceptedCode = code;
  m.failures = 0; // a success clears earlier wrong tries (§3.2.2)
  enter(m, 'accepted');
  say(m, event, from, 'accepted', 'accepted', 'single-use', { about: { typed: code } });
}

/** A counted failure: the last allowed attempt locks, a throttle makes Sam wait, or it just counts. */
function countFailure(
  m: Model,
  event: Said['event'],
  from: ChallengeState,
  outcome: Outcome,
  about: Said['about'],
): void {
  const p = m.policy;
  m.failures += 1;
  m.totalFailures += 1;
  const data: ResultData = {};
  if (p.maxFailures !== null) data.attemptsLeft = Math.max(0, p.maxFailures - m.failures);
  if (p.maxFailures !== null && m.failures >= p.maxFailures) {
    m.lockedUntil = m.now + p.lockoutMs;
    killCodes(m);
    enter(m, 'locked');
    return say(m, event, from, 'locked', outcome, 'limit-reached', {
      about,
      data: { ...data, lockoutMs: p.lockoutMs, until: m.lockedUntil },
    });
  }
  const wait = throttleWait(p, m.failures);
  if (wait > 0) {
    m.waitUntil = m.now + wait;
    enter(m, 'throttled');
    return say(m, event, from, 'throttled', outcome, 'throttled', {
      about,
      data: { ...data, waitMs: wait },
    });
  }
  const reason: Reason =
    outcome === 'used'
      ? 'totp-step-reused'
      : outcome === 'superseded'
        ? 'newer-code-sent'
        : outcome === 'expired'
          ? 'lifetime-elapsed'
          : p.maxFailures === null
            ? 'no-limit'
            : data.attemptsLeft === 1
              ? 'last-attempt'
              : 'attempts-left';
  if (outcome === 'expired') data.lifetimeMs = p.lifetimeMs;
  // An authenticator check comes back to waiting for a code.
  const to: ChallengeState = from === 'verifying' ? 'pending' : from;
  if (to !== from) enter(m, to);
  say(m, event, from, to, outcome, reason, { about, data });
}

function say(
  m: Model,
  event: Said['event'],
  from: ChallengeState | null,
  to: ChallengeState,
  outcome: Outcome,
  reason: Reason | null,
  extra: { about?: Said['about']; data?: ResultData } = {},
): void {
  m.said.push({
    at: m.now,
    event,
    from,
    to,
    outcome,
    reason,
    about: extra.about ?? null,
    data: extra.data ?? {},
  });
}
