import type { Scenario } from '../types';

const MIN = 60_000;

/**
 * 20. The fake security alert: a text warns of a sign-in from a new
 * device and says the "security team" will call. The attacker then signs
 * in with the leaked password, so a real code arrives, and so does the
 * shop's real alert, which only says to check the account yourself. The
 * caller says the code blocks the device; the message says it approves
 * the sign-in.
 */
export const scenario: Scenario = {
  id: 'scam-alert',
  number: 20,
  flow: 'scam',
  purpose: { kind: 'sign-in', device: 'iPhone, Manchester' },
  channel: 'sms',
  minutes: 4,
  attacker: {
    trigger: 'sign-in',
    startsAt: 10_000,
    purpose: { kind: 'sign-in', device: 'iPhone, Manchester' },
    asksVia: 'call',
    patienceMs: 5 * MIN,
    loot: [
      { after: 15_000, kind: 'address' },
      { after: 40_000, kind: 'order', amount: { minor: 74_900, currency: 'GBP' } },
    ],
  },
  beats: [
    {
      id: 'fake-alert',
      at: 4_000,
      kind: 'sms',
      // A mobile number, but it could show "Larkspur" just as well: the sender proves nothing.
      from: '+44 7700 900314',
      flags: ['unexpected-contact', 'asks-for-code', 'urgency'],
      byAttacker: true,
    },
    // The shop's own alert (OWASP ASVS 5.0 V6.3.5): no flags, it asks for nothing.
    {
      id: 'real-alert',
      at: 16_000,
      kind: 'email',
      from: 'Larkspur <security@larkspur.example>',
    },
    {
      id: 'security-call',
      at: 24_000,
      kind: 'call',
      from: '+44 7700 900314',
      flags: ['unexpected-contact', 'asks-for-code', 'urgency', 'purpose-mismatch'],
      byAttacker: true,
    },
  ],
  codeFlags: ['unrequested-code'],
  decisions: [
    {
      id: 'after-call',
      afterBeat: 'security-call',
      choices: [
        { id: 'check-app', safe: true, foils: true },
        // The caller got nothing, but still holds the password.
        { id: 'wait-and-see', safe: false },
      ],
    },
  ],
  rules: ['single-use', 'code-lifetime'],
  demo: {
    'taken-over': [
      { id: 'start', at: 0, action: { do: 'wait' } },
      { id: 'fake-alert', at: 4_000, action: { do: 'wait' } },
      { id: 'read-alert', at: 6_000, action: { do: 'read', item: 'beat-fake-alert' } },
      { id: 'attacker-signs-in', at: 10_000, action: { do: 'wait' } },
      { id: 'code-arrives', at: 15_000, action: { do: 'read', item: 'scam-alert-attacker-0' } },
      { id: 'real-alert', at: 17_000, action: { do: 'wait' } },
      { id: 'ring', at: 24_000, action: { do: 'wait' } },
      { id: 'answer', at: 26_000, action: { do: 'answer' } },
      { id: 'read-out', at: 32_000, action: { do: 'share', via: 'call' } },
      { id: 'relayed', at: 37_000, action: { do: 'wait' } },
      { id: 'loot', at: 80_000, action: { do: 'wait' } },
    ],
    foiled: [
      { id: 'start', at: 0, action: { do: 'wait' } },
      { id: 'fake-alert', at: 4_000, action: { do: 'wait' } },
      { id: 'read-alert', at: 5_000, action: { do: 'read', item: 'beat-fake-alert' } },
      {
        id: 'spot-ask',
        at: 6_000,
        action: { do: 'mark', item: 'beat-fake-alert', flag: 'asks-for-code' },
      },
      {
        id: 'spot-urgency',
        at: 7_000,
        action: { do: 'mark', item: 'beat-fake-alert', flag: 'urgency' },
      },
      {
        id: 'spot-unexpected',
        at: 8_000,
        action: { do: 'mark', item: 'beat-fake-alert', flag: 'unexpected-contact' },
      },
      { id: 'attacker-signs-in', at: 10_000, action: { do: 'wait' } },
      { id: 'code-arrives', at: 15_000, action: { do: 'read', item: 'scam-alert-attacker-0' } },
      {
        id: 'spot-unrequested',
        at: 16_000,
        action: { do: 'mark', item: 'scam-alert-attacker-0', flag: 'unrequested-code' },
      },
      { id: 'read-real-alert', at: 18_000, action: { do: 'read', item: 'beat-real-alert' } },
      { id: 'ring', at: 24_000, action: { do: 'wait' } },
      { id: 'answer', at: 25_000, action: { do: 'answer' } },
      {
        id: 'spot-call-ask',
        at: 27_000,
        action: { do: 'mark', item: 'call-security-call', flag: 'asks-for-code' },
      },
      {
        id: 'spot-mismatch',
        at: 28_000,
        action: { do: 'mark', item: 'call-security-call', flag: 'purpose-mismatch' },
      },
      {
        id: 'spot-call-urgency',
        at: 29_000,
        action: { do: 'mark', item: 'call-security-call', flag: 'urgency' },
      },
      {
        id: 'spot-call-unexpected',
        at: 30_000,
        action: { do: 'mark', item: 'call-security-call', flag: 'unexpected-contact' },
      },
      { id: 'hang-up', at: 31_000, action: { do: 'hang-up' } },
      {
        id: 'check-app',
        at: 33_000,
        action: { do: 'choose', decision: 'after-call', choice: 'check-app' },
      },
    ],
  },
};
