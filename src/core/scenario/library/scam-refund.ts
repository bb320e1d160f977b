import type { Scenario } from '../types';

const MIN = 60_000;

/**
 * 16. The refund / overpayment scam: a "refunds" caller wants to see your
 * screen, claims to have refunded too much, and asks for the difference
 * back, in gift cards, or through a code "to reverse it". The code
 * approves the attacker's own gift-card order with your saved card.
 */
export const scenario: Scenario = {
  id: 'scam-refund',
  number: 16,
  flow: 'scam',
  purpose: { kind: 'checkout', amount: { minor: 45_000, currency: 'GBP' }, orderId: 'LK-8816' },
  channel: 'sms',
  minutes: 5,
  attacker: {
    trigger: 'checkout',
    startsAt: 78_000,
    purpose: { kind: 'checkout', amount: { minor: 45_000, currency: 'GBP' }, orderId: 'LK-8816' },
    asksVia: 'call',
    patienceMs: 5 * MIN,
    loot: [{ after: 15_000, kind: 'gift-card', amount: { minor: 45_000, currency: 'GBP' } }],
  },
  beats: [
    {
      id: 'refund-call',
      at: 8_000,
      kind: 'call',
      from: '+44 7700 900432',
      flags: [
        'unexpected-contact',
        'remote-access',
        'urgency',
        'asks-for-code',
        'payment-request',
        'purpose-mismatch',
      ],
      byAttacker: true,
    },
  ],
  codeFlags: ['unrequested-code'],
  decisions: [
    {
      id: 'remote',
      afterBeat: 'refund-call',
      choices: [
        { id: 'refuse-remote', safe: true },
        { id: 'allow-remote', safe: false },
      ],
    },
    {
      id: 'after-call',
      afterBeat: 'refund-call',
      choices: [
        { id: 'call-official', safe: true, foils: true },
        // Changing the password takes it from the attacker, as reporting does.
        { id: 'check-account', safe: true, foils: true },
      ],
    },
  ],
  rules: ['single-use', 'code-lifetime'],
  demo: {
    'taken-over': [
      { id: 'start', at: 0, action: { do: 'wait' } },
      { id: 'ring', at: 8_000, action: { do: 'wait' } },
      { id: 'answer', at: 10_000, action: { do: 'answer' } },
      {
        id: 'allow-remote',
        at: 28_000,
        action: { do: 'choose', decision: 'remote', choice: 'allow-remote' },
      },
      { id: 'attacker-checkout', at: 78_000, action: { do: 'wait' } },
      { id: 'code-arrives', at: 83_000, action: { do: 'wait' } },
      { id: 'read-out', at: 93_000, action: { do: 'share', via: 'call' } },
      { id: 'relayed', at: 98_000, action: { do: 'wait' } },
      { id: 'loot', at: 118_000, action: { do: 'wait' } },
    ],
    foiled: [
      { id: 'start', at: 0, action: { do: 'wait' } },
      { id: 'ring', at: 8_000, action: { do: 'wait' } },
      { id: 'answer', at: 10_000, action: { do: 'answer' } },
      {
        id: 'spot-remote',
        at: 18_000,
        action: { do: 'mark', item: 'call-refund-call', flag: 'remote-access' },
      },
      {
        id: 'refuse-remote',
        at: 23_000,
        action: { do: 'choose', decision: 'remote', choice: 'refuse-remote' },
      },
      {
        id: 'spot-payment',
        at: 30_000,
        action: { do: 'mark', item: 'call-refund-call', flag: 'payment-request' },
      },
      { id: 'hang-up', at: 34_000, action: { do: 'hang-up' } },
      {
        id: 'call-official',
        at: 48_000,
        action: { do: 'choose', decision: 'after-call', choice: 'call-official' },
      },
    ],
  },
};
