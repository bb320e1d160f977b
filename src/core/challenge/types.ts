import type { Locale } from '../i18n';
import type { Catalogue } from '../i18n';
import type { Policy } from '../policy';
import type { Channel, Purpose } from '../purpose';
import type { RandomSource } from '../random';
import type { TotpEnrolment } from '../otp/totp';
import type { Brand, Destinations } from '../world';

/** The states of a challenge, as the log, the UI and the docs name them. */
export type ChallengeState =
  | 'pending'
  | 'verifying'
  | 'throttled'
  | 'expired'
  | 'locked'
  | 'voided'
  | 'accepted'
  | 'cancelled';

export const CHALLENGE_STATES: readonly ChallengeState[] = [
  'pending',
  'verifying',
  'throttled',
  'expired',
  'locked',
  'voided',
  'accepted',
  'cancelled',
];

/** What happened to one event, each with a reason the UI can explain. */
export type Outcome = keyof Catalogue['outcome'];
export type Reason = keyof Catalogue['reason'];

/** Where a message ends up. */
export type Fate = 'inbox' | 'spam' | 'lost';

/** How one send (the first code, or a resend) travels; index = send number. */
export interface DeliveryPlan {
  fate?: Fate;
  latencyMs?: number;
}

export const DEFAULT_LATENCY_MS: Record<Exclude<Channel, 'authenticator'>, number> = {
  sms: 4_000,
  email: 8_000,
};

export type CodeStatus = 'live' | 'superseded' | 'used' | 'dead';

/** One code the service issued. The service keeps the code to check it; logs never hold it. */
export interface CodeRecord {
  n: number;
  code: string;
  ref: string;
  channel: 'sms' | 'email';
  sentAt: number;
  expiresAt: number;
  fate: Fate;
  latencyMs: number;
  arrivedAt: number | null;
  status: CodeStatus;
}

/** Numbers behind a reason ("3 attempts left", "wait 30 s"). */
export interface ResultData {
  attemptsLeft?: number;
  waitMs?: number;
  until?: number;
  lockoutMs?: number;
  lifetimeMs?: number;
  digits?: number;
  length?: number;
  maxResends?: number;
  channel?: Channel;
  step?: number;
}

/** One line of the audit log: every transition adds one. Never a plaintext code. */
export interface AuditEntry {
  seq: number;
  at: number;
  event: string;
  from: ChallengeState | null;
  to: ChallengeState;
  outcome: Outcome;
  reason: Reason | null;
  codeRef: string | null;
  data: ResultData;
}

export interface ChallengeContext {
  id: string;
  purpose: Purpose;
  channel: Channel;
  policy: Policy;
  to: Destinations;
  brand: Brand;
  locale: Locale;
  plan: DeliveryPlan[];
  salt: string;
  issuedAt: number;
  /** When the current code (or, for an authenticator, the challenge) stops working. */
  expiresAt: number;
  codes: CodeRecord[];
  /** Failures counted towards the lockout. */
  failures: number;
  /** Every failure, for the debrief (never reset). */
  totalFailures: number;
  resends: number;
  coolingDown: boolean;
  waitUntil: number | null;
  lockedUntil: number | null;
  enrolment: TotpEnrolment | null;
  lastUsedStep: number | null;
  acceptedAt: number | null;
  log: AuditEntry[];
}

export interface ChallengeInput {
  id?: string;
  purpose: Purpose;
  channel: Channel;
  policy: Policy;
  to?: Destinations;
  brand?: Brand;
  locale?: Locale;
  deliveries?: DeliveryPlan[];
  /** Required for the authenticator channel. */
  enrolment?: TotpEnrolment;
  /** The last TOTP time step this enrolment accepted (RFC 6238 §5.2). */
  lastUsedStep?: number | null;
}

export type ChallengeEvent =
  | { type: 'SUBMIT'; code: string }
  | { type: 'RESEND'; channel?: 'sms' | 'email' }
  | { type: 'CANCEL' }
  /** Internal: a message reaches the phone or inbox (scheduled on send). */
  | { type: 'otp.deliver'; n: number }
  /** Internal: the resend cooldown is over (scheduled on send). */
  | { type: 'otp.cooldown-over' };

/** A message reaching the phone or inbox: emitted so panes and tests can listen. */
export interface Delivery {
  challengeId: string;
  n: number;
  channel: 'sms' | 'email';
  to: string;
  from: string;
  fate: Fate;
  sentAt: number;
  arrivedAt: number;
  /** True when it arrives after the code inside it expired. */
  late: boolean;
  subject: string | null;
  body: string;
  /** The code in the message, for the simulated phone to show. */
  code: string;
  codeRef: string;
}

export type ChallengeEmitted = { type: 'delivery'; delivery: Delivery };

/** Where the machine gets time and randomness: one clock, one random source. */
export interface ChallengeEnv {
  clock: { now(): number };
  random: RandomSource;
}
