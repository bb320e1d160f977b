/**
 * The red flags a learner can mark on a message, a call or a page: the
 * signs consumer advisories teach (FTC, UK Take Five, and UK alerts issued
 * by Action Fraud, which Report Fraud replaced on 4 December 2025). Their
 * names and explanations are in the catalogue under `redFlag.<id>`; their
 * sources under `enSources` (doc/sources.md).
 */
export const RED_FLAGS = [
  'unexpected-contact',
  'asks-for-code',
  'urgency',
  'unrequested-code',
  'look-alike',
  'payment-request',
  'remote-access',
  'purpose-mismatch',
] as const;

export type RedFlag = (typeof RED_FLAGS)[number];

export function isRedFlag(value: unknown): value is RedFlag {
  return typeof value === 'string' && (RED_FLAGS as readonly string[]).includes(value);
}
