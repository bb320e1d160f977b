import type { Scenario } from '../types';

/**
 * 18. Change the email address: the code goes to the phone, and a notice
 * to the old address. Whoever controls the email can reset the password,
 * so this code hands over the whole account.
 */
export const scenario: Scenario = {
  id: 'email-change',
  number: 18,
  flow: 'confirm',
  purpose: { kind: 'email-change', newEmail: 'sam.rivera@fernmail.example' },
  channel: 'sms',
  minutes: 3,
  // OWASP ASVS 5.0 V6.3.7: tell the user about a change to their account, at the old address.
  beats: [{ id: 'notice', at: 6_000, kind: 'email', from: 'Larkspur <security@larkspur.example>' }],
  decisions: [],
  rules: ['code-lifetime', 'failure-limit', 'single-use'],
};
