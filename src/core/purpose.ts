/** How a code reaches the account holder. */
export type Channel = 'sms' | 'email' | 'authenticator';
export const CHANNELS: readonly Channel[] = ['sms', 'email', 'authenticator'];

/** An amount of money in minor units (pence, cents), so sums stay exact. */
export interface Money {
  minor: number;
  currency: 'GBP' | 'EUR' | 'USD';
}

/**
 * What a code approves. A code is bound to one purpose (OWASP ASVS 5.0
 * V6.6.2), and the message names it, so a learner can spot a caller who
 * claims the code is for something else.
 */
export type Purpose =
  | { kind: 'sign-in'; device: string }
  | { kind: 'password-reset' }
  | { kind: 'phone-change'; newPhone: string }
  | { kind: 'email-change'; newEmail: string }
  | { kind: 'payment-change'; cardLast4: string }
  | { kind: 'checkout'; amount: Money; orderId: string }
  | { kind: 'delivery'; orderId: string }
  | { kind: 'gift-card'; amount: Money }
  | { kind: 'refund'; amount: Money; orderId: string }
  | { kind: 'subscription'; plan: string; amount: Money }
  | { kind: 'suspicious-activity' };

export type PurposeKind = Purpose['kind'];

export const PURPOSE_KINDS: readonly PurposeKind[] = [
  'sign-in',
  'password-reset',
  'phone-change',
  'email-change',
  'payment-change',
  'checkout',
  'delivery',
  'gift-card',
  'refund',
  'subscription',
  'suspicious-activity',
];

/**
 * Recovery purposes: NIST SP 800-63B-4 §4.2 lets email carry recovery codes,
 * while §3.1.3.1 rules email out as an authenticator for everything else.
 */
export function isRecovery(purpose: Purpose): boolean {
  return purpose.kind === 'password-reset';
}
