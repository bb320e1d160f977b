import type { Scenario } from '../types';

const MIN = 60_000;

/**
 * 11. The fake customer-service call: the caller ID shows the shop's own
 * number, the caller knows your name and a purchase you never made, and
 * says the code they are "sending" will cancel it. It approves their sign-in.
 */
export const scenario: Scenario = {
  id: 'scam-call',
  number: 11,
  flow: 'scam',
  purpose: { kind: 'sign-in', device: 'Android phone, Leeds' },
  channel: 'sms',
  minutes: 5,
  attacker: {
    trigger: 'sign-in',
    startsAt: 23_000,
    purpose: { kind: 'sign-in', device: 'Android phone, Leeds' },
    asksVia: 'call',
    patienceMs: 6 * MIN,
    loot: [
      { after: 20_000, kind: 'address' },
      { after: 45_000, kind: 'order', amount: { minor: 89_900, currency: 'GBP' } },
    ],
  },
  beats: [
    {
      id: 'agent-call',
      at: 8_000,
      kind: 'call',
      // Caller ID shows the shop's real number: caller ID can be faked.
      from: '+44 7700 900100',
      flags: ['unexpected-contact', 'asks-for-code', 'urgency', 'purpose-mismatch'],
      byAttacker: true,
    },
  ],
  codeFlags: ['unrequested-code'],
  decisions: [
    {
      id: 'after-call',
      afterBeat: 'agent-call',
      choices: [
        { id: 'call-official', safe: true, foils: true },
        // The caller got nothing, but still holds the password: not a safe place to stop.
        { id: 'wait-and-see', safe: false },
      ],
    },
  ],
  rules: ['single-use', 'code-lifetime'],
  demo: {
    'taken-over': [
      { id: 'start', at: 0, action: { do: 'wait' } },
      { id: 'ring', at: 8_000, action: { do: 'wait' } },
      { id: 'answer', at: 10_000, action: { do: 'answer' } },
      { id: 'attacker-signs-in', at: 23_000, action: { do: 'wait' } },
      { id: 'code-arrives', at: 27_000, action: { do: 'wait' } },
      { id: 'read-out', at: 38_000, action: { do: 'share', via: 'call' } },
      { id: 'relayed', at: 43_000, action: { do: 'wait' } },
      { id: 'loot', at: 88_000, action: { do: 'wait' } },
    ],
    foiled: [
      { id: 'start', at: 0, action: { do: 'wait' } },
      { id: 'ring', at: 8_000, action: { do: 'wait' } },
      { id: 'answer', at: 10_000, action: { do: 'answer' } },
      { id: 'attacker-signs-in', at: 23_000, action: { do: 'wait' } },
      { id: 'code-arrives', at: 27_000, action: { do: 'wait' } },
      {
        id: 'spot-mismatch',
        at: 33_000,
        action: { do: 'mark', item: 'call-agent-call', flag: 'purpose-mismatch' },
      },
      { id: 'hang-up', at: 36_000, action: { do: 'hang-up' } },
      {
        id: 'call-official',
        at: 48_000,
        action: { do: 'choose', decision: 'after-call', choice: 'call-official' },
      },
    ],
  },
};
