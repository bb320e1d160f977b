import type { Scenario } from '../types';

/** 4. A big purchase: the code message names the amount and the order. */
export const scenario: Scenario = {
  id: 'checkout',
  number: 4,
  flow: 'confirm',
  purpose: {
    kind: 'checkout',
    amount: { minor: 129_900, currency: 'GBP' },
    orderId: 'LK-4821',
  },
  channel: 'sms',
  minutes: 3,
  beats: [],
  decisions: [],
  rules: ['code-lifetime', 'failure-limit', 'single-use'],
};
