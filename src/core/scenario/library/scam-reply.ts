import type { Scenario } from '../types';

const MIN = 60_000;

/**
 * 12. "Your account is compromised, reply with the code": an urgent text,
 * then a genuine sign-in code the attacker triggered a moment later. The
 * reply is what they want. The sender is no clue either way: a scam text
 * can show the shop's own name and land in its real thread.
 */
export const scenario: Scenario = {
  id: 'scam-reply',
  number: 12,
  flow: 'scam',
  purpose: { kind: 'sign-in', device: 'Windows laptop, Bristol' },
  channel: 'sms',
  minutes: 4,
  attacker: {
    trigger: 'sign-in',
    startsAt: 23_000,
    purpose: { kind: 'sign-in', device: 'Windows laptop, Bristol' },
    asksVia: 'reply',
    patienceMs: 5 * MIN,
    loot: [
      { after: 15_000, kind: 'payment-card' },
      { after: 40_000, kind: 'order', amount: { minor: 64_900, currency: 'GBP' } },
    ],
  },
  beats: [
    {
      id: 'alert-text',
      at: 8_000,
      kind: 'sms',
      // A mobile number here, but a spoofed sender could show "Larkspur" just as well:
      // no look-alike flag, since a sender's number or name proves nothing.
      from: '+44 7700 900999',
      flags: ['unexpected-contact', 'asks-for-code', 'urgency'],
      byAttacker: true,
    },
  ],
  codeFlags: ['unrequested-code'],
  decisions: [
    {
      id: 'after-text',
      afterBeat: 'alert-text',
      choices: [
        { id: 'report', safe: true, foils: true },
        { id: 'call-official', safe: true, foils: true },
        // Not replying is right, but the attacker still holds the password.
        { id: 'wait-and-see', safe: false },
      ],
    },
  ],
  rules: ['single-use', 'code-lifetime'],
  demo: {
    'taken-over': [
      { id: 'start', at: 0, action: { do: 'wait' } },
      { id: 'alert', at: 8_000, action: { do: 'wait' } },
      { id: 'read-alert', at: 11_000, action: { do: 'read', item: 'beat-alert-text' } },
      { id: 'attacker-signs-in', at: 23_000, action: { do: 'wait' } },
      { id: 'code-arrives', at: 28_000, action: { do: 'read' } },
      { id: 'reply', at: 38_000, action: { do: 'share', via: 'reply' } },
      { id: 'relayed', at: 43_000, action: { do: 'wait' } },
      { id: 'loot', at: 88_000, action: { do: 'wait' } },
    ],
    foiled: [
      { id: 'start', at: 0, action: { do: 'wait' } },
      { id: 'alert', at: 8_000, action: { do: 'wait' } },
      { id: 'read-alert', at: 11_000, action: { do: 'read', item: 'beat-alert-text' } },
      {
        id: 'spot-urgency',
        at: 14_000,
        action: { do: 'mark', item: 'beat-alert-text', flag: 'urgency' },
      },
      {
        id: 'spot-ask',
        at: 17_000,
        action: { do: 'mark', item: 'beat-alert-text', flag: 'asks-for-code' },
      },
      { id: 'attacker-signs-in', at: 23_000, action: { do: 'wait' } },
      { id: 'code-arrives', at: 28_000, action: { do: 'read' } },
      {
        id: 'spot-unrequested',
        at: 31_000,
        action: { do: 'mark', item: 'scam-reply-attacker-0', flag: 'unrequested-code' },
      },
      {
        id: 'report',
        at: 38_000,
        action: { do: 'choose', decision: 'after-text', choice: 'report' },
      },
    ],
  },
};
