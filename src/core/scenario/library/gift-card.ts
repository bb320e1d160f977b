import type { Scenario } from '../types';

/** 6. Redeem a gift card into the account. */
export const scenario: Scenario = {
  id: 'gift-card',
  number: 6,
  flow: 'confirm',
  purpose: { kind: 'gift-card', amount: { minor: 5_000, currency: 'GBP' } },
  channel: 'sms',
  minutes: 2,
  beats: [],
  decisions: [],
  rules: ['code-lifetime', 'single-use'],
};
