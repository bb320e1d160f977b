import type { Scenario } from '../types';

/** 8. Start a paid subscription. */
export const scenario: Scenario = {
  id: 'subscription',
  number: 8,
  flow: 'confirm',
  purpose: {
    kind: 'subscription',
    plan: 'Larkspur Plus',
    amount: { minor: 799, currency: 'GBP' },
  },
  channel: 'sms',
  minutes: 2,
  beats: [],
  decisions: [],
  rules: ['code-lifetime', 'failure-limit', 'single-use'],
};
