import type { Scenario } from '../types';

const MIN = 60_000;

/**
 * 13. The "friend" who sent a code by mistake: a contact's hijacked
 * account asks you to forward six digits. They are your own sign-in code,
 * and once inside, the attacker sends your contacts the same message.
 */
export const scenario: Scenario = {
  id: 'scam-friend',
  number: 13,
  flow: 'scam',
  purpose: { kind: 'sign-in', device: 'iPhone, Glasgow' },
  channel: 'sms',
  minutes: 4,
  attacker: {
    trigger: 'sign-in',
    startsAt: 5_000,
    purpose: { kind: 'sign-in', device: 'iPhone, Glasgow' },
    asksVia: 'reply',
    patienceMs: 5 * MIN,
    loot: [
      { after: 10_000, kind: 'contacts' },
      { after: 30_000, kind: 'order', amount: { minor: 32_000, currency: 'GBP' } },
    ],
  },
  beats: [
    {
      id: 'friend-text',
      at: 19_000,
      kind: 'sms',
      // The name is a real contact's; their account is in the attacker's hands.
      from: 'Alex Morgan',
      flags: ['unexpected-contact', 'asks-for-code', 'urgency'],
      byAttacker: true,
    },
  ],
  codeFlags: ['unrequested-code'],
  decisions: [
    {
      id: 'check-friend',
      afterBeat: 'friend-text',
      choices: [
        { id: 'call-friend', safe: true },
        { id: 'trust-name', safe: false },
      ],
    },
    {
      id: 'next-step',
      afterBeat: 'friend-text',
      choices: [
        { id: 'change-password', safe: true, foils: true },
        { id: 'do-nothing', safe: false },
      ],
    },
  ],
  rules: ['single-use', 'code-lifetime'],
  demo: {
    'taken-over': [
      { id: 'start', at: 0, action: { do: 'wait' } },
      { id: 'attacker-signs-in', at: 5_000, action: { do: 'wait' } },
      { id: 'code-arrives', at: 10_000, action: { do: 'wait' } },
      { id: 'friend-text', at: 19_000, action: { do: 'wait' } },
      { id: 'read-text', at: 22_000, action: { do: 'read', item: 'beat-friend-text' } },
      { id: 'forward', at: 34_000, action: { do: 'share', via: 'reply' } },
      { id: 'relayed', at: 39_000, action: { do: 'wait' } },
      { id: 'loot', at: 74_000, action: { do: 'wait' } },
    ],
    foiled: [
      { id: 'start', at: 0, action: { do: 'wait' } },
      { id: 'attacker-signs-in', at: 5_000, action: { do: 'wait' } },
      { id: 'code-arrives', at: 10_000, action: { do: 'wait' } },
      { id: 'friend-text', at: 19_000, action: { do: 'wait' } },
      { id: 'read-text', at: 22_000, action: { do: 'read', item: 'beat-friend-text' } },
      {
        id: 'spot-ask',
        at: 26_000,
        action: { do: 'mark', item: 'beat-friend-text', flag: 'asks-for-code' },
      },
      { id: 'read-code', at: 29_000, action: { do: 'read', item: 'scam-friend-attacker-0' } },
      {
        id: 'spot-unrequested',
        at: 32_000,
        action: { do: 'mark', item: 'scam-friend-attacker-0', flag: 'unrequested-code' },
      },
      {
        id: 'call-friend',
        at: 44_000,
        action: { do: 'choose', decision: 'check-friend', choice: 'call-friend' },
      },
      {
        id: 'change-password',
        at: 74_000,
        action: { do: 'choose', decision: 'next-step', choice: 'change-password' },
      },
    ],
  },
};
