import type { Scenario } from '../types';

/** 1. Sign in on a new device with a text-message code; the first text is lost. */
export const scenario: Scenario = {
  id: 'new-device',
  number: 1,
  flow: 'sign-in',
  purpose: { kind: 'sign-in', device: 'Firefox on a new laptop' },
  channel: 'sms',
  // The first text is lost (no signal): resend it, or ask for an email instead.
  deliveries: [{ fate: 'lost' }],
  minutes: 4,
  beats: [],
  decisions: [],
  rules: ['code-lifetime', 'failure-limit', 'resend-kills-old-code', 'resend-keeps-count'],
};
