import type { Scenario } from '../types';

/** 3. Change the phone number: the code goes to the old number, a notice to the email address. */
export const scenario: Scenario = {
  id: 'phone-change',
  number: 3,
  flow: 'confirm',
  purpose: { kind: 'phone-change', newPhone: '+44 7700 900456' },
  channel: 'sms',
  minutes: 3,
  // NIST SP 800-63B-4 §3.1.3.3: a new number is a new authenticator, so the old one approves it.
  beats: [{ id: 'notice', at: 8_000, kind: 'email', from: 'Larkspur <security@larkspur.example>' }],
  decisions: [],
  rules: ['code-lifetime', 'failure-limit', 'single-use'],
};
