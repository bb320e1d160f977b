import type { Scenario } from '../types';

/** 7. A refund for a returned order, confirmed by an email code. */
export const scenario: Scenario = {
  id: 'refund',
  number: 7,
  flow: 'confirm',
  purpose: {
    kind: 'refund',
    amount: { minor: 8_999, currency: 'GBP' },
    orderId: 'LK-3307',
  },
  channel: 'email',
  minutes: 3,
  beats: [],
  decisions: [],
  rules: ['code-lifetime', 'single-use'],
};
