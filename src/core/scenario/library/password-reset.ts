import type { Scenario } from '../types';

/** 2. Reset a password with an email code; the first email lands in Spam. */
export const scenario: Scenario = {
  id: 'password-reset',
  number: 2,
  flow: 'confirm',
  purpose: { kind: 'password-reset' },
  channel: 'email',
  deliveries: [{ fate: 'spam', latencyMs: 20_000 }],
  minutes: 4,
  beats: [],
  decisions: [],
  rules: ['code-lifetime', 'resend-kills-old-code', 'no-email-authentication'],
};
