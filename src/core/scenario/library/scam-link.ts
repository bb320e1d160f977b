import type { Scenario } from '../types';

const MIN = 60_000;

/**
 * 14. The phishing link with a real-time relay: a text sends you to a
 * look-alike domain. The attacker has no password until you type it there;
 * then they sign in to the real shop at once, and the page asks for the
 * genuine code the shop has just sent, which they replay within its lifetime.
 */
export const scenario: Scenario = {
  id: 'scam-link',
  number: 14,
  flow: 'scam',
  purpose: { kind: 'sign-in', device: 'Windows PC, Manchester' },
  channel: 'sms',
  minutes: 5,
  page: { url: 'https://larkspur-verify.example/account' },
  attacker: {
    trigger: 'sign-in',
    startsAt: 'on-phished-password',
    purpose: { kind: 'sign-in', device: 'Windows PC, Manchester' },
    asksVia: 'page',
    // Both how long the fake page waits for a password, and then for a code.
    patienceMs: 10 * MIN,
    loot: [
      { after: 15_000, kind: 'address' },
      { after: 40_000, kind: 'order', amount: { minor: 74_900, currency: 'GBP' } },
    ],
  },
  beats: [
    {
      id: 'link-text',
      at: 8_000,
      kind: 'sms',
      from: '+44 7700 900888',
      flags: ['unexpected-contact', 'urgency', 'look-alike'],
      byAttacker: true,
    },
  ],
  // The page asks for the password and the code, on a domain that is not Larkspur's.
  pageFlags: ['look-alike', 'asks-for-code'],
  // The text spoke of a held order; the code approves a sign-in on someone else's PC.
  codeFlags: ['unrequested-code', 'purpose-mismatch'],
  decisions: [
    {
      id: 'after-text',
      afterBeat: 'link-text',
      choices: [
        { id: 'report', safe: true, foils: true },
        { id: 'open-app', safe: true },
      ],
    },
  ],
  rules: ['code-lifetime', 'single-use'],
  demo: {
    'taken-over': [
      { id: 'start', at: 0, action: { do: 'wait' } },
      { id: 'text', at: 8_000, action: { do: 'wait' } },
      { id: 'read-text', at: 11_000, action: { do: 'read', item: 'beat-link-text' } },
      { id: 'open-link', at: 18_000, action: { do: 'open-link' } },
      { id: 'type-password', at: 28_000, action: { do: 'page-password' } },
      { id: 'code-arrives', at: 33_000, action: { do: 'wait' } },
      { id: 'type-code', at: 38_000, action: { do: 'share', via: 'page' } },
      { id: 'relayed', at: 43_000, action: { do: 'wait' } },
      { id: 'loot', at: 88_000, action: { do: 'wait' } },
    ],
    foiled: [
      { id: 'start', at: 0, action: { do: 'wait' } },
      { id: 'text', at: 8_000, action: { do: 'wait' } },
      { id: 'read-text', at: 11_000, action: { do: 'read', item: 'beat-link-text' } },
      {
        id: 'inspect-link',
        at: 16_000,
        action: { do: 'mark', item: 'beat-link-text', flag: 'look-alike' },
      },
      {
        id: 'spot-urgency',
        at: 20_000,
        action: { do: 'mark', item: 'beat-link-text', flag: 'urgency' },
      },
      {
        id: 'report',
        at: 28_000,
        action: { do: 'choose', decision: 'after-text', choice: 'report' },
      },
    ],
  },
};
