import type { Scenario } from '../types';

const MIN = 60_000;

/**
 * 17. The purpose mismatch: the caller says the code will cancel an order
 * and "just verifies it is you"; the message itself says it approves a
 * £1,249.00 payment. Reading the whole message is enough to stop it.
 */
export const scenario: Scenario = {
  id: 'scam-mismatch',
  number: 17,
  flow: 'scam',
  purpose: { kind: 'checkout', amount: { minor: 124_900, currency: 'GBP' }, orderId: 'LK-9034' },
  channel: 'sms',
  minutes: 4,
  attacker: {
    trigger: 'checkout',
    startsAt: 18_000,
    purpose: { kind: 'checkout', amount: { minor: 124_900, currency: 'GBP' }, orderId: 'LK-9034' },
    asksVia: 'call',
    patienceMs: 5 * MIN,
    loot: [
      { after: 5_000, kind: 'order', amount: { minor: 124_900, currency: 'GBP' } },
      { after: 20_000, kind: 'address' },
    ],
  },
  beats: [
    {
      id: 'cancel-call',
      at: 8_000,
      kind: 'call',
      from: '+44 7700 900246',
      flags: ['unexpected-contact', 'asks-for-code', 'purpose-mismatch'],
      byAttacker: true,
    },
  ],
  // The message names a payment, not a cancellation.
  codeFlags: ['unrequested-code', 'purpose-mismatch'],
  decisions: [
    {
      id: 'after-call',
      afterBeat: 'cancel-call',
      choices: [
        { id: 'call-official', safe: true, foils: true },
        // Changing the password takes it from the attacker, as reporting does.
        { id: 'check-orders', safe: true, foils: true },
      ],
    },
  ],
  rules: ['single-use', 'code-lifetime'],
  demo: {
    'taken-over': [
      { id: 'start', at: 0, action: { do: 'wait' } },
      { id: 'ring', at: 8_000, action: { do: 'wait' } },
      { id: 'answer', at: 10_000, action: { do: 'answer' } },
      { id: 'attacker-checkout', at: 18_000, action: { do: 'wait' } },
      { id: 'code-arrives', at: 23_000, action: { do: 'wait' } },
      { id: 'read-out', at: 33_000, action: { do: 'share', via: 'call' } },
      { id: 'relayed', at: 38_000, action: { do: 'wait' } },
      { id: 'loot', at: 63_000, action: { do: 'wait' } },
    ],
    foiled: [
      { id: 'start', at: 0, action: { do: 'wait' } },
      { id: 'ring', at: 8_000, action: { do: 'wait' } },
      { id: 'answer', at: 10_000, action: { do: 'answer' } },
      { id: 'attacker-checkout', at: 18_000, action: { do: 'wait' } },
      { id: 'code-arrives', at: 23_000, action: { do: 'wait' } },
      { id: 'read-message', at: 26_000, action: { do: 'read', item: 'scam-mismatch-attacker-0' } },
      {
        id: 'spot-mismatch',
        at: 30_000,
        action: { do: 'mark', item: 'scam-mismatch-attacker-0', flag: 'purpose-mismatch' },
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
