import type { Scenario } from '../types';

const MIN = 60_000;

/**
 * 15. The delivery-code scam: the genuine code is sent when the parcel
 * leaves the depot. A "courier" phones long before arrival and asks for it;
 * with it, the order is marked delivered and the parcel goes elsewhere.
 * Read at the door, with the right parcel in hand, the code is spent and
 * useless to anyone else.
 */
export const scenario: Scenario = {
  id: 'scam-delivery',
  number: 15,
  flow: 'scam',
  purpose: { kind: 'delivery', orderId: 'LK-7245' },
  channel: 'sms',
  minutes: 5,
  attacker: {
    trigger: 'dispatch',
    startsAt: 5_000,
    purpose: { kind: 'delivery', orderId: 'LK-7245' },
    asksVia: 'call',
    patienceMs: 6 * MIN,
    loot: [{ after: 10_000, kind: 'delivered' }],
  },
  beats: [
    {
      id: 'fake-courier-call',
      at: 18_000,
      kind: 'call',
      from: '+44 7700 900555',
      flags: ['unexpected-contact', 'asks-for-code', 'urgency'],
      byAttacker: true,
    },
    // The real courier, with the real parcel.
    // Due today: the view says the courier is coming, and "Next event" skips the wait.
    { id: 'courier', at: 200_000, kind: 'notice', from: 'Front door', expected: true },
  ],
  decisions: [
    {
      id: 'after-call',
      afterBeat: 'fake-courier-call',
      choices: [
        { id: 'wait-for-door', safe: true },
        { id: 'call-official', safe: true, foils: true },
      ],
    },
    {
      id: 'handover',
      afterBeat: 'courier',
      choices: [
        { id: 'check-parcel-first', safe: true, redeems: true },
        { id: 'code-first', safe: false, redeems: true },
      ],
    },
  ],
  rules: ['single-use', 'code-lifetime'],
  demo: {
    'taken-over': [
      { id: 'start', at: 0, action: { do: 'wait' } },
      { id: 'dispatch', at: 5_000, action: { do: 'wait' } },
      { id: 'code-arrives', at: 10_000, action: { do: 'read' } },
      { id: 'ring', at: 18_000, action: { do: 'wait' } },
      { id: 'answer', at: 20_000, action: { do: 'answer' } },
      { id: 'read-out', at: 33_000, action: { do: 'share', via: 'call' } },
      { id: 'relayed', at: 38_000, action: { do: 'wait' } },
      { id: 'loot', at: 53_000, action: { do: 'wait' } },
    ],
    foiled: [
      { id: 'start', at: 0, action: { do: 'wait' } },
      { id: 'dispatch', at: 5_000, action: { do: 'wait' } },
      { id: 'code-arrives', at: 10_000, action: { do: 'read' } },
      { id: 'ring', at: 18_000, action: { do: 'wait' } },
      { id: 'answer', at: 20_000, action: { do: 'answer' } },
      {
        id: 'spot-ask',
        at: 28_000,
        action: { do: 'mark', item: 'call-fake-courier-call', flag: 'asks-for-code' },
      },
      { id: 'hang-up', at: 33_000, action: { do: 'hang-up' } },
      {
        id: 'keep-code',
        at: 38_000,
        action: { do: 'choose', decision: 'after-call', choice: 'wait-for-door' },
      },
      { id: 'door', at: 200_000, action: { do: 'wait' } },
      {
        id: 'check-parcel',
        at: 215_000,
        action: { do: 'choose', decision: 'handover', choice: 'check-parcel-first' },
      },
    ],
  },
};
