/**
 * RFC 6238 TOTP: HOTP whose counter is the number of time steps since T0.
 */

import { timingSafeEqual } from '../compare';
import { base32Decode, base32Encode } from './base32';
import { hotp } from './hotp';
import type { HashAlgorithm, OtpOptions } from './hotp';

export interface TotpParams extends OtpOptions {
  /** Time step X in seconds; default 30 (RFC 6238 §4.1, §5.2). */
  period?: number;
  /** Unix time T0 in seconds at which counting starts; default 0. */
  t0?: number;
}

function checkPeriod(period: number): void {
  if (!Number.isFinite(period) || period <= 0) {
    throw new RangeError(`period must be a positive number of seconds; got ${period}.`);
  }
}

/** RFC 6238 §4.2: T = floor((Current Unix time − T0) / X). */
export function totpStep(timeMs: number, period = 30, t0 = 0): number {
  checkPeriod(period);
  return Math.floor((timeMs / 1000 - t0) / period);
}

/** The TOTP code at `timeMs` (milliseconds since the Unix epoch). */
export async function totp(
  secret: Uint8Array,
  timeMs: number,
  params: TotpParams = {},
): Promise<string> {
  const { period = 30, t0 = 0, ...options } = params;
  return hotp(secret, totpStep(timeMs, period, t0), options);
}

/** Seconds until the current step ends, in (0, period]; fractional for a smooth ring. */
export function secondsLeftInStep(timeMs: number, period = 30): number {
  checkPeriod(period);
  const into = (((timeMs / 1000) % period) + period) % period; // also right before 1970
  return period - into;
}

/** What an authenticator app and the server both store after enrolment. */
export interface TotpEnrolment {
  /** Shared secret, base32. */
  secret: string;
  digits: number;
  period: number;
  algorithm: HashAlgorithm;
  issuer: string;
  account: string;
}

export type TotpVerdict =
  | { ok: true; step: number; drift: -1 | 0 | 1 }
  | { ok: false; reason: 'no-match' }
  | { ok: false; reason: 'replayed'; step: number };

/**
 * Checks a submitted code against steps s−window..s+window around `atMs`.
 *
 * - `window` may be 0 or 1: RFC 6238 §5.2 recommends allowing at most one step
 *   of network delay. §6 covers clock drift (a limit on how many steps out of
 *   step a code may be, and recording the drift); the same one-step window is
 *   that limit here, and the verdict's `drift` records which step matched.
 * - Every candidate is computed and compared before deciding, so timing does
 *   not reveal which step (if any) matched.
 * - If any matching step is ≤ `lastUsedStep` the code is refused as
 *   `replayed`: RFC 6238 §5.2 says the verifier MUST NOT accept the second
 *   attempt of an OTP after a successful validation. The caller stores the
 *   returned `step` on success.
 * - If several steps match, the exact current step wins, then the earlier
 *   step (so `lastUsedStep` advances as little as possible).
 * - Whitespace in the code is ignored ("123 456" is how many apps show it).
 */
export async function verifyTotp(args: {
  enrolment: TotpEnrolment;
  code: string;
  atMs: number;
  window?: number;
  lastUsedStep: number | null;
}): Promise<TotpVerdict> {
  const { enrolment, atMs, lastUsedStep } = args;
  const window = args.window ?? 1;
  if (window !== 0 && window !== 1) {
    throw new RangeError(`window must be 0 or 1 time steps (RFC 6238 §5.2); got ${window}.`);
  }
  const code = args.code.replace(/\s+/g, '');
  const secret = base32Decode(enrolment.secret);
  const options: OtpOptions = { digits: enrolment.digits, algorithm: enrolment.algorithm };
  const current = totpStep(atMs, enrolment.period);

  const drifts: readonly (-1 | 0 | 1)[] = window === 1 ? [-1, 0, 1] : [0];
  const candidates = drifts
    .map((drift) => ({ drift, step: current + drift }))
    .filter((c) => c.step >= 0); // no steps before T0
  const codes = await Promise.all(candidates.map((c) => hotp(secret, c.step, options)));

  // Compare all, no early exit; decide only afterwards.
  const matches = candidates.filter((_, i) => timingSafeEqual(codes[i] ?? '', code));

  // Strict on purpose: if the code matches any spent step it is refused, even
  // when it also matches a fresh one (adjacent steps can share a code), since
  // the same OTP string must not be accepted twice (RFC 6238 §5.2).
  const spent = matches.filter((m) => lastUsedStep !== null && m.step <= lastUsedStep);
  if (spent.length > 0) {
    return { ok: false, reason: 'replayed', step: Math.max(...spent.map((m) => m.step)) };
  }

  const best = matches.find((m) => m.drift === 0) ?? matches[0]; // candidates are in step order
  if (!best) return { ok: false, reason: 'no-match' };
  return { ok: true, step: best.step, drift: best.drift };
}

const URI_ALGORITHM: Record<HashAlgorithm, string> = {
  'SHA-1': 'SHA1',
  'SHA-256': 'SHA256',
  'SHA-512': 'SHA512',
};

/**
 * The Key Uri Format (Google Authenticator wiki) that QR enrolment codes carry:
 * otpauth://totp/ISSUER:ACCOUNT?secret=…&issuer=…&algorithm=…&digits=…&period=…
 * The issuer appears both in the label prefix and as a parameter, as the
 * format recommends. The secret is re-encoded, so it is validated and comes
 * out canonical (upper case, no spaces or padding).
 */
export function otpauthUri(e: TotpEnrolment): string {
  const secret = base32Encode(base32Decode(e.secret));
  const label = e.issuer
    ? `${encodeURIComponent(e.issuer)}:${encodeURIComponent(e.account)}`
    : encodeURIComponent(e.account);
  const params = [`secret=${secret}`];
  if (e.issuer) params.push(`issuer=${encodeURIComponent(e.issuer)}`);
  params.push(
    `algorithm=${URI_ALGORITHM[e.algorithm]}`,
    `digits=${e.digits}`,
    `period=${e.period}`,
  );
  return `otpauth://totp/${label}?${params.join('&')}`;
}
