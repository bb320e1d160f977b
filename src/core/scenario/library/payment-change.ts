import type { Scenario } from '../types';

/**
 * 19. Add a new payment card: a code confirms the card, the message names
 * its last four digits, and an email says the card was added.
 */
export const scenario: Scenario = {
  id: 'payment-change',
  number: 19,
  flow: 'confirm',
  purpose: { kind: 'payment-change', cardLast4: '1881' },
  channel: 'sms',
  minutes: 3,
  // OWASP ASVS 5.0 V6.3.7: tell the user about a change to their account.
  beats: [{ id: 'notice', at: 6_000, kind: 'email', from: 'Larkspur <security@larkspur.example>' }],
  decisions: [],
  rules: ['code-lifetime', 'failure-limit', 'single-use'],
};
