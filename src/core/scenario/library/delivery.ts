import type { Scenario } from '../types';

/** 5. Delivery handover: the code comes on delivery day; give it only with the parcel in hand. */
export const scenario: Scenario = {
  id: 'delivery',
  number: 5,
  flow: 'confirm',
  purpose: { kind: 'delivery', orderId: 'LK-5530' },
  channel: 'sms',
  minutes: 4,
  beats: [
    // A real courier calls ahead, and never asks for the code on the phone.
    { id: 'courier-call', at: 12_000, kind: 'call', from: '+44 7700 900777' },
    // Due today: the view says the courier is coming, and "Next event" skips the wait.
    { id: 'courier', at: 120_000, kind: 'notice', from: 'Front door', expected: true },
  ],
  decisions: [
    {
      id: 'handover',
      afterBeat: 'courier',
      choices: [
        { id: 'check-parcel-first', safe: true },
        { id: 'code-first', safe: false },
      ],
    },
  ],
  rules: ['code-lifetime', 'single-use'],
};
