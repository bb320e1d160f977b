import { startChallenge, describePurpose } from '../challenge';
import type { AuditEntry, ChallengeActor, ChallengeRuntime, Delivery } from '../challenge';
import { SimulatedClock } from '../clock';
import { formatDuration } from '../format';
import { fill } from '../i18n';
import { loadedScenarioTexts } from '../i18n/scenarios';
import type { Locale } from '../i18n';
import { enSeat } from '../i18n/en-seat';
import { preset } from '../policy';
import type { Policy, PresetId } from '../policy';
import type { Purpose, PurposeKind } from '../purpose';
import { SeededRandom } from '../random';
import type { Scenario } from '../scenario/types';
import { LEARNER, LEARNER_PASSWORD, SHOP, SIM_EPOCH } from '../world';
import type { TargetProfile } from './profiles';
import type { Loot } from './types';

/**
 * The attacker's seat: the learner plays the attacker against a simulated
 * target. They hold a list of leaked credentials, sign in to the real shop
 * (the same challenge machine as every scenario, on one SimulatedClock and
 * one SeededRandom), and then need the code that the shop texted to the
 * target. They can ask for it with a pretext, or guess it. The target
 * answers by a profile the trainer picks, and always says why.
 *
 * Everything is deterministic: the same scenario, profile, policy, seed
 * and actions give the same codes, answers and outcome.
 */

export { TARGET_PROFILES, isTargetProfile } from './profiles';
export type { TargetProfile } from './profiles';

/** The seat's texts, by locale: its own module, loaded only with the seat. */
export type SeatTexts = typeof enSeat;
const TEXTS: Record<Locale, SeatTexts> = { en: enSeat };
export function seatTexts(locale: Locale = 'en'): SeatTexts {
  return TEXTS[locale] ?? enSeat;
}

// ---- the leaked credentials ------------------------------------------------

export interface LeakedCredential {
  id: string;
  email: string;
  password: string;
  /** Where it came from, as the list says (text key under `leak`). */
  note: keyof SeatTexts['leak'];
}

/**
 * A list like those sold after a breach. Only one entry works at Larkspur:
 * the target reused a password that leaked elsewhere. Every address is on a
 * reserved `.example` domain.
 */
export const LEAKED: readonly LeakedCredential[] = [
  { id: 'leak-1', email: 'j.okafor@post.example', password: 'summer-rain-7', note: 'other' },
  { id: 'leak-2', email: LEARNER.email, password: 'lark-meadow-41', note: 'stale' },
  { id: 'leak-3', email: LEARNER.email, password: LEARNER_PASSWORD, note: 'current' },
  { id: 'leak-4', email: 'm.haddad@inbox.example', password: 'Tulip!2024', note: 'other' },
];

/** The one Larkspur account in this seat: the target's. */
const ACCOUNT = { email: LEARNER.email, password: LEARNER_PASSWORD };

// ---- the pretexts ------------------------------------------------------------

export type PretextId =
  | 'support-call'
  | 'compromised-text'
  | 'friend-mistake'
  | 'delivery-driver'
  | 'refund-call'
  | 'order-desk-call'
  | 'new-device-call';

/** What the attacker says the code is for. */
export type Claim = keyof SeatTexts['claims'];

/**
 * The scam scenario a pretext comes from: its words are that scenario's
 * call (`calls.<beat>`) or text (`beats.<beat>`) in the catalogue, so each
 * story is written once.
 */
export interface PretextSource {
  /** A built-in's id (test/core/seat.test.ts checks each source). */
  scenario: string;
  /** The scenario's number in the library, for "from scenario 13". */
  number: number;
  /** The attacker's beat in that scenario whose words the pretext uses. */
  beat: string;
}

/** The pretexts no scenario tells: their words are the seat's own. */
export type OwnPretextId = keyof SeatTexts['ownLines'];

export interface Pretext {
  id: PretextId;
  via: 'call' | 'text';
  claim: Claim;
  /** A deadline or a threat: "now", "in ten minutes", "or it is suspended". */
  urgency: boolean;
  /** It comes from someone the target knows (a contact's hijacked account). */
  knownSender: boolean;
  /** The scenario whose script it comes from; null: the seat's own story. */
  source: PretextSource | null;
}

/**
 * The stories on offer. `urgency` and `via` follow the source beat (its
 * `urgency` flag, call or text); test/core/seat.test.ts checks they agree.
 */
export const PRETEXTS: readonly Pretext[] = [
  {
    id: 'support-call',
    via: 'call',
    claim: 'cancel-order',
    urgency: true,
    knownSender: false,
    source: { scenario: 'scam-call', number: 11, beat: 'agent-call' },
  },
  {
    id: 'compromised-text',
    via: 'text',
    claim: 'secure-account',
    urgency: true,
    knownSender: false,
    source: { scenario: 'scam-reply', number: 12, beat: 'alert-text' },
  },
  {
    id: 'friend-mistake',
    via: 'text',
    claim: 'their-sign-in',
    urgency: true,
    knownSender: true,
    source: { scenario: 'scam-friend', number: 13, beat: 'friend-text' },
  },
  {
    id: 'delivery-driver',
    via: 'call',
    claim: 'delivery',
    urgency: true,
    knownSender: false,
    source: { scenario: 'scam-delivery', number: 15, beat: 'fake-courier-call' },
  },
  {
    id: 'refund-call',
    via: 'call',
    claim: 'refund',
    urgency: true,
    knownSender: false,
    source: { scenario: 'scam-refund', number: 16, beat: 'refund-call' },
  },
  {
    id: 'order-desk-call',
    via: 'call',
    claim: 'cancel-order',
    urgency: false,
    knownSender: false,
    source: { scenario: 'scam-mismatch', number: 17, beat: 'cancel-call' },
  },
  {
    id: 'new-device-call',
    via: 'call',
    claim: 'block-sign-in',
    urgency: false,
    knownSender: false,
    source: null,
  },
];

export const PRETEXT_IDS: readonly PretextId[] = PRETEXTS.map((p) => p.id);

export function isPretextId(value: unknown): value is PretextId {
  return typeof value === 'string' && (PRETEXT_IDS as readonly string[]).includes(value);
}

/** Which purposes, named in the genuine message, a claim is consistent with. */
const CLAIM_MATCHES: Record<Claim, readonly PurposeKind[]> = {
  // No code cancels an order: cancelling happens on the site (scenario 17).
  'cancel-order': [],
  'secure-account': ['suspicious-activity', 'password-reset'],
  // The message names the target's own account, never a friend's.
  'their-sign-in': [],
  delivery: ['delivery'],
  refund: ['refund'],
  'block-sign-in': ['sign-in'],
};

/** Whether the story fits what the genuine message says the code approves. */
export function storyMatches(pretext: Pretext, purpose: Purpose): boolean {
  return CLAIM_MATCHES[pretext.claim].includes(purpose.kind);
}

interface SourceTexts {
  calls: Record<string, readonly string[] | undefined>;
  beats: Record<string, string | undefined>;
}

/** The words of a scenario's beat: a call's lines, or a text as one line. */
export function sourceLines(source: PretextSource, locale: Locale = 'en'): string[] {
  void locale; // English is the only catalogue so far.
  const texts: SourceTexts | undefined = loadedScenarioTexts(source.scenario);
  if (!texts) {
    throw new Error(
      `The texts of scenario ${source.scenario} are not loaded: await loadScenarioCatalogue() before opening the seat.`,
    );
  }
  const call = texts.calls[source.beat];
  if (call) return [...call];
  const text = texts.beats[source.beat];
  return text ? [text] : [];
}

function isOwn(id: PretextId, own: SeatTexts['ownLines']): id is OwnPretextId {
  return id in own;
}

/**
 * What the attacker says, line by line: the source scenario's own words,
 * or the seat's for a story no scenario tells. `{device}` in the seat's
 * words is the device the genuine message names.
 */
export function pretextLines(id: PretextId, device: string, locale: Locale = 'en'): string[] {
  const pretext = PRETEXTS.find((p) => p.id === id);
  if (pretext?.source) return sourceLines(pretext.source, locale);
  const own = seatTexts(locale).ownLines;
  return isOwn(id, own) ? own[id].map((l) => fill(l, { device })) : [];
}

// ---- the target ----------------------------------------------------------------

export type ReplyId = keyof SeatTexts['reply'];

export interface TargetReply {
  pretext: PretextId;
  at: number;
  /** Whether the target handed the code over. */
  shared: boolean;
  reason: ReplyId;
  /** What the target says, in words, with the reason. */
  text: string;
  /** The code the target read out, only when they shared it. */
  code: string | null;
  /** Whether the attacker's story matched the genuine message (null: no message). */
  matched: boolean | null;
}

/**
 * How a target of `profile` answers `pretext`, given the genuine message
 * on their phone (null when none arrived). A pure rule table:
 * - cautious never shares;
 * - hurried shares when the attacker uses urgency, and puts it off otherwise;
 * - trusting shares when the story matches the message, when it is urgent,
 *   or when a contact asks; a calm story that contradicts the message stops them.
 */
export function decide(
  profile: TargetProfile,
  pretext: Pretext,
  purpose: Purpose | null,
): { shared: boolean; reason: ReplyId; matched: boolean | null } {
  if (!purpose) return { shared: false, reason: 'no-code', matched: null };
  const matched = storyMatches(pretext, purpose);
  switch (profile) {
    case 'cautious':
      return { shared: false, reason: matched ? 'cautious-match' : 'cautious-mismatch', matched };
    case 'hurried':
      return pretext.urgency
        ? { shared: true, reason: 'hurried-urgent', matched }
        : { shared: false, reason: 'hurried-busy', matched };
    case 'trusting':
      if (matched) return { shared: true, reason: 'trusting-match', matched };
      if (pretext.knownSender) return { shared: true, reason: 'trusting-contact', matched };
      if (pretext.urgency) return { shared: true, reason: 'trusting-urgent', matched };
      return { shared: false, reason: 'trusting-mismatch', matched };
  }
}

// ---- the seat ------------------------------------------------------------------

/** How long one automated guess takes (a script typing into the real form). */
export const GUESS_MS = 200;
/** How long a pretext takes before the target answers: a call, or a text and its reply. */
export const PRETEXT_MS: Record<Pretext['via'], number> = { call: 45_000, text: 90_000 };

export type SeatOutcome = 'got-in' | 'stopped-by-otp' | 'locked-out' | 'refused';
export const SEAT_OUTCOMES: readonly SeatOutcome[] = [
  'got-in',
  'stopped-by-otp',
  'locked-out',
  'refused',
];

export type SignInResult = 'ok' | 'wrong' | 'empty' | 'already';

/** One line of the conversation the attacker's console shows. */
export type SeatEvent =
  | { kind: 'sign-in'; at: number; email: string; result: SignInResult }
  | { kind: 'pretext'; at: number; pretext: PretextId; lines: string[] }
  | { kind: 'reply'; at: number; reply: TargetReply }
  | { kind: 'guess'; at: number; from: number; count: number; entry: AuditEntry | null }
  | { kind: 'end'; at: number; outcome: SeatOutcome };

/** What the attacker's code box ended on after some guesses. */
export interface GuessReport {
  /** Codes the shop actually checked. */
  tried: number;
  accepted: boolean;
  /** The challenge's state after the last guess. */
  state: string;
  last: AuditEntry | null;
}

/** What the seat works out about brute force for a policy, before a single guess. */
export interface BruteForcePlan {
  space: number;
  /** Guesses allowed before the challenge locks; null = no limit. */
  beforeLock: number | null;
  /** Guesses that fit in one code's lifetime at GUESS_MS each, ignoring any throttle. */
  beforeExpiry: number;
  /** The most guesses a sequential sweep needs to be sure to win, when it can: else null. */
  sureWinWithin: number | null;
}

export function bruteForcePlan(policy: Policy): BruteForcePlan {
  const space = 10 ** policy.digits;
  const beforeExpiry = Math.floor(policy.lifetimeMs / GUESS_MS);
  const beforeLock = policy.maxFailures;
  const unthrottled = policy.throttle === null;
  const canSweep = beforeLock === null && unthrottled && beforeExpiry >= space;
  return { space, beforeLock, beforeExpiry, sureWinWithin: canSweep ? space : null };
}

export interface SeatState {
  /** The attacker holds a password that worked, and a challenge is running. */
  signedIn: boolean;
  signInError: Exclude<SignInResult, 'ok'> | null;
  /** The genuine message on the target's phone, once it arrived. */
  targetMessage: Delivery | null;
  /** Codes the target relayed to the attacker, newest last. */
  relayed: string[];
  asked: PretextId[];
  guesses: number;
  /** The challenge's state, or null before sign-in. */
  challenge: string | null;
  insideAt: number | null;
  taken: (Loot & { at: number })[];
  outcome: SeatOutcome | null;
  events: SeatEvent[];
}

export interface SeatOptions {
  scenario: Scenario;
  profile: TargetProfile;
  policy: PresetId;
  seed: number;
  locale?: Locale;
}

export interface SeatDebrief {
  outcome: SeatOutcome;
  /** The debrief's paragraphs, in words. */
  lines: string[];
  guesses: number;
  asked: PretextId[];
  relayed: boolean;
  plan: BruteForcePlan;
  taken: (Loot & { at: number })[];
}

const DEFAULT_DEVICE = 'Android phone, Leeds';

export class AttackerSeat {
  readonly clock: SimulatedClock;
  readonly policy: Policy;
  readonly profile: TargetProfile;
  readonly scenario: Scenario;
  readonly locale: Locale;
  /** What the shop's code approves once the attacker signs in: the scenario's attacker script says. */
  readonly purpose: Purpose;
  private runtime: ChallengeRuntime;
  private actor: ChallengeActor | null = null;
  private current: SeatState;
  private listeners = new Set<() => void>();
  private wentLocked = false;
  private throttled = false;
  /** The next code the guessing script tries. */
  private sweep = 0;

  constructor(options: SeatOptions) {
    this.scenario = options.scenario;
    this.profile = options.profile;
    this.locale = options.locale ?? 'en';
    this.policy = preset(options.policy);
    this.clock = new SimulatedClock(SIM_EPOCH);
    this.runtime = { clock: this.clock, random: new SeededRandom(options.seed) };
    // The genuine message approves what the scenario's attacker script says
    // (a sign-in, a payment, a delivery); a scenario without one: a sign-in.
    this.purpose = options.scenario.attacker?.purpose ?? {
      kind: 'sign-in',
      device: DEFAULT_DEVICE,
    };
    this.current = {
      signedIn: false,
      signInError: null,
      targetMessage: null,
      relayed: [],
      asked: [],
      guesses: 0,
      challenge: null,
      insideAt: null,
      taken: [],
      outcome: null,
      events: [],
    };
  }

  get state(): SeatState {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get device(): string {
    return this.purpose.kind === 'sign-in' ? this.purpose.device : DEFAULT_DEVICE;
  }

  get plan(): BruteForcePlan {
    return bruteForcePlan(this.policy);
  }

  /** The shop's challenge, for the audit log (the code stays inside it). */
  get challengeSnapshot() {
    return this.actor?.getSnapshot() ?? null;
  }

  /** The shop's sign-in form. Only the target's current password starts a challenge. */
  signIn(email: string, password: string): SignInResult {
    if (this.current.outcome) return 'already';
    if (this.current.signedIn) return this.result('already', email);
    if (email.trim() === '' || password === '') return this.result('empty', email);
    if (email.trim().toLowerCase() !== ACCOUNT.email || password !== ACCOUNT.password) {
      return this.result('wrong', email);
    }
    this.startShopChallenge();
    return this.result('ok', email);
  }

  /**
   * Works a pretext on the target. The call or text takes its time on the
   * clock (so the genuine message can land), then the target answers.
   * Returns null when the pretext is unknown, already used, or the round is over.
   */
  ask(id: PretextId): TargetReply | null {
    const pretext = PRETEXTS.find((p) => p.id === id);
    if (!pretext || this.current.outcome || this.current.asked.includes(id)) return null;
    const lines = pretextLines(id, this.device, this.locale);
    this.push({ kind: 'pretext', at: this.clock.now(), pretext: id, lines });
    this.clock.increment(PRETEXT_MS[pretext.via]);
    if (this.current.outcome) return null;
    const message = this.liveMessage();
    const { shared, reason, matched } = decide(
      this.profile,
      pretext,
      message ? this.purpose : null,
    );
    const code = shared && message ? message.code : null;
    const t = seatTexts(this.locale);
    const text = fill(t.reply[reason], {
      purpose: describePurpose(this.purpose, this.locale),
      claim: t.claims[pretext.claim],
      code: code ?? '',
    });
    const reply: TargetReply = {
      pretext: id,
      at: this.clock.now(),
      shared,
      reason,
      text,
      code,
      matched,
    };
    const asked = reason === 'no-code' ? this.current.asked : [...this.current.asked, id];
    this.update({ asked, relayed: code ? [...this.current.relayed, code] : this.current.relayed });
    this.push({ kind: 'reply', at: this.clock.now(), reply });
    return reply;
  }

  /**
   * The attacker types one code into the shop's code box. Bad input is
   * refused by the shop (malformed) and never counts as a guess.
   */
  enterCode(raw: string): AuditEntry | null {
    if (!this.actor || this.current.outcome) return null;
    const from = this.current.guesses;
    const counted = this.submit(raw);
    const entry = this.lastEntry();
    this.push({ kind: 'guess', at: this.clock.now(), from, count: counted ? 1 : 0, entry });
    this.settle();
    return entry;
  }

  /**
   * A script tries up to `n` codes in order (000000, 000001, …) from where it
   * left off, one every GUESS_MS, waiting out any throttle. It stops when
   * the shop accepts one, locks, or the code can no longer be won.
   */
  tryGuesses(n: number): GuessReport {
    const count = Number.isInteger(n) && n > 0 ? Math.min(n, 10 ** this.policy.digits) : 0;
    const from = this.current.guesses;
    let tried = 0;
    if (this.actor && !this.current.outcome) {
      for (let i = 0; i < count; i++) {
        const state = this.stateValue();
        if (state === 'throttled') {
          const until = this.actor.getSnapshot().context.waitUntil;
          if (until !== null && until > this.clock.now()) this.clock.set(until);
          if (this.stateValue() !== 'pending') break;
        } else if (state !== 'pending') break;
        if (this.sweep >= 10 ** this.policy.digits) break;
        if (tried > 0) this.clock.increment(GUESS_MS);
        if (this.stateValue() !== 'pending') break;
        const guess = String(this.sweep).padStart(this.policy.digits, '0');
        this.sweep++;
        if (this.submit(guess)) tried++;
        if (this.stateValue() === 'accepted') break;
      }
    }
    const last = this.lastEntry();
    this.push({ kind: 'guess', at: this.clock.now(), from, count: tried, entry: last });
    this.settle();
    return { tried, accepted: this.stateValue() === 'accepted', state: this.stateValue(), last };
  }

  /** Moves time on (waiting for a text, letting a code expire). */
  wait(ms: number): void {
    if (!Number.isFinite(ms) || ms <= 0) return;
    this.clock.increment(ms);
    this.settle();
  }

  /** The attacker stops: the round ends with whatever happened so far. */
  giveUp(): void {
    if (this.current.outcome) return;
    this.end(this.currentOutcome());
  }

  debrief(): SeatDebrief | null {
    const outcome = this.current.outcome;
    if (!outcome) return null;
    const t = seatTexts(this.locale).debrief;
    const plan = this.plan;
    const p = this.policy;
    const purpose = describePurpose(this.purpose, this.locale);
    const values = {
      guesses: this.current.guesses,
      space: plan.space.toLocaleString('en-GB'),
      lifetime: formatDuration(p.lifetimeMs),
      rate: 1000 / GUESS_MS,
      worst: formatDuration(plan.space * GUESS_MS),
      failures: p.maxFailures ?? 0,
      lockout: formatDuration(p.lockoutMs),
      chance: chance((p.maxFailures ?? 0) / plan.space),
      purpose,
    };
    const lines: string[] = [];
    const relayedIn = this.current.relayed.length > 0 && this.acceptedRelayed();
    switch (outcome) {
      case 'got-in':
        lines.push(fill(relayedIn ? t['got-in-relayed'] : t['got-in-guessed'], values));
        break;
      case 'locked-out':
        lines.push(fill(t['locked-out'], values));
        break;
      case 'refused':
        lines.push(t.refused);
        break;
      case 'stopped-by-otp':
        if (!this.current.signedIn) lines.push(t['stopped-no-sign-in']);
        else if (this.throttled && this.current.challenge === 'expired') {
          lines.push(fill(t['stopped-throttled'], values));
        } else if (this.current.challenge === 'expired') {
          lines.push(fill(t['stopped-expired'], values));
        } else lines.push(t['stopped-unused']);
        break;
    }
    const replies = this.current.events.flatMap((e) => (e.kind === 'reply' ? [e.reply] : []));
    if (replies.some((r) => r.matched === false)) lines.push(fill(t.mismatchLesson, values));
    if (replies.length > 0) lines.push(t.profileLesson[this.profile]);
    return {
      outcome,
      lines,
      guesses: this.current.guesses,
      asked: this.current.asked,
      relayed: relayedIn,
      plan,
      taken: this.current.taken,
    };
  }

  // ---- inside -----------------------------------------------------------

  private startShopChallenge(): void {
    const actor = startChallenge(
      {
        id: `seat-${this.scenario.id}`,
        purpose: this.purpose,
        channel: 'sms',
        policy: this.policy,
        to: { sms: LEARNER.sms, email: LEARNER.email },
        brand: SHOP,
        locale: this.locale,
      },
      this.runtime,
    );
    actor.on('delivery', ({ delivery }) => {
      if (delivery.fate !== 'lost') this.update({ targetMessage: delivery });
    });
    actor.subscribe((snap) => {
      const value = String(snap.value);
      if (value === 'locked') this.wentLocked = true;
      if (value === 'throttled') this.throttled = true;
      if (value !== this.current.challenge) this.update({ challenge: value });
    });
    this.actor = actor;
    this.update({
      signedIn: true,
      signInError: null,
      challenge: String(actor.getSnapshot().value),
    });
  }

  /** Sends one code to the shop; returns whether the shop counted it as a guess. */
  private submit(raw: string): boolean {
    if (!this.actor) return false;
    const before = this.actor.getSnapshot().context.totalFailures;
    this.actor.send({ type: 'SUBMIT', code: raw });
    const snap = this.actor.getSnapshot();
    const counted = snap.value === 'accepted' || snap.context.totalFailures > before;
    if (counted) this.current = { ...this.current, guesses: this.current.guesses + 1 };
    return counted;
  }

  /** Ends the round once the shop's challenge decides it. */
  private settle(): void {
    if (this.current.outcome || !this.actor) return this.emit();
    const state = this.stateValue();
    if (state === 'accepted') {
      const at = this.actor.getSnapshot().context.acceptedAt ?? this.clock.now();
      const loot = this.scenario.attacker?.loot ?? [];
      const taken = loot.map((l) => ({ ...l, at: at + l.after }));
      // Once inside, the attacker takes what the scenario's script says, over its time.
      const last = taken.at(-1)?.at ?? at;
      if (last > this.clock.now()) this.clock.set(last);
      this.update({ insideAt: at, taken });
      return this.end('got-in');
    }
    if (this.wentLocked) return this.end('locked-out');
    if (['expired', 'voided', 'cancelled'].includes(state)) return this.end(this.currentOutcome());
    this.emit();
  }

  private currentOutcome(): SeatOutcome {
    if (this.stateValue() === 'accepted') return 'got-in';
    if (this.wentLocked) return 'locked-out';
    const refusedAll =
      this.current.relayed.length === 0 &&
      this.current.events.some((e) => e.kind === 'reply' && e.reply.reason !== 'no-code');
    return refusedAll ? 'refused' : 'stopped-by-otp';
  }

  private acceptedRelayed(): boolean {
    const snap = this.actor?.getSnapshot();
    const live = snap?.context.codes.find((c) => c.status === 'used');
    return !!live && this.current.relayed.includes(live.code);
  }

  private end(outcome: SeatOutcome): void {
    this.current = { ...this.current, outcome };
    this.push({ kind: 'end', at: this.clock.now(), outcome });
  }

  private liveMessage(): Delivery | null {
    const m = this.current.targetMessage;
    if (!m || m.arrivedAt > this.clock.now()) return null;
    return ['pending', 'throttled'].includes(this.stateValue()) ? m : null;
  }

  private stateValue(): string {
    return this.actor ? String(this.actor.getSnapshot().value) : 'none';
  }

  private lastEntry(): AuditEntry | null {
    return this.actor?.getSnapshot().context.log.at(-1) ?? null;
  }

  private result(result: SignInResult, email: string): SignInResult {
    this.update({ signInError: result === 'ok' ? null : (result as SeatState['signInError']) });
    this.push({ kind: 'sign-in', at: this.clock.now(), email: email.trim(), result });
    return result;
  }

  private push(event: SeatEvent): void {
    this.update({ events: [...this.current.events, event] });
  }

  private update(patch: Partial<SeatState>): void {
    this.current = { ...this.current, ...patch };
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}

/** A tiny chance in words a room can read: "5 in 1,000,000". */
function chance(p: number): string {
  if (p <= 0) return '0';
  const inverse = Math.round(1 / p);
  return `1 in ${inverse.toLocaleString('en-GB')}`;
}
