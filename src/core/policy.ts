import type { Channel, Purpose } from './purpose';
import type { PresetId } from './presets';
import { isRecovery } from './purpose';

/** Progressive waits between failures (NIST SP 800-63B-4 §3.2.2). */
export interface Throttle {
  /** Failures allowed before the first wait. */
  freeFailures: number;
  /** The first wait; each later failure doubles it. */
  firstWaitMs: number;
  /** The longest wait. */
  maxWaitMs: number;
}

/** The rules one service applies to its codes. */
export interface Policy {
  id: string;
  digits: number;
  lifetimeMs: number;
  /** Counted failures that lock the challenge; null means never. */
  maxFailures: number | null;
  lockoutMs: number;
  throttle: Throttle | null;
  resendCooldownMs: number;
  maxResends: number;
  /** A resend kills the older codes (OWASP MFA Cheat Sheet). */
  resendSupersedes: boolean;
  /** A resend clears the failure count: NIST SP 800-63B-4 §3.1.3.2 forbids it. */
  resendResetsFailures: boolean;
  /** Email as an authenticator outside recovery (NIST SP 800-63B-4 §3.1.3.1 forbids it). */
  emailForAuthentication: boolean;
}

const MIN = 60_000;

export const PRESETS = {
  retail: {
    id: 'retail',
    digits: 6,
    lifetimeMs: 5 * MIN,
    maxFailures: 5,
    lockoutMs: 15 * MIN,
    throttle: null,
    resendCooldownMs: 30_000,
    maxResends: 3,
    resendSupersedes: true,
    resendResetsFailures: false,
    emailForAuthentication: true,
  },
  nist: {
    id: 'nist',
    digits: 6,
    lifetimeMs: 10 * MIN,
    // §3.2.2: at most 100 consecutive failures, with waits before that.
    maxFailures: 100,
    lockoutMs: 60 * MIN,
    throttle: { freeFailures: 3, firstWaitMs: 30_000, maxWaitMs: 60 * MIN },
    resendCooldownMs: 30_000,
    maxResends: 3,
    resendSupersedes: true,
    resendResetsFailures: false,
    emailForAuthentication: false,
  },
  strict: {
    id: 'strict',
    digits: 8,
    lifetimeMs: 2 * MIN,
    maxFailures: 3,
    lockoutMs: 15 * MIN,
    throttle: null,
    resendCooldownMs: 30_000,
    maxResends: 3,
    resendSupersedes: true,
    resendResetsFailures: false,
    emailForAuthentication: true,
  },
  // For demonstrations only: every setting here is a mistake worth seeing.
  weak: {
    id: 'weak',
    digits: 4,
    lifetimeMs: 60 * MIN,
    maxFailures: null,
    lockoutMs: 0,
    throttle: null,
    resendCooldownMs: 0,
    maxResends: 1000,
    resendSupersedes: false,
    resendResetsFailures: true,
    emailForAuthentication: true,
  },
} as const satisfies Record<PresetId, Policy>;

export { DEFAULT_PRESET, PRESET_IDS } from './presets';
export type { PresetId } from './presets';

export function preset(id: PresetId): Policy {
  return structuredClone(PRESETS[id]) as Policy;
}

export interface PolicyProblem {
  field: keyof Policy | 'policy';
  message: string;
}

/** Thrown when a policy or challenge cannot be built; lists every problem. */
export class PolicyError extends Error {
  constructor(readonly problems: PolicyProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
    this.name = 'PolicyError';
  }
}

const LIMITS = { maxDigits: 10, maxDurationMs: 7 * 24 * 60 * MIN, maxCount: 100_000 };

/**
 * Checks a policy from anywhere (a settings form, a trace file). Nonsense is
 * reported field by field and never reaches a challenge.
 */
export function validatePolicy(
  input: unknown,
): { ok: true; policy: Policy } | { ok: false; problems: PolicyProblem[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, problems: [{ field: 'policy', message: 'must be an object' }] };
  }
  const p = input as Record<string, unknown>;
  const problems: PolicyProblem[] = [];
  const int = (field: keyof Policy, min: number, max: number, what: string) => {
    if (!isInt(p[field], min, max)) {
      problems.push({ field, message: `${what} must be a whole number from ${min} to ${max}` });
    }
  };
  const bool = (field: keyof Policy) => {
    if (typeof p[field] !== 'boolean') problems.push({ field, message: 'must be true or false' });
  };
  if (typeof p.id !== 'string' || p.id.trim() === '' || p.id.length > 40) {
    problems.push({ field: 'id', message: 'must be a name of 1 to 40 characters' });
  }
  int('digits', 1, LIMITS.maxDigits, 'the number of digits');
  int('lifetimeMs', 1000, LIMITS.maxDurationMs, 'the code lifetime (ms)');
  if (p.maxFailures !== null) int('maxFailures', 1, LIMITS.maxCount, 'the failure limit');
  int('lockoutMs', 0, LIMITS.maxDurationMs, 'the lockout (ms)');
  if (typeof p.maxFailures === 'number' && p.lockoutMs === 0) {
    problems.push({ field: 'lockoutMs', message: 'a failure limit needs a lockout longer than 0' });
  }
  int('resendCooldownMs', 0, LIMITS.maxDurationMs, 'the resend cooldown (ms)');
  int('maxResends', 0, LIMITS.maxCount, 'the resend limit');
  bool('resendSupersedes');
  bool('resendResetsFailures');
  bool('emailForAuthentication');
  const t = p.throttle;
  if (t !== null) {
    const ok =
      typeof t === 'object' &&
      isInt((t as Throttle).freeFailures, 0, LIMITS.maxCount) &&
      isInt((t as Throttle).firstWaitMs, 1, LIMITS.maxDurationMs) &&
      isInt((t as Throttle).maxWaitMs, 1, LIMITS.maxDurationMs) &&
      (t as Throttle).maxWaitMs >= (t as Throttle).firstWaitMs;
    if (!ok) {
      problems.push({
        field: 'throttle',
        message: 'must be null or { freeFailures ≥ 0, firstWaitMs > 0, maxWaitMs ≥ firstWaitMs }',
      });
    }
  }
  if (problems.length) return { ok: false, problems };
  const policy: Policy = {
    id: p.id as string,
    digits: p.digits as number,
    lifetimeMs: p.lifetimeMs as number,
    maxFailures: p.maxFailures as number | null,
    lockoutMs: p.lockoutMs as number,
    throttle: t === null ? null : { ...(t as Throttle) },
    resendCooldownMs: p.resendCooldownMs as number,
    maxResends: p.maxResends as number,
    resendSupersedes: p.resendSupersedes as boolean,
    resendResetsFailures: p.resendResetsFailures as boolean,
    emailForAuthentication: p.emailForAuthentication as boolean,
  };
  return { ok: true, policy };
}

/** A whole number from min to max (Number.isInteger is false for anything not a number). */
function isInt(v: unknown, min: number, max: number): boolean {
  return Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
}

/** Like validatePolicy, but throws a PolicyError naming every problem. */
export function assertPolicy(input: unknown): Policy {
  const r = validatePolicy(input);
  if (!r.ok) throw new PolicyError(r.problems);
  return r.policy;
}

/** Whether this policy lets a code for `purpose` go by `channel`, and why not. */
export function channelAllowed(
  policy: Policy,
  purpose: Purpose,
  channel: Channel,
): { ok: true } | { ok: false; rule: RuleId } {
  if (channel === 'email' && !policy.emailForAuthentication && !isRecovery(purpose)) {
    return { ok: false, rule: 'no-email-authentication' };
  }
  return { ok: true };
}

/** How long the throttle makes a learner wait after `failures` counted failures. */
export function throttleWaitMs(policy: Policy, failures: number): number {
  const t = policy.throttle;
  if (!t || failures <= t.freeFailures) return 0;
  const doublings = Math.min(failures - t.freeFailures - 1, 40);
  return Math.min(t.firstWaitMs * 2 ** doublings, t.maxWaitMs);
}

/** The published rules a policy is checked against (and a debrief can explain). */
export const RULE_IDS = [
  'code-length',
  'code-lifetime',
  'failure-limit',
  'resend-keeps-count',
  'resend-kills-old-code',
  'single-use',
  'no-email-authentication',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface RuleCheck {
  rule: RuleId;
  /** Where the rule comes from, by name and section. */
  source: string;
  /**
   * Read from the policy's settings, except for `single-use`: no setting
   * turns that off, so its verdict is the engine's guarantee (see
   * `ENGINE_SINGLE_USE`), which test/core/policy.test.ts checks by
   * behaviour for every preset and for random policies.
   */
  verdict: 'meets' | 'breaks';
}

/**
 * The engine's own guarantee, whatever the policy: an accepted code is
 * marked used and the challenge closes, so the same code typed again is
 * refused as `used`; an authenticator code's time step is remembered
 * (RFC 6238 §5.2), so it is refused as `used` too. No policy field can
 * change this, so `policyRules` reports it rather than reading it off the policy.
 */
export const ENGINE_SINGLE_USE = true;

const SOURCES: Record<RuleId, string> = {
  'code-length': 'NIST SP 800-63B-4 §3.1.3.2; OWASP ASVS 4.0.3 2.7.6',
  'code-lifetime': 'NIST SP 800-63B-4 §3.1.3.2',
  'failure-limit': 'NIST SP 800-63B-4 §3.2.2; RFC 4226 §7.3',
  'resend-keeps-count': 'NIST SP 800-63B-4 §3.1.3.2',
  'resend-kills-old-code': 'OWASP Multi-Factor Authentication Cheat Sheet',
  'single-use': 'NIST SP 800-63B-4 §3.1.3.2; OWASP ASVS 5.0 V6.5.1',
  'no-email-authentication': 'NIST SP 800-63B-4 §3.1.3.1; OWASP ASVS 5.0 V6.3.6',
};

/** Which standard rules a policy meets or breaks, for the settings and debriefs. */
export function policyRules(policy: Policy): RuleCheck[] {
  const check = (rule: RuleId, meets: boolean): RuleCheck => ({
    rule,
    source: SOURCES[rule],
    verdict: meets ? 'meets' : 'breaks',
  });
  return [
    check('code-length', policy.digits >= 6),
    check('code-lifetime', policy.lifetimeMs <= 10 * MIN),
    check('failure-limit', policy.maxFailures !== null && policy.maxFailures <= 100),
    check('resend-keeps-count', !policy.resendResetsFailures),
    check('resend-kills-old-code', policy.resendSupersedes),
    check('single-use', ENGINE_SINGLE_USE),
    check('no-email-authentication', !policy.emailForAuthentication),
  ];
}

export interface BruteForceOdds {
  /** Guesses an attacker gets before the challenge locks; null = unlimited. */
  guesses: number | null;
  /** How many codes are possible: 10^digits. */
  space: number;
  /** Chance that one locked-out round of guessing finds the code: v / 10^digits (RFC 4226 §6). */
  probability: number;
}

export function bruteForceOdds(policy: Policy): BruteForceOdds {
  const space = 10 ** policy.digits;
  const guesses = policy.maxFailures;
  return { guesses, space, probability: guesses === null ? 1 : Math.min(1, guesses / space) };
}
